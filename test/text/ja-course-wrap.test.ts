// The shipped Japanese course as `print --lang ja` lays it out: every line fits its width in
// display columns, no line starts with a line-start prohibited character (kinsoku), and no Latin
// word is cut unless it alone is wider than a line (a long URL).
import { beforeAll, describe, expect, it } from 'vitest';
import { isCjk, startsLineBadly } from '../../src/text/line-breaks.js';
import { displayWidth } from '../../src/text/wrap.js';
import { assertBuilt, runCli } from '../robustness/helpers/cli.js';

/** Runs of graphemes that are neither spaces nor CJK: the Latin words (and URLs, code) of a text. */
function latinWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const grapheme of text) {
    if (grapheme === ' ' || grapheme === '\n' || isCjk(grapheme)) {
      if (word !== '') words.push(word);
      word = '';
    } else word += grapheme;
  }
  if (word !== '') words.push(word);
  return words;
}

const print = (width: number) => {
  const run = runCli(['print', '--lang', 'ja', '--width', String(width)]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
};

describe('print --lang ja', () => {
  beforeAll(assertBuilt);

  // The course at the widest --width: the Latin words as the source has them (no paragraph is that long).
  let words: readonly string[] = [];
  beforeAll(() => {
    words = latinWords(print(400));
  });

  it.each([40, 80])('at --width %i: lines fit, none starts with 、。」 or a small kana, no Latin word is cut', (width) => {
    const lines = print(width).split('\n');
    expect(lines.length).toBeGreaterThan(500);
    // The course is Japanese: most lines hold CJK text (so this checks the CJK breaker, not English).
    expect(lines.filter((line) => [...line].some(isCjk)).length).toBeGreaterThan(lines.length / 2);
    expect(lines.filter((line) => displayWidth(line) > width)).toEqual([]);
    // Only lines a break in Japanese text made (a code line, English, may start with %).
    const brokenFromCjk = (index: number) => [...(lines[index - 1] ?? '')].some(isCjk);
    expect(lines.filter((line, index) => brokenFromCjk(index) && startsLineBadly([...line.trimStart()][0] ?? ''))).toEqual([]);
    const cut: string[] = [];
    lines.forEach((line, index) => {
      const before = lines[index - 1] ?? '';
      if (index === 0 || before === '' || line === '') return;
      const tail = latinWords(before).at(-1) ?? '';
      const head = latinWords(line)[0] ?? '';
      // Latin both sides of the break: a word cut in two if the source holds them as one (a word
      // that fits a line), not two words a space parted.
      if (!before.endsWith(tail) || !line.trimStart().startsWith(head) || tail === '' || head === '') return;
      if (words.includes(tail + head) && displayWidth(tail + head) <= width) cut.push(`${before} / ${line}`);
    });
    expect(cut).toEqual([]);
  });
});
