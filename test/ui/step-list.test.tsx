import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { testCourse } from '../fixtures/course.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { keys, tick } from './keys.js';
import { resizeTo } from './resize.js';

const course = testCourse();
let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

async function inLesson(columns: number, rows: number) {
  const progress = emptyProgress();
  const { sync, saves } = memorySync(progress);
  const app = render(<App course={course} initial={initialState(course, progress, { lessonIndex: 0 })} sync={sync} styles={plainStyles} openLink={() => ''} onWindows={false} />);
  unmount = app.unmount;
  await resizeTo(app.stdout, columns, rows);
  const frame = () => app.lastFrame() ?? '';
  const press = async (key: string) => {
    app.stdin.write(key);
    await tick(60);
  };
  return { frame, press, saves };
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
