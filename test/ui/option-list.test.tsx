import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { createStyles, plainStyles, type Styles } from '../../src/text/styles.js';
import { longQuizCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';


function openQuiz(columns: number, rows: number, styles: Styles = plainStyles, course: Course = longQuizCourse()) {
  return renderSizedApp({ course, columns, rows, styles, lessonIndex: 0 });
}

describe('quiz options', () => {
  it('wraps a long option inside the list at 40 columns, once, with no "…" and no copy in the body', async () => {
    const { frame } = await openQuiz(40, 30);
    const lines = frame().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(frame()).not.toContain('…');
    const first = lines.findIndex((line) => line.startsWith('> 1. The first answer'));
    expect(first, frame()).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
    // Every word of the option is on screen, in the list, exactly once.
    expect(frame().match(/forty/g)).toHaveLength(1);
    expect(frame().match(/The first answer/g)).toHaveLength(1);
  });

  it('a digit picks the option with that number even when the window is too short to show it', async () => {
    const { frame, press, saves } = await openQuiz(40, 12);
    expect(frame()).not.toContain('kumquat');
    expect(frame()).toMatch(/^\d more: ↑↓ or 1-5$/m);
    await press('5');
    expect(saves.at(-1)?.lessons.long?.answers.pick).toEqual({ option: expect.any(String) });
    expect(frame(), frame()).toContain('kumquat');
    expect(frame()).toMatch(/^> 5\. The fifth/m);
  });

  it('arrows and j/k move the highlight; Enter answers the highlighted option', async () => {
    const { frame, press } = await openQuiz(80, 24);
    expect(frame()).toMatch(/^> 1\. /m);
    await press('j');
    await press(keys.down);
    expect(frame()).toMatch(/^> 3\. Third, short/m);
    await press('k');
    await press(keys.up);
    await press(keys.up);
    expect(frame()).toMatch(/^> 5\. /m);
    await press(keys.enter);
    expect(frame()).toContain('Correct');
  });

  it('screen-reader mode says which option is selected in words', async () => {
    const { frame, press } = await openQuiz(40, 30, createStyles({ color: false, unicode: false, screenReader: true }));
    expect(frame()).toMatch(/^> 1\. The first.*\(selected\)$/m);
    await press('j');
    expect(frame()).toMatch(/^> 2\. The second.*\(selected\)$/m);
    for (const line of frame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});
