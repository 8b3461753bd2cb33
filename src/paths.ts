import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILT_VERSION } from './build-flags.js';

// Both src/ (tests) and dist/ (the bundle, also as unpacked by the executables) sit one level
// below the package root.
export const DEFAULT_LESSONS_DIR = fileURLToPath(new URL('../lessons', import.meta.url));

/**
 * The catalogs read at run time: src/i18n of the package (shipped as files, see package.json).
 * Only what every start needs is in the bundle (English, the label list); another language's
 * words are read when that language is in use, so a start pays for one language instead of
 * carrying all of them in the code Node reads, decodes and evaluates.
 */
export const CATALOG_DIR = fileURLToPath(new URL('../src/i18n', import.meta.url));

export function packageVersion(): string {
  if (BUILT_VERSION !== null) return BUILT_VERSION;
  const manifest = createRequire(import.meta.url)('../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}
