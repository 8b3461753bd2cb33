import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Both src/ (tests) and dist/ (the bundle) sit one level below the package root.
export const DEFAULT_LESSONS_DIR = fileURLToPath(new URL('../lessons', import.meta.url));

export function packageVersion(): string {
  const manifest = createRequire(import.meta.url)('../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}
