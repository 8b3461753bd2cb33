// Three of Ink's dependencies make an Intl.Segmenter when they are imported: slice-ansi and
// @alcalzone/ansi-tokenize (the tutor's Output cuts and tokenizes rows with them) and the older
// string-width inside wrap-ansi. The first Intl object of a process sets up ICU's locale data,
// which costs about a fifth of Node's own start in CPU; the first screen (ASCII, arrows, box
// drawing) needs none of it. In the bundle, each of those `new Intl.Segmenter(...)` becomes
// `graphemeSegmenter(...)` (src/text/grapheme-segments.ts): the same segments, answered without
// ICU for text of simple characters and by a real segmenter, made on first need, for the rest.
//
// The files are pinned: if one changes, the build fails until someone looks again
// (test/build/lazy-segmenters.test.ts compares the bundled modules with the published ones).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEGMENTS = path.join(ROOT, 'src', 'text', 'grapheme-segments.ts');

/** Each file checked: how its path ends, its sha256 and the one expression replaced. */
export const SEGMENTER_FILES = [
  {
    name: '@alcalzone/ansi-tokenize 0.2.5 build/tokenize.js',
    file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    sha256: '2685ddc940a005fb589f2af2182e90349fbe000da0b302c89ebbe782d97ade0d',
    make: 'new Intl.Segmenter(undefined, { granularity: "grapheme" })',
  },
  {
    name: 'slice-ansi 8.0.0 tokenize-ansi.js',
    file: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    sha256: '8e4dcbf3c29a828963a6de01e7253b4fbcdcc231df424f779e5308cb27aa7f67',
    make: "new Intl.Segmenter(undefined, {granularity: 'grapheme'})",
  },
  {
    name: "wrap-ansi's string-width 7.2.0 index.js",
    file: /[\\/]wrap-ansi[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
    sha256: '16421893c66e7c45a68251f0708caaa8d49d74e9570ae574371d21356e9d30a6',
    make: 'new Intl.Segmenter()',
  },
];

/** The module's source with its segmenter swapped; throws when the file is not the one checked. */
export function lazySegmenterSource(spec, source) {
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== spec.sha256) {
    throw new Error(`lazy-segmenters: ${spec.name} changed (sha256 ${sha}); check scripts/lazy-segmenters.mjs against it, then update its sha256`);
  }
  if (source.split(spec.make).length !== 2 || source.split('Intl.Segmenter').length !== 2) throw new Error(`lazy-segmenters: ${spec.name} makes its segmenter differently now`);
  const call = spec.make.replace('new Intl.Segmenter', '__graphemeSegmenter');
  return `import { graphemeSegmenter as __graphemeSegmenter } from ${JSON.stringify(SEGMENTS)};\n${source.replace(spec.make, call)}`;
}

export const lazySegmenters = {
  name: 'lazy-segmenters',
  setup(build) {
    const swapped = new Set();
    for (const spec of SEGMENTER_FILES) {
      build.onLoad({ filter: spec.file }, async (args) => {
        try {
          const contents = lazySegmenterSource(spec, await readFile(args.path, 'utf8'));
          swapped.add(spec.name);
          return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
        } catch (error) {
          return { errors: [{ text: error.message }] };
        }
      });
    }
    // A dependency that stops using one of these files must not ship without someone looking again.
    // (Errors pushed onto the result in onEnd are ignored by esbuild; returned ones fail it.)
    build.onEnd((result) => {
      const missing = SEGMENTER_FILES.filter((spec) => !swapped.has(spec.name)).map((spec) => spec.name);
      if (missing.length > 0 && result.errors.length === 0) return { errors: [{ text: `lazy-segmenters: not part of the bundle: ${missing.join(', ')}; check scripts/lazy-segmenters.mjs` }] };
      return undefined;
    });
  },
};
