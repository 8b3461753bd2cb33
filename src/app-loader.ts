// dist/cli.js: runs the tutorial's bundle (dist/app.js) with a V8 code cache made after the first
// start (src/code-cache.ts), in the user's cache folder. The bundle's paths resolve from this
// file's URL: both sit in dist/.
import { BUILT_APP_HASH } from './build-flags.js';
import { codeCacheFile, runWithCodeCache } from './code-cache.js';
import { compileCacheDir } from './compile-cache.js';

const file = BUILT_APP_HASH === null || process.env.WINLINK_CODE_CACHE === '0' ? null : codeCacheFile(compileCacheDir(), BUILT_APP_HASH);
const run = runWithCodeCache(new URL('./app.js', import.meta.url), import.meta.url, file);
// For maintainers (and the tests): whether V8 took the cache.
if (process.env.WINLINK_DEBUG) process.stderr.write(`winlink-tutor: code cache ${run.cache}${file === null ? '' : ` (${file})`}\n`);
// Made once per build and Node: at the end of the first run, when the start's code is compiled.
if (run.cache !== 'used') process.once('exit', run.save);
await run.done;
