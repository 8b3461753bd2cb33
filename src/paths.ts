import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILT_VERSION } from './build-flags.js';

// Both src/ (tests) and dist/ (the bundle, also as unpacked by the executables) sit one level
// below the package root.
export const DEFAULT_LESSONS_DIR = fileURLToPath(new URL('../lessons', import.meta.url));

export function packageVersion(): string {
  if (BUILT_VERSION !== null) return BUILT_VERSION;
  const manifest = createRequire(import.meta.url)('../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}
