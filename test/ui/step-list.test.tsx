import { describe, expect, it } from 'vitest';
import { testCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const course = testCourse();

function inLesson(columns: number, rows: number) {
  return renderSizedApp({ course, columns, rows, lessonIndex: 0 });
}

describe('step list', () => {
  it('t lists the steps with done marks and where you are; Enter jumps to the highlighted one', async () => {
    const { frame, press, saves } = await inLesson(80, 24);
    await press('n');
    await press('n');
    await press('t');
    expect(frame()).toContain('Steps of lesson 1: Basics');
    expect(frame()).toContain('1 of 5 steps done');
    expect(frame()).toContain('  [x] 1. Welcome');
    expect(frame()).toContain('> [ ] 3. Which Windows (you are here)');
    expect(frame()).toContain('t/Esc close');
    await press(keys.up);
    await press(keys.enter);
    expect(frame()).toContain('Step 2 of 5');
    expect(saves.at(-1)?.lessons.basics?.currentStep).toBe('do-thing');
  });

  it('a number jumps to that step; Esc closes without moving', async () => {
    const { frame, press } = await inLesson(40, 12);
    await press('t');
    expect(frame()).toContain('> [ ] 1. Welcome (you are here)');
    for (const line of frame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(frame().split('\n').length).toBeLessThan(12);
    await press('4');
    expect(frame()).toContain('Step 4 of 5');
    await press('t');
    await press(keys.escape);
    expect(frame()).toContain('Step 4 of 5');
  });

  it('the help overlay lists t, from the keymap', async () => {
    const { frame, press } = await inLesson(80, 40);
    await press('?');
    expect(frame()).toMatch(/^t +the lesson's steps/m);
  });
});
