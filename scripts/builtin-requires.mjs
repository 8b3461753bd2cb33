// Node's own modules, reached through `require` in the bundle instead of `import`.
//
// An `import ... from 'node:fs'` in an ES module makes Node build an ESM facade of the module,
// which reads every export once, getters included: `fs.ReadStream` loads fs/streams,
// `crypto.webcrypto` loads WebCrypto, and so on. The 75 builtin imports of the bundle cost about
// 9% of the CPU to the first frame that way. `require()` hands back the module object and leaves
// its lazy getters alone. esbuild turns each import of the virtual module below into the same
// `__toESM(require(...))` it uses for any CommonJS dependency, so named, default and namespace
// imports keep working (the bundle's banner defines `require`).
//
// node:crypto is more: loading it at all costs ~10 ms (it loads ~20 internal modules), and the
// first screen never needs it. Its functions are stand-ins that load it on their first call. A
// name not listed here fails the build (esbuild: no matching export), so nobody gets a silent
// eager load or a missing function.
import { builtinModules } from 'node:module';

const BUILTIN = new Set(builtinModules);
const NAMESPACE = 'builtin-require';
/** The node:crypto functions the program uses; each loads the module on its first call. */
export const LAZY_CRYPTO_FUNCTIONS = ['createHash', 'randomBytes'];

/** `fs`, `node:fs`, `fs/promises`, `node:test` (some exist only with the prefix) → `node:...`; else null. */
export function builtinName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  return BUILTIN.has(specifier) ? `node:${specifier}` : null;
}

/** The source of the module that stands for `name` (a `node:` name) in the bundle. */
export function builtinSource(name) {
  if (name !== 'node:crypto') return `module.exports = require(${JSON.stringify(name)});\n`;
  const functions = LAZY_CRYPTO_FUNCTIONS.map((fn) => `export function ${fn}(...args) { return load().${fn}(...args); }`);
  return ['let crypto;', "const load = () => (crypto ??= require('node:crypto'));", ...functions, ''].join('\n');
}

export const builtinRequires = {
  name: 'builtin-requires',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      const name = builtinName(args.path);
      if (name === null) return undefined;
      // The stand-in's own require() is the real module.
      if (args.namespace === NAMESPACE) return { path: name, external: true };
      return { path: name, namespace: NAMESPACE };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: builtinSource(args.path),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
