import { REQUIRE_BANNER } from './builtin-requires.mjs';

/**
 * dist/app.js as a classic script: one function that takes `require` and the URL paths resolve
 * from. dist/cli.js runs it with node:vm, so V8 can keep a code cache made after a start, which
 * Node's compile cache of an ES module cannot (src/code-cache.ts). The bundle has no import or
 * export statement left (builtin-requires turned them into the banner's require), and the
 * function is async, so its top-level awaits stay as they are.
 */
export function appScript(esm) {
  const lines = esm.split('\n');
  if (lines[0]?.startsWith('#!')) lines.shift();
  const body = lines.join('\n');
  const at = body.indexOf(REQUIRE_BANNER);
  if (at !== 0) throw new Error('build: dist/app.js does not start with the banner that defines require');
  const rest = body.slice(REQUIRE_BANNER.length);
  if (/(?<=^|[;}\n])(?:import\s*[{*\w"']|export\s*[{*\w])/.test(rest) || rest.includes('import.meta')) throw new Error('build: dist/app.js still has ES module syntax; it cannot run as a script');
  return `(async function (require, __wlMetaUrl) {"use strict";${rest}\n})\n`;
}

