import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles a helper (and the src/ modules it imports) into one .mjs a child `node` can run. */
export async function bundleHelper(name: string): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-helper-')), `${name}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL(`./${name}.ts`, import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // conf's CommonJS dependencies (ajv) need a real `require` inside ESM output.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
