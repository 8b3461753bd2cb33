// Bundles the CLI into one ESM file so `npx` installs no runtime dependencies and start-up
// does not open hundreds of module files. The standalone executables carry this same file.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stub = fileURLToPath(new URL('./devtools-stub.mjs', import.meta.url));
const unused = fileURLToPath(new URL('./unused-stub.mjs', import.meta.url));
const fastOutput = fileURLToPath(new URL('../src/ui/ink-output.ts', import.meta.url));
const cachedWidestLine = fileURLToPath(new URL('../src/ui/ink-widest-line.ts', import.meta.url));

/**
 * Ink's renderer builds every frame through its internal Output class, which styles every cell
 * of the window anew on each keypress. src/ui/ink-output.ts is a drop-in with the same output
 * and caches that last across frames; this swaps it in for Ink's own file (only that import),
 * and gives Ink a `widest-line` that remembers widths (Ink measures every Text on every frame).
 */
const fastInkOutput = {
  name: 'fast-ink-output',
  setup(build) {
    let swapped = false;
    build.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
      if (!/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
      swapped = true;
      return { path: fastOutput };
    });
    build.onResolve({ filter: /^widest-line$/ }, (args) => (/[\\/]ink[\\/]build[\\/]/.test(args.importer) ? { path: cachedWidestLine } : undefined));
    // A new Ink that moved its Output must not silently ship the slow path: look at it again.
    build.onEnd((result) => {
      if (!swapped && result.errors.length === 0) result.errors.push({ text: "fast-ink-output: Ink's renderer no longer imports ./output.js; check src/ui/ink-output.ts against this Ink" });
    });
  },
};
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const options = {
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
  // The version is built in: no package.json to read at start.
  define: { 'process.env.NODE_ENV': '"production"', __WINLINK_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies inside ESM output need a real `require`.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [fastInkOutput],
  logLevel: 'warning',
};

await build(options);
