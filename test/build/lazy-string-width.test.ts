import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyStringWidth, lazyStringWidthSource } from '../../scripts/lazy-string-width.mjs';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { SIMPLE_NARROW_CHARS } from '../../src/text/simple-width.js';
import { seededRandom } from '../fixtures/seeded-random.js';

// The bundle's string-width (scripts/lazy-string-width.mjs) must answer exactly as the published
// one for any text and options; it only defers the published code to the first call that needs it.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'lazy-string-width-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Width = typeof stringWidth;
interface Bundled {
  readonly width: Width;
  /** How many Intl.Segmenter objects the bundled module has made so far. */
  readonly segmenters: () => number;
}

let bundled: Bundled;
beforeAll(async () => {
  const outfile = path.join(work, 'bundled.mjs');
  await build({
    stdin: { contents: "export { default } from 'string-width';", resolveDir: ROOT, loader: 'js' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', minify: true, plugins: [lazyStringWidth], logLevel: 'silent',
  });
  // Count segmenters made by the bundled module (the published one makes one when imported).
  const Real = Intl.Segmenter;
  let made = 0;
  const Counting = function (...args: ConstructorParameters<typeof Intl.Segmenter>) {
    made++;
    return new Real(...args);
  } as unknown as typeof Intl.Segmenter;
  const setSegmenter = (value: typeof Intl.Segmenter) => Object.defineProperty(Intl, 'Segmenter', { value, configurable: true, writable: true });
  setSegmenter(Counting);
  const module = (await import(pathToFileURL(outfile).href)) as { default: Width };
  bundled = { width: module.default, segmenters: () => made };
  afterAll(() => setSegmenter(Real));
});

const OPTIONS = [undefined, {}, { ambiguousIsNarrow: false }, { ambiguousIsNarrow: true }, { countAnsiEscapeCodes: true }, { ambiguousIsNarrow: false, countAnsiEscapeCodes: true }];
const simpleChars = [...new RegExp(`[${SIMPLE_NARROW_CHARS}]`, 'g')[Symbol.matchAll](String.fromCodePoint(...Array.from({ length: 0x2800 }, (_, cp) => cp)))].map((match) => match[0]);

describe('string-width in the bundle (scripts/lazy-string-width.mjs)', () => {
  it('makes no segmenter and no Unicode tables for text of simple characters', () => {
    for (const text of ['0 of 7 lessons done ░░░░ · ↑↓/jk move  Enter select  q quit — Größe „Lizenz“ ✓', '\u001B[2m↑↓ move\u001B[22m', '0 / 7 レッスン完了 ░░░ · ↑↓/jk 移動  \u001B[2mq 終了\u001B[22m「設定」（ライセンス）、。']) {
      expect(bundled.width(text)).toBe(stringWidth(text));
    }
    expect(bundled.segmenters()).toBe(0);
    // The published module's code runs on the first text that needs it.
    expect(bundled.width('日本 👍🏽')).toBe(stringWidth('日本 👍🏽'));
    expect(bundled.segmenters()).toBe(1);
  });

  it('answers as the published string-width for every BMP character and emoji code point, with every option', () => {
    for (let codePoint = 0; codePoint <= 0x1faff; codePoint = codePoint === 0xffff ? 0x1f000 : codePoint + 1) {
      const text = String.fromCodePoint(codePoint);
      const options = OPTIONS[codePoint % OPTIONS.length];
      if (bundled.width(text, options) !== stringWidth(text, options)) {
        expect({ codePoint: codePoint.toString(16), options, width: bundled.width(text, options) }).toEqual({ codePoint: codePoint.toString(16), options, width: stringWidth(text, options) });
      }
    }
    for (const text of simpleChars) {
      for (const options of OPTIONS) expect(bundled.width(text, options), `U+${text.codePointAt(0)?.toString(16)}`).toBe(stringWidth(text, options));
    }
  });

  it('answers as the published string-width for random mixed text', () => {
    const pieces = [
      ...simpleChars.filter((_, index) => index % 7 === 0), 'a', ' ', 'é', 'e\u0301', '\u200D', '\uFE0F', '\u20E3', '#', '1', '👍', '🏽', '👨‍👩‍👧', '🇩🇪', '\u{1F1E9}',
      '日', 'ﾞ', 'ｶ', '\u1100', '\u1161', '\u11A8', '가', '\u0915\u093F', '\u0600', '\t', '\n', '\u0007', '\u00AD', '\u200B', '\u001B[31m', '\u001B[0m', '\u009B1m',
      '\u001B]8;;https://example.com\u0007', '\u2194', '\u00A9', '\u2028', '\uD800', '\u{E0061}',
    ];
    const next = seededRandom(24);
    for (let index = 0; index < 20_000; index++) {
      const length = 1 + Math.floor(next() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const options = OPTIONS[index % OPTIONS.length];
      expect(bundled.width(text, options), JSON.stringify(text)).toBe(stringWidth(text, options));
    }
    for (const value of [undefined, null, 5, ''] as unknown as string[]) expect(bundled.width(value)).toBe(stringWidth(value));
  });

  it('answers as the published string-width for every line of the course', () => {
    const { course } = loadCourse(DEFAULT_LESSONS_DIR);
    let lines = 0;
    for (const lesson of course.lessons) {
      for (const line of JSON.stringify(lesson).split(/\\n|"/)) {
        expect(bundled.width(line)).toBe(stringWidth(line));
        lines++;
      }
    }
    // The translations' lines too, as written (Japanese: kana, kanji, CJK punctuation).
    for (const language of ['ja', 'de']) {
      const folder = path.join(DEFAULT_LESSONS_DIR, language);
      for (const name of readdirSync(folder)) {
        for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) {
          expect(bundled.width(line)).toBe(stringWidth(line));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(500);
  });

  it('fails the build when string-width changes', () => {
    const source = readFileSync(path.join(ROOT, 'node_modules', 'string-width', 'index.js'), 'utf8');
    expect(lazyStringWidthSource(source)).toContain('function load()');
    expect(() => lazyStringWidthSource(`${source}\n`)).toThrow(/index\.js changed/);
  });
});
