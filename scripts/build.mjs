// Bundles the CLI into one file so `npx` installs no runtime dependencies and start-up does not
// open hundreds of module files: dist/app.js (esbuild's ES module output made a script by
// scripts/app-script.mjs), run by the small loader dist/cli.js with its V8 code cache
// (src/app-loader.ts), started by dist/start.js. The standalone executables carry these files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';
import { appScript } from './app-script.mjs';
import { builtinRequires } from './builtin-requires.mjs';
import { fastInkOutput } from './fast-ink-output.mjs';
import { lazySegmenters } from './lazy-segmenters.mjs';
import { lazyStringWidth } from './lazy-string-width.mjs';
import { yogaNoFetch } from './yoga-no-fetch.mjs';

const stub = fileURLToPath(new URL('./devtools-stub.mjs', import.meta.url));
const unused = fileURLToPath(new URL('./unused-stub.mjs', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const options = {
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/app.js',
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
  // import.meta.url: the bundle runs as a script (scripts/app-script.mjs); dist/cli.js hands it its URL.
  define: { 'process.env.NODE_ENV': '"production"', __WINLINK_VERSION__: JSON.stringify(version), 'import.meta.url': '__wlMetaUrl' },
  // CommonJS dependencies inside ESM output need a real `require`.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // Start-up: Ink's layout engine loads without Node's HTTP client (yoga-no-fetch.mjs), and
  // string-width's Unicode tables are built when text first needs them (lazy-string-width.mjs),
  // and simple text is cut into graphemes without ICU (lazy-segmenters.mjs); Node's own modules
  // come through require, node:crypto on first use (builtin-requires.mjs); the bundle stays
  // ASCII, so V8 keeps it as one-byte text (ascii-bundle.mjs).
  plugins: [fastInkOutput, yogaNoFetch, lazyStringWidth, lazySegmenters, builtinRequires, asciiBundle],
  logLevel: 'warning',
};

const built = await build(options);
// bench/esbuild-redirect.mjs builds another entry into another file with these options: there is
// no dist/app.js of this build to finish then.
const outputs = Object.keys(built.metafile?.outputs ?? {}).map((file) => path.resolve(file));
if (!outputs.includes(path.resolve(options.outfile))) process.exit(0);

const app = appScript(readFileSync(options.outfile, 'utf8'));
writeFileSync(options.outfile, app);
const appHash = createHash('sha256').update(app).digest('hex').slice(0, 16);

// The package's command: a small entry that turns on Node's compile cache before it imports the
// loader below (a module's code can only be cached if the cache is on before it is compiled).
const bundleStaysOutside = {
  name: 'bundle-stays-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/cli\.js$/ }, (args) => (args.importer.endsWith('start.ts') ? { path: './cli.js', external: true } : undefined));
  },
};
// The loader and the entry are ES modules with their own import.meta.url.
const { 'import.meta.url': _scriptUrl, ...define } = options.define;
const small = { ...options, legalComments: 'none', define: { ...define, __WINLINK_APP_HASH__: JSON.stringify(appHash) } };
// dist/cli.js: runs dist/app.js with its code cache (src/app-loader.ts).
await build({ ...small, entryPoints: ['src/app-loader.ts'], outfile: 'dist/cli.js', plugins: [builtinRequires] });
await build({ ...small, entryPoints: ['src/start.ts'], outfile: 'dist/start.js', plugins: [bundleStaysOutside, builtinRequires] });
