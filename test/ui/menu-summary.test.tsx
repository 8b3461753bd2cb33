import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { testCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const course = testCourse();

function startScreen(columns: number, rows: number, progress: ProgressData = emptyProgress()) {
  return renderSizedApp({ course, columns, rows, progress });
}

describe('start screen summary', () => {
  it('shows the highlighted lesson’s minutes, state and summary, and follows the highlight', async () => {
    const { frame, press } = await startScreen(80, 24);
    expect(frame()).toContain('About 2 min · not started');
    expect(frame()).toContain('The basics.');
    await press(keys.down);
    expect(frame()).toContain('About 1 min · not started');
    expect(frame()).toContain('More things.');
    expect(frame()).not.toContain('The basics.');
  });

  it('for "Continue" describes the lesson it opens, with the step reached', async () => {
    const progress: ProgressData = {
      ...emptyProgress(),
      lastLesson: 'basics',
      lessons: { basics: { currentStep: 'which', currentIndex: 2, completed: ['welcome'], answers: {}, finished: false } },
    };
    const { frame } = await startScreen(80, 24, progress);
    expect(frame()).toMatch(/^> Continue: Basics/m);
    expect(frame()).toContain('About 2 min · in progress, step 3 of 5');
  });

  it.each([
    [80, 24],
    [40, 24],
    [40, 12],
    [40, 9],
    [30, 8],
  ])('fits %ix%i: no line too wide, frame shorter than the window, the whole list still reachable', async (columns, rows) => {
    const { frame } = await startScreen(columns, rows);
    const lines = frame().split('\n');
    expect(lines.length, frame()).toBeLessThan(rows);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columns);
    expect(frame()).toMatch(/^> 1\. Basics/m);
    if (rows >= 9) expect(frame()).toContain('About 2 min');
  });
});
