// Bundles the CLI into one ESM file so `npx` installs no runtime dependencies and start-up
// does not open hundreds of module files.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const stub = fileURLToPath(new URL('./devtools-stub.mjs', import.meta.url));
const unused = fileURLToPath(new URL('./unused-stub.mjs', import.meta.url));

await build({
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  jsx: 'automatic',
  // Ink's optional devtools import would otherwise be inlined with all of react-devtools-core.
  // Modules that are imported but never run here are replaced, so start-up does not parse them.
  alias: { 'react-devtools-core': stub, ws: unused, 'ajv/dist/2020.js': unused, 'ajv-formats': unused },
  define: { 'process.env.NODE_ENV': '"production"' },
  // CommonJS dependencies inside ESM output need a real `require`.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
