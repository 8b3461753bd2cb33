// yoga-layout (Ink's layout engine) carries its WebAssembly as a base64 data URL, and its
// Emscripten loader reads that URL with `fetch()` whenever a global `fetch` exists. In Node that
// first call loads Node's whole internal HTTP client (undici) just to decode the string: the
// largest single cost of Ink's start-up. The loader's own fallback (used where there is no
// `fetch`) decodes the same bytes synchronously; this plugin makes the loader take it always.
//
// The patch is made on the exact file it was checked against: if yoga-layout changes that file,
// the build fails until someone looks again (test/build/yoga-no-fetch.test.ts compares layouts
// and answers of the patched and the original loader).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** sha256 of yoga-layout 3.2.1's dist/binaries/yoga-wasm-base64-esm.js, the file checked. */
export const YOGA_LOADER_SHA256 = '2cfeda49ae87f57bcd4a5fe433940edefc531a69bd0f83e32759fb5837df205c';
const LOADER = /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
// Both places that choose between fetch() and the synchronous decoder test `typeof fetch`.
const FETCH_TEST = /"function"!=typeof fetch/g;
const FETCH_TESTS = 2;

/** Returns the loader's source with every fetch() choice turned to the synchronous path. */
export function patchYogaLoader(source) {
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== YOGA_LOADER_SHA256) {
    throw new Error(`yoga-no-fetch: yoga-layout's loader changed (sha256 ${sha}); check scripts/yoga-no-fetch.mjs against it, then update YOGA_LOADER_SHA256`);
  }
  const found = source.match(FETCH_TEST)?.length ?? 0;
  if (found !== FETCH_TESTS) throw new Error(`yoga-no-fetch: expected ${FETCH_TESTS} fetch tests in yoga-layout's loader, found ${found}`);
  // `"function"!=typeof undefined` is always true: "no fetch here, decode the data URL".
  return source.replace(FETCH_TEST, '"function"!=typeof undefined');
}

export const yogaNoFetch = {
  name: 'yoga-no-fetch',
  setup(build) {
    let patched = false;
    build.onLoad({ filter: LOADER }, async (args) => {
      try {
        const contents = patchYogaLoader(await readFile(args.path, 'utf8'));
        patched = true;
        return { contents, loader: 'js' };
      } catch (error) {
        return { errors: [{ text: error.message }] };
      }
    });
    // An Ink that stops using this loader must not ship without someone looking again.
    // (Errors pushed onto the result in onEnd are ignored by esbuild; returned ones fail it.)
    build.onEnd((result) => {
      if (!patched && result.errors.length === 0) return { errors: [{ text: "yoga-no-fetch: yoga-layout's wasm loader was not part of the bundle; check scripts/yoga-no-fetch.mjs against this Ink" }] };
      return undefined;
    });
  },
};
