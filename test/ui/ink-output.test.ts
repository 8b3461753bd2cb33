import { describe, expect, it } from 'vitest';
// Ink's own class, which scripts/build.mjs replaces in the bundle: both must build the same frame.
import InkOutput from '../../node_modules/ink/build/output.js';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { createStyles } from '../../src/text/styles.js';
import FastOutput, { widestLine } from '../../src/ui/ink-output.js';
import originalWidestLine from 'widest-line';
import { stepContent } from '../../src/ui/step-content.js';
import { seededRandom } from '../fixtures/seeded-random.js';

type Transformer = (line: string, index: number) => string;
type Op =
  | { readonly kind: 'write'; readonly x: number; readonly y: number; readonly text: string; readonly transformers: Transformer[] }
  | { readonly kind: 'clip'; readonly clip: { x1?: number; x2?: number; y1?: number; y2?: number } }
  | { readonly kind: 'unclip' };

interface Painter {
  write(x: number, y: number, text: string, options: { transformers: Transformer[] }): void;
  clip(clip: { x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined }): void;
  unclip(): void;
  get(): { output: string; height: number };
}

function paint(output: Painter, ops: readonly Op[]): { output: string; height: number } {
  for (const op of ops) {
    if (op.kind === 'write') output.write(op.x, op.y, op.text, { transformers: op.transformers });
    else if (op.kind === 'clip') output.clip({ x1: op.clip.x1, x2: op.clip.x2, y1: op.clip.y1, y2: op.clip.y2 });
    else output.unclip();
  }
  return output.get();
}

/** Ink's frame and ours for the same writes; ours twice, the second time from its caches. */
function expectSameFrame(width: number, height: number, ops: readonly Op[]) {
  const expected = paint(new InkOutput({ width, height }) as unknown as Painter, ops);
  expect(paint(new FastOutput({ width, height }), ops)).toEqual(expected);
  expect(paint(new FastOutput({ width, height }), ops)).toEqual(expected);
}

const styles = createStyles({ color: true, unicode: true, hyperlinks: true });
const { course } = loadCourse(DEFAULT_LESSONS_DIR);
const identity: Transformer = (line) => line;

/** The writes of a lesson screen: header rows, the body clipped to its box, the footer. */
function lessonScreen(lines: readonly string[], width: number, offset: number): Op[] {
  const top = 3;
  const body = 15;
  const shown = lines.slice(offset, offset + body);
  return [
    { kind: 'write', x: 0, y: 0, text: styles.dim('Lesson 1 of 7: Why link'), transformers: [identity] },
    { kind: 'write', x: 0, y: 1, text: styles.bold('A step title'), transformers: [identity] },
    { kind: 'write', x: 0, y: 2, text: `Step 1 of 9 ${styles.accent('███')}${styles.dim('░░░░░░')}`, transformers: [identity] },
    { kind: 'clip', clip: { x1: 0, x2: width, y1: top, y2: top + body } },
    ...shown.map((line, index): Op => ({ kind: 'write', x: 0, y: top + index, text: line === '' ? ' ' : line, transformers: [identity] })),
    { kind: 'unclip' },
    { kind: 'write', x: 0, y: top + body, text: styles.dim('n next  p back  ? help  q quit'), transformers: [identity] },
  ];
}

describe('the bundled Output (src/ui/ink-output.ts) draws what Ink draws', () => {
  it.each([80, 40])('every step of the course, in colour, at %i columns', (width) => {
    for (const step of course.lessons.flatMap((lesson) => lesson.steps)) {
      const { lines } = stepContent(step, { width, styles, windows: null, saved: undefined, checkLines: null, openMessage: null });
      expectSameFrame(width, 23, lessonScreen(lines, width, 0));
      if (lines.length > 15) expectSameFrame(width, 23, lessonScreen(lines, width, lines.length - 15));
      // One Text holding the whole body, as a multi-line write that the clip cuts.
      expectSameFrame(width, 23, [{ kind: 'clip', clip: { x1: 0, x2: width, y1: 2, y2: 20 } }, { kind: 'write', x: 0, y: 1, text: lines.join('\n'), transformers: [identity] }, { kind: 'unclip' }]);
    }
  });

  it('rows shared by several texts, offsets, wide characters and writes past the frame', () => {
    const upper: Transformer = (line) => line.toUpperCase();
    const numbered: Transformer = (line, index) => `${index}:${line}`;
    expectSameFrame(20, 6, [
      { kind: 'write', x: 0, y: 0, text: 'left', transformers: [] },
      { kind: 'write', x: 10, y: 0, text: styles.good('right side too long'), transformers: [upper] },
      { kind: 'write', x: 3, y: 1, text: '漢字かな and 🙂 emoji', transformers: [] },
      { kind: 'write', x: 2, y: 1, text: styles.bad('X'), transformers: [] },
      { kind: 'write', x: 4, y: 2, text: 'a\nb\nc\nd\ne\nf', transformers: [numbered] },
      { kind: 'write', x: 0, y: -1, text: 'above\nthe frame', transformers: [] },
      { kind: 'write', x: 0, y: 5, text: 'last\npast the end', transformers: [] },
      { kind: 'write', x: 0, y: 3, text: '', transformers: [] },
      { kind: 'clip', clip: { x1: 2, x2: 8, y1: 3, y2: 5 } },
      { kind: 'write', x: 0, y: 2, text: `${styles.code('clipped')} on\nboth sides\nand rows`, transformers: [] },
      { kind: 'write', x: 30, y: 3, text: 'outside the clip', transformers: [] },
      { kind: 'clip', clip: { y1: 4, y2: 5 } },
      { kind: 'write', x: 1, y: 3, text: 'only vertically\nclipped', transformers: [] },
      { kind: 'unclip' },
      { kind: 'unclip' },
      { kind: 'write', x: 0, y: 4, text: styles.hyperlink(styles.link('https://example.com'), 'https://example.com'), transformers: [] },
    ]);
  });

  it('random texts in random places', () => {
    const next = seededRandom(7);
    const random = (n: number) => Math.floor(next() * n);
    const pieces = ['a', 'word ', ' ', '漢', '🙂', '•', '─', styles.bold('b'), styles.accent('cy'), styles.dim('dim '), '\n', 'e\u0301'];
    for (let run = 0; run < 300; run++) {
      const ops: Op[] = [];
      for (let count = random(8); count > 0; count--) {
        const text = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]!).join('');
        if (random(5) === 0) ops.push({ kind: 'clip', clip: { x1: random(6), x2: 6 + random(20), y1: random(3), y2: 3 + random(6) } });
        ops.push({ kind: 'write', x: random(14), y: random(10) - 1, text, transformers: random(3) === 0 ? [identity] : [] });
      }
      expectSameFrame(5 + random(20), 1 + random(8), ops);
      // Ink also measures each Text with widest-line, which the bundle swaps for the cached one.
      for (const op of ops) if (op.kind === 'write') expect(widestLine(op.text)).toBe(originalWidestLine(op.text));
    }
  });
});
