// string-width builds a grapheme segmenter and three Unicode-property regexes when it is
// imported, and its emoji regex (\p{RGI_Emoji}) costs tens of milliseconds more the first time it
// runs: all of it on the way to the first frame, although a first screen of ASCII, Latin letters,
// arrows and box drawing needs none of it. In the bundle, `string-width` (the copy checked here)
// becomes the same module with its body run on the first call that needs it, behind a fast path
// for such text (src/text/simple-width.ts). Its code is kept as published, moved into a function.
//
// The file is pinned: if string-width changes, the build fails until someone looks again
// (test/build/lazy-string-width.test.ts compares the bundled function with the published one).
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** sha256 of string-width 8.3.0's index.js, the file checked. */
export const STRING_WIDTH_SHA256 = 'abc20775da6b552188b098688ebec671e29f5416d6339d3534bb7b016174003e';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Real path: esbuild resolves symlinks (a linked node_modules) to where the file really is.
const STRING_WIDTH = realpathSync(path.join(ROOT, 'node_modules', 'string-width', 'index.js'));
const SIMPLE_WIDTH = path.join(ROOT, 'src', 'text', 'simple-width.ts');
const IMPORTS = "import stripAnsi from 'strip-ansi';\nimport {eastAsianWidth} from 'get-east-asian-width';\n";
const EXPORT = 'export default function stringWidth(';

/** The lazy module's source, made from string-width's own. */
export function lazyStringWidthSource(source) {
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== STRING_WIDTH_SHA256) {
    throw new Error(`lazy-string-width: string-width's index.js changed (sha256 ${sha}); check scripts/lazy-string-width.mjs against it, then update STRING_WIDTH_SHA256`);
  }
  if (!source.startsWith(IMPORTS) || source.split(EXPORT).length !== 2) throw new Error("lazy-string-width: string-width's imports or export moved");
  const body = source.slice(IMPORTS.length).replace(EXPORT, 'function stringWidth(');
  return `${IMPORTS}import { simpleWidth } from ${JSON.stringify(SIMPLE_WIDTH)};
let published;
function load() {
${body}
return stringWidth;
}
export default function lazyStringWidth(input, options = {}) {
  const narrow = options.ambiguousIsNarrow === undefined ? true : options.ambiguousIsNarrow;
  if (typeof input === 'string' && narrow && !options.countAnsiEscapeCodes) {
    const width = simpleWidth(input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input);
    if (width !== undefined) return width;
  }
  published ??= load();
  return published(input, options);
}
`;
}

export const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    let swapped = false;
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.lazyStringWidth) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { lazyStringWidth: true } });
      // Other copies (wrap-ansi's older string-width) are left as they are.
      if (resolved.errors.length > 0 || path.resolve(resolved.path) !== STRING_WIDTH) return undefined;
      return { path: STRING_WIDTH, namespace: 'lazy-string-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, async (args) => {
      try {
        const contents = lazyStringWidthSource(await readFile(args.path, 'utf8'));
        swapped = true;
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      } catch (error) {
        return { errors: [{ text: error.message }] };
      }
    });
    // (Errors pushed onto the result in onEnd are ignored by esbuild; returned ones fail it.)
    build.onEnd((result) => {
      if (!swapped && result.errors.length === 0) return { errors: [{ text: 'lazy-string-width: string-width was not part of the bundle; check scripts/lazy-string-width.mjs' }] };
      return undefined;
    });
  },
};
