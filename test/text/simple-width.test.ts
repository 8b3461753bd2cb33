import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { SIMPLE_NARROW_CHARS, simpleWidth } from '../../src/text/simple-width.js';

const everyBmpChar = String.fromCodePoint(...Array.from({ length: 0x10000 - 0x800 }, (_, index) => (index < 0xd800 ? index : index + 0x800)));
const simple = [...everyBmpChar.matchAll(new RegExp(`[${SIMPLE_NARROW_CHARS}]`, 'g'))].map((match) => match[0]);
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
    for (const other of ['日本', 'e\u0301', '👍', '\u00AD', '\u001B[1m', '\t', '\u2194', '\u00A9']) expect(simpleWidth(`ab${other}`)).toBeUndefined();
  });
});
