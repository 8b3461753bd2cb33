import { describe, expect, it } from 'vitest';
import { graphemeSegmenter } from '../../src/text/grapheme-segments.js';
import { SIMPLE_NARROW_CHARS, SIMPLE_WIDE_CHARS } from '../../src/text/simple-width.js';
import { seededRandom } from '../fixtures/seeded-random.js';

// The stand-in must give exactly Intl.Segmenter's grapheme segments, for iteration and containing().
const intl = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const standIn = graphemeSegmenter(undefined, { granularity: 'grapheme' });
const simpleChars = [...new RegExp(`[${SIMPLE_NARROW_CHARS}]`, 'g')[Symbol.matchAll](String.fromCodePoint(...Array.from({ length: 0x2800 }, (_, cp) => cp)))].map((match) => match[0]);
const wideChars = [...new RegExp(`[${SIMPLE_WIDE_CHARS}]`, 'g')[Symbol.matchAll](String.fromCodePoint(...Array.from({ length: 0xd800 }, (_, cp) => cp), ...Array.from({ length: 0x2000 }, (_, cp) => 0xe000 + cp)))].map((match) => match[0]);
const controls = Array.from({ length: 0xa0 }, (_, cp) => String.fromCharCode(cp)).filter((char) => /\p{Cc}/u.test(char));

function same(text: string): void {
  const plain = (segments: Iterable<Intl.SegmentData>) => [...segments].map(({ segment, index, input }) => ({ segment, index, input }));
  expect(plain(standIn.segment(text)), JSON.stringify(text)).toEqual(plain(intl.segment(text)));
  const ours = standIn.segment(text);
  const theirs = intl.segment(text);
  for (const at of [-1, 0, 0.5, text.length - 1, text.length, text.length + 3, Number.NaN, ...Array.from(text, (_, index) => index)]) {
    const a = ours.containing(at);
    const b = theirs.containing(at);
    expect(a && { segment: a.segment, index: a.index, input: a.input }, `${JSON.stringify(text)} at ${at}`).toEqual(b && { segment: b.segment, index: b.index, input: b.input });
  }
}

describe('graphemeSegmenter (src/text/grapheme-segments.ts)', () => {
  it('segments every simple character and control as Intl does, alone and between neighbours', () => {
    expect(wideChars.length).toBeGreaterThan(40_000);
    // Every tenth wide one (test/text/simple-width.test.ts checks each of them with Intl).
    for (const char of [...simpleChars, ...wideChars.filter((_, index) => index % 10 === 0), ...controls]) {
      same(char);
      same(`a${char}\u001B[0m${char}${char}é`);
    }
  });

  it('segments random text of simple characters, controls and others as Intl does', () => {
    const pieces = [...simpleChars.filter((_, index) => index % 5 === 0), ...wideChars.filter((_, index) => index % 150 === 0), ...controls, '\r\n', '\r', 'e\u0301', '\u200D', '\uFE0F', '👍🏽', '🇩🇪', '日', '\u0915\u093F', '\u00AD', '\u{E0061}', '\uD800', '\u001B[31m'];
    const next = seededRandom(23);
    for (let index = 0; index < 5_000; index++) {
      same(Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    }
    same('');
  });

  it('makes a real segmenter only for text that needs one', () => {
    const Real = Intl.Segmenter;
    let made = 0;
    const Counting = function (...args: ConstructorParameters<typeof Intl.Segmenter>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', { value: Counting, configurable: true, writable: true });
    try {
      const segmenter = graphemeSegmenter();
      Array.from(segmenter.segment('0 of 7 lessons done ░░░ · ↑↓/jk move \u001B[2mq quit\u001B[22m — Größe „Lizenz“ ✓'));
      Array.from(segmenter.segment('0 / 7 レッスン完了 ░░░ · ↑↓/jk 移動 \u001B[2mq 終了\u001B[22m「設定」（ライセンス）、。'));
      expect(made).toBe(0);
      Array.from(segmenter.segment('a\r\nb'));
      Array.from(segmenter.segment('か\u3099'));
      expect(made).toBe(1);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: Real, configurable: true, writable: true });
    }
  });
});
