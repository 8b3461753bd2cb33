import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { SIMPLE_NARROW_CHARS, SIMPLE_WIDE_CHARS, simpleWidth } from '../../src/text/simple-width.js';
import { seededRandom } from '../fixtures/seeded-random.js';

const everyBmpChar = String.fromCodePoint(...Array.from({ length: 0x10000 - 0x800 }, (_, index) => (index < 0xd800 ? index : index + 0x800)));
const simple = [...everyBmpChar.matchAll(new RegExp(`[${SIMPLE_NARROW_CHARS}]`, 'g'))].map((match) => match[0]);
const wide = [...everyBmpChar.matchAll(new RegExp(`[${SIMPLE_WIDE_CHARS}]`, 'g'))].map((match) => match[0]);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => [...segmenter.segment(text)].length;

describe('simple narrow characters (src/text/simple-width.ts)', () => {
  it('are each one column, never emoji, and never join a neighbour into one grapheme', () => {
    expect(simple.length).toBeGreaterThan(1300);
    for (const char of simple) {
      const name = `U+${char.codePointAt(0)?.toString(16)}`;
      expect(stringWidth(char), name).toBe(1);
      expect(/\p{Extended_Pictographic}/u.test(char), name).toBe(false);
      // Marks, joiners and prepended characters join 'a'; regional indicators and jamo join themselves.
      expect(graphemes(`a${char}a`), name).toBe(3);
      expect(graphemes(`${char}${char}`), name).toBe(2);
    }
  });

  it('measure text made only of them by its length, and nothing else', () => {
    expect(simpleWidth('')).toBe(0);
    const text = '↑↓/jk move · ░░░ Größe „Lizenz“ — ✓';
    expect(simpleWidth(text)).toBe(text.length);
    expect(simpleWidth(text)).toBe(stringWidth(text));
    for (const other of ['e\u0301', '👍', '\u00AD', '\u001B[1m', '\t', '\u2194', '\u00A9']) expect(simpleWidth(`ab${other}`)).toBeUndefined();
  });
});

describe('simple wide characters (src/text/simple-width.ts)', () => {
  it('are each two columns, never emoji, and never join a neighbour into one grapheme', () => {
    expect(wide.length).toBeGreaterThan(40_000);
    for (const char of wide) {
      const name = `U+${char.codePointAt(0)?.toString(16)}`;
      expect(stringWidth(char), name).toBe(2);
      expect(/\p{Extended_Pictographic}/u.test(char), name).toBe(false);
      expect(graphemes(`a${char}a`), name).toBe(3);
      expect(graphemes(`${char}${char}`), name).toBe(2);
    }
  });

  it('are not in the narrow set', () => {
    expect(simple.filter((char) => wide.includes(char))).toEqual([]);
  });

  it('measure text of narrow and wide ones as string-width does, and text with any other character not at all', () => {
    const text = '0 / 7 レッスン完了 ░░░ · ↑↓/jk 移動  q 終了「設定」（ライセンス）、。한국어';
    expect(simpleWidth(text)).toBe(stringWidth(text));
    const pieces = [...simple.filter((_, index) => index % 3 === 0), ...wide.filter((_, index) => index % 41 === 0)];
    const next = seededRandom(2306);
    for (let index = 0; index < 20_000; index++) {
      const mixed = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(simpleWidth(mixed), JSON.stringify(mixed)).toBe(stringWidth(mixed));
    }
    for (const other of ['\u3099', '\u302A', '\u3030', '\u303D', '\uFF9E', '\uFF76', '\u1100', '\u3164', '\u{20000}', '👍', '\uFE0F']) expect(simpleWidth(`日本${other}`), other).toBeUndefined();
  });
});
