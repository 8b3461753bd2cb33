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
  const app = render(<App course={course} initial={initialState(course, progress, { lessonIndex: 0 })} sync={memorySync(progress).sync} styles={plainStyles} openLink={() => ''} onWindows={false} />);
  unmount = app.unmount;
  await resizeTo(app.stdout, columns, rows);
  const frame = () => app.lastFrame() ?? '';
  const press = async (key: string) => {
    app.stdin.write(key);
    await tick(60);
  };
  return { frame, press };
}

describe("a lesson's end", () => {
  it('says what was done and what was skipped, and b goes back to the first skipped step', async () => {
    const { frame, press } = await inLesson(80, 24);
    for (let step = 0; step < 5; step++) await press('n');
    expect(frame()).toContain('Lesson complete: Basics');
    expect(frame()).toContain('Done: 2 of 5 steps. Skipped:');
    expect(frame()).toContain('- 2. Do a thing (task not ticked)');
    expect(frame()).toContain('- 3. Which Windows (no answer chosen)');
    expect(frame()).toContain('- 5. Quiz (question not answered right)');
    expect(frame()).toContain('Press b to go back to step 2.');
    expect(frame()).toContain('b first skipped');
    await press('b');
    expect(frame()).toContain('Step 2 of 5');
  });

  it('with nothing skipped says all steps are done and offers no b', async () => {
    const { frame, press } = await inLesson(40, 24);
    await press('n');
    await press(keys.enter);
    await press('n');
    await press('1');
    await press('n');
    await press('n');
    await press('2');
    await press('n');
    expect(frame()).toContain('All 5 steps done.');
    expect(frame()).not.toContain('b first skipped');
    for (const line of frame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('after the last lesson', () => {
  it('says which lessons of the course are left', async () => {
    const progress = emptyProgress();
    const app = render(<App course={course} initial={initialState(course, progress, { lessonIndex: 1 })} sync={memorySync(progress).sync} styles={plainStyles} openLink={() => ''} onWindows={false} />);
    unmount = app.unmount;
    await resizeTo(app.stdout, 80, 24);
    app.stdin.write('n');
    await tick(60);
    app.stdin.write('n');
    await tick(60);
    const frame = (app.lastFrame() ?? '').replace(/\s+/g, ' ');
    expect(frame).toContain('That was the last lesson. Lessons left: Basics.');
  });
});
