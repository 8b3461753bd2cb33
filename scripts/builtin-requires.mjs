// Node's own modules, reached through `require` in the bundle instead of `import`.
//
// An `import ... from 'node:fs'` in an ES module makes Node build an ESM facade of the module,
// which reads every export once, getters included: `fs.promises` loads fs/promises (and with it
// readline), `fs.ReadStream` fs/streams, `crypto.webcrypto` WebCrypto, and so on. `require()`
// hands back the module object and leaves its lazy getters alone. So, once esbuild has written
// the bundle, each of its static imports of a builtin becomes a declaration at the top of the
// file (where the import took effect too, before any code): `import{a as b}from"node:fs"` →
// `const{a:b}=require("node:fs")`, `import*as fs from"node:fs"` → the module object itself.
// A named import still reads its one property at start, as the facade did; nothing else is read.
// The number of imports rewritten must equal the number esbuild reports, or the build fails.
// Dynamic `import("node:x")` goes through a small CommonJS module, whose namespace forwards each
// property lazily. The bundle's banner defines `require`.
//
// node:crypto is more: loading it at all costs ~10 ms (it loads ~20 internal modules), and the
// first screen never needs it. Its functions are stand-ins that load it on their first call; a
// name not listed here fails the build (esbuild: no matching export), so nobody gets a silent
// eager load. node:child_process likewise (dgram, process and spawn bindings: a few ms on Node
// 24): on Linux and macOS nothing runs a program before the first frame (Windows reads its
// display language with reg.exe, and loads it then).
// node:assert too: a dependency (signal-exit 3, through Ink's cursor handling) requires it when
// it loads and calls `assert.equal(typeof cb, 'function')` at the first frame; loading node:assert
// costs ~5 ms on Node 24 (38 internal modules). Its stand-in answers a passing `equal` itself
// (the same test node:assert makes: == , or both NaN) and hands everything else, a failing
// `equal` included, to the real module, loaded then.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTIN = new Set(builtinModules);
const NAMESPACE = 'builtin-require';
/** The node:crypto functions the program uses; each loads the module on its first call. */
export const LAZY_CRYPTO_FUNCTIONS = ['createHash', 'randomBytes'];
/**
 * Modules whose named imports are stand-ins, and the names the program uses. (No util.promisify
 * of these: a stand-in lacks execFile's promisify.custom.)
 */
export const LAZY_FUNCTIONS = { 'node:crypto': LAZY_CRYPTO_FUNCTIONS, 'node:child_process': ['execFile', 'execFileSync', 'spawn'] };
/** What defines `require` in the bundle (scripts/build.mjs's banner). */
export const REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/** `fs`, `node:fs`, `fs/promises`, `node:test` (some exist only with the prefix) → `node:...`; else null. */
export function builtinName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  return BUILTIN.has(specifier) ? `node:${specifier}` : null;
}

function lazyAssertSource() {
  return [
    'let assert;',
    "const load = () => (assert ??= require('node:assert'));",
    'const equal = (actual, expected, ...rest) => {',
    '  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) return;',
    '  load().equal(actual, expected, ...rest);',
    '};',
    'module.exports = new Proxy((...args) => load()(...args), { get: (_target, key) => (key === "equal" ? equal : load()[key]) });',
    '',
  ].join('\n');
}

function lazyFunctionsSource(name) {
  const functions = LAZY_FUNCTIONS[name].map((fn) => `export function ${fn}(...args) { return load().${fn}(...args); }`);
  return ['let module;', `const load = () => (module ??= require(${JSON.stringify(name)}));`, ...functions, ''].join('\n');
}

// A static import of a builtin as esbuild prints it (minified or not), at the start of a statement.
const IMPORT = /(?<=^|[;}\n])import\s*(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s+([\w$]+)\s*|\{([^}]*)\}\s*)?(?:from\s*)?"(node:[\w/]+)";?/g;

/**
 * `code` with every static import of a builtin turned into a `require` declaration placed right
 * after the banner. Returns the new code and how many imports it turned.
 */
export function hoistBuiltinImports(code) {
  const at = code.indexOf(REQUIRE_BANNER);
  if (at < 0) throw new Error('builtin-requires: the bundle does not start with the banner that defines require');
  const head = code.slice(0, at + REQUIRE_BANNER.length);
  const declarations = [];
  let count = 0;
  const body = code.slice(head.length).replace(IMPORT, (_match, defaultName, namespaceName, named, name) => {
    count++;
    const module = `require(${JSON.stringify(name)})`;
    if (defaultName) declarations.push(`const ${defaultName}=${module};`);
    if (namespaceName) declarations.push(`const ${namespaceName}=${defaultName ?? module};`);
    if (named !== undefined) {
      const fields = named.split(',').map((spec) => spec.trim()).filter(Boolean).map((spec) => {
        const [imported, local = imported] = spec.split(/\s+as\s+/);
        return imported === local ? imported : `${imported}:${local}`;
      });
      const defaultField = fields.find((field) => field.startsWith('default:'));
      if (defaultField) declarations.push(`const ${defaultField.slice('default:'.length)}=${module};`);
      const rest = fields.filter((field) => !field.startsWith('default:'));
      if (rest.length > 0) declarations.push(`const{${rest.join(',')}}=${defaultName ?? module};`);
    }
    if (!defaultName && !namespaceName && named === undefined) declarations.push(`${module};`);
    return '';
  });
  return { code: `${head}\n${declarations.join('')}${body}`, count };
}

export const builtinRequires = {
  name: 'builtin-requires',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      const name = builtinName(args.path);
      if (name === null) return undefined;
      // The stand-ins' own require() is the real module.
      if (args.namespace === NAMESPACE) return { path: name, external: true };
      if (args.kind === 'import-statement' && name in LAZY_FUNCTIONS) return { path: `lazy:${name}`, namespace: NAMESPACE };
      if (args.kind === 'require-call' && name === 'node:assert') return { path: 'lazy:node:assert', namespace: NAMESPACE };
      if (args.kind === 'dynamic-import') return { path: name, namespace: NAMESPACE };
      // Static imports are rewritten after the build (below); require() calls stay as they are.
      return { path: name, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: args.path === 'lazy:node:assert' ? lazyAssertSource() : args.path.startsWith('lazy:') ? lazyFunctionsSource(args.path.slice('lazy:'.length)) : `module.exports = require(${JSON.stringify(args.path)});\n`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
    build.onEnd((result) => {
      const outfile = build.initialOptions.outfile;
      if (result.errors.length > 0 || !outfile || !result.metafile) return undefined;
      const output = Object.entries(result.metafile.outputs).find(([file]) => path.resolve(file) === path.resolve(outfile))?.[1];
      const expected = (output?.imports ?? []).filter((entry) => entry.external && entry.kind === 'import-statement' && entry.path.startsWith('node:')).length;
      try {
        const { code, count } = hoistBuiltinImports(readFileSync(outfile, 'utf8'));
        if (count !== expected) throw new Error(`builtin-requires: found ${count} imports of Node modules in ${outfile}, esbuild reports ${expected}`);
        const left = code.match(/(?<=^|[;}\n])import\s*[^;(]*"node:[\w/]+"/g) ?? [];
        if (left.length > 0) throw new Error(`builtin-requires: imports left in ${outfile}: ${left.join(' | ')}`);
        writeFileSync(outfile, code);
        return undefined;
      } catch (error) {
        // Returned errors fail the build (ones pushed onto `result` are ignored).
        return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
      }
    });
  },
};
