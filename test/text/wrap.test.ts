import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { createStyles } from '../../src/text/styles.js';
import { displayWidth, truncateLine, wrapLines } from '../../src/text/wrap.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function sampleText(next: () => number): string {
  // Wide but not CJK ('👍👍'): Chinese and Japanese break between characters (wrap-cjk.test.ts).
  const pieces = ['a', 'word', 'longer-words', 'Settings', '>', 'ünïcödé', '👍👍', 'x'.repeat(30), 'https://account.microsoft.com/privacy', ''];
  return Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(' ');
}

describe('wrapLines', () => {
  it('breaks lines exactly where wrap-ansi (hard mode) did, for plain text', () => {
    const next = random(7);
    for (let sample = 0; sample < 300; sample++) {
      const text = sampleText(next);
      const width = 10 + Math.floor(next() * 50);
      expect(wrapLines(text, width), `${JSON.stringify(text)} at ${width}`).toEqual(wrapAnsi(text, width, { hard: true, trim: true }).split('\n'));
    }
  });

  it('closes styles at the end of each row and opens them again on the next', () => {
    const styles = createStyles({ color: true, unicode: true, hyperlinks: true });
    const text = styles.heading(`A heading long enough to wrap ${styles.hyperlink('with a link inside it', 'https://example.com')} twice`);
    const lines = wrapLines(text, 20);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => stripAnsi(line))).toEqual(wrapAnsi(stripAnsi(text), 20, { hard: true, trim: true }).split('\n'));
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(20);
      // Bold and underline both on at the start of every row, both off at the end of every row.
      expect(line.startsWith('\u001B[1m\u001B[4m')).toBe(true);
      expect(line).toMatch(/\u001B\[2[24]m\u001B\[2[24]m$/);
    }
    const linked = lines.filter((line) => line.includes('link'));
    for (const line of linked) expect(line).toMatch(/\u001B\]8;;https:\/\/example\.com\u0007.*\u001B\]8;;\u0007/);
  });

  it('breaks one 500 KB word in one pass: well under a second, not minutes', () => {
    const started = performance.now();
    const lines = wrapLines('a'.repeat(500_000), 80);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(lines).toHaveLength(6250);
    expect(lines.every((line) => line.length === 80)).toBe(true);
  });

  it('measures wide characters by display width, also in a 250,000-character word', () => {
    const started = performance.now();
    const lines = wrapLines('字'.repeat(250_000), 80);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(lines).toHaveLength(6250);
    expect(lines.every((line) => displayWidth(line) === 80)).toBe(true);
    // Graphemes are never split: an emoji with its skin tone is one 2-column unit.
    expect(wrapLines('👍🏽'.repeat(6), 10)).toEqual(['👍🏽'.repeat(5), '👍🏽']);
  });
});

describe('truncateLine', () => {
  it('keeps short text, cuts long text with "…" at a word boundary when it can', () => {
    expect(truncateLine('short', 10)).toBe('short');
    expect(truncateLine('Link your Windows license to your Microsoft account', 30)).toBe('Link your Windows license to…');
    expect(truncateLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(displayWidth(truncateLine('字'.repeat(50), 11))).toBeLessThanOrEqual(11);
  });

  it('closes styles it cuts through', () => {
    const bold = createStyles({ color: true, unicode: true }).bold('a long bold title that is cut');
    expect(truncateLine(bold, 12)).toBe('\u001B[1ma long bold\u001B[22m…');
  });

  it('reads only the beginning of a 500 KB title', () => {
    const started = performance.now();
    for (let frame = 0; frame < 100; frame++) truncateLine(`${'title '.repeat(100_000)}`, 80);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
