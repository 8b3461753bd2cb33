import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazySegmenters, lazySegmenterSource, SEGMENTER_FILES } from '../../scripts/lazy-segmenters.mjs';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { SIMPLE_NARROW_CHARS, SIMPLE_WIDE_CHARS } from '../../src/text/simple-width.js';
import { seededRandom } from '../fixtures/seeded-random.js';

// The bundle's slice-ansi, ansi-tokenize and wrap-ansi (scripts/lazy-segmenters.mjs) must answer
// exactly as the published ones; they only make no Intl.Segmenter for text that needs none.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'lazy-segmenters-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Modules {
  readonly tokenize: (text: string) => unknown;
  readonly sliceAnsi: (text: string, start: number, end?: number) => string;
  readonly wrapAnsi: (text: string, columns: number, options?: object) => string;
}
const ENTRY = "export { tokenize } from '@alcalzone/ansi-tokenize'; export { default as sliceAnsi } from 'slice-ansi'; export { default as wrapAnsi } from 'wrap-ansi';";

let made = 0;
const Real = Intl.Segmenter;
const setSegmenter = (value: typeof Intl.Segmenter) => Object.defineProperty(Intl, 'Segmenter', { value, configurable: true, writable: true });
async function bundle(name: string, plugins: (typeof lazySegmenters)[]): Promise<{ modules: Modules; madeAtImport: number }> {
  const outfile = path.join(work, `${name}.mjs`);
  await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' }, outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', plugins, logLevel: 'silent' });
  const before = made;
  const modules = (await import(pathToFileURL(outfile).href)) as Modules;
  return { modules, madeAtImport: made - before };
}

let published: Awaited<ReturnType<typeof bundle>>;
let ours: Awaited<ReturnType<typeof bundle>>;
beforeAll(async () => {
  setSegmenter(function (...args: ConstructorParameters<typeof Intl.Segmenter>) {
    made++;
    return new Real(...args);
  } as unknown as typeof Intl.Segmenter);
  afterAll(() => setSegmenter(Real));
  published = await bundle('published', []);
  ours = await bundle('ours', [lazySegmenters]);
});

const wideChars = [...new RegExp(`[${SIMPLE_WIDE_CHARS}]`, 'g')[Symbol.matchAll](String.fromCodePoint(...Array.from({ length: 0xd800 }, (_, cp) => cp)))].map((match) => match[0]);
const simpleChars = [...new RegExp(`[${SIMPLE_NARROW_CHARS}]`, 'g')[Symbol.matchAll](String.fromCodePoint(...Array.from({ length: 0x2800 }, (_, cp) => cp)))].map((match) => match[0]);

function sameAnswers(text: string): void {
  const label = JSON.stringify(text);
  expect(ours.modules.tokenize(text), label).toEqual(published.modules.tokenize(text));
  for (const [start, end] of [[0, undefined], [1, 4], [2, 9], [0, 1]] as const) expect(ours.modules.sliceAnsi(text, start, end), label).toBe(published.modules.sliceAnsi(text, start, end));
  for (const options of [undefined, { hard: true, trim: false }, { wordWrap: false }]) expect(ours.modules.wrapAnsi(text, 7, options), label).toBe(published.modules.wrapAnsi(text, 7, options));
}

describe('Intl.Segmenter made on first need in the bundle (scripts/lazy-segmenters.mjs)', () => {
  it('makes no segmenter at import or for simple text; the published modules make three at import', () => {
    expect(published.madeAtImport).toBe(3);
    expect(ours.madeAtImport).toBe(0);
    const before = made;
    sameAnswers('0 of 7 lessons done ░░░ · ↑↓/jk move  \u001B[2mq quit\u001B[22m — Größe „Lizenz“ ✓');
    sameAnswers('0 / 7 レッスン完了 ░░░ · ↑↓/jk 移動  \u001B[2mq 終了\u001B[22m「設定」（ライセンス）、。');
    const madeByOurs = made - before;
    // (the published modules' segmenters already exist; any segmenter made here is ours)
    expect(madeByOurs).toBe(0);
  });

  it('answers as the published modules for random text and every line of the course', () => {
    const pieces = [...simpleChars.filter((_, index) => index % 9 === 0), ...wideChars.filter((_, index) => index % 300 === 0), 'a', ' ', '  ', '\n', '\r\n', '\t', 'e\u0301', '\u200D', '\uFE0F', '👍🏽', '🇩🇪', '日本', '\u0915\u093F', '\u00AD',
      '\u001B[31m', '\u001B[0m', '\u001B[1m', '\u001B[22m', '\u009B1m', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007'];
    const next = seededRandom(2024);
    for (let index = 0; index < 1_000; index++) sameAnswers(Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    const { course } = loadCourse(DEFAULT_LESSONS_DIR);
    let lines = 0;
    for (const lesson of course.lessons) {
      for (const line of JSON.stringify(lesson).split(/\\n|"/)) {
        expect(ours.modules.tokenize(line)).toEqual(published.modules.tokenize(line));
        expect(ours.modules.sliceAnsi(line, 2, 30)).toBe(published.modules.sliceAnsi(line, 2, 30));
        expect(ours.modules.wrapAnsi(line, 40, { hard: true, trim: false })).toBe(published.modules.wrapAnsi(line, 40, { hard: true, trim: false }));
        lines++;
      }
    }
    // The translations' lines too, as written (Japanese: kana, kanji, CJK punctuation).
    for (const language of ['ja', 'de']) {
      const folder = path.join(DEFAULT_LESSONS_DIR, language);
      for (const name of readdirSync(folder)) {
        for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) {
          expect(ours.modules.tokenize(line)).toEqual(published.modules.tokenize(line));
          expect(ours.modules.sliceAnsi(line, 2, 30)).toBe(published.modules.sliceAnsi(line, 2, 30));
          expect(ours.modules.wrapAnsi(line, 40, { hard: true, trim: false })).toBe(published.modules.wrapAnsi(line, 40, { hard: true, trim: false }));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(500);
  }, 180_000);

  it('fails the build when one of the files changes', () => {
    for (const spec of SEGMENTER_FILES) {
      const file = spec.name.startsWith('@alcalzone') ? 'node_modules/@alcalzone/ansi-tokenize/build/tokenize.js' : spec.name.startsWith('slice-ansi') ? 'node_modules/slice-ansi/tokenize-ansi.js' : 'node_modules/wrap-ansi/node_modules/string-width/index.js';
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      expect(lazySegmenterSource(spec, source)).toContain('__graphemeSegmenter(');
      expect(() => lazySegmenterSource(spec, `${source}\n`)).toThrow(/changed/);
    }
  });
});
