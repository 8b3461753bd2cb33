import { describe, expect, it } from 'vitest';
import { english } from '../../src/i18n/ui-strings.js';
import { testCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const course = testCourse();

function inLesson(columns: number, rows: number) {
  return renderSizedApp({ course, columns, rows, lessonIndex: 0 });
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
    const { frame, press } = await renderSizedApp({ course, columns: 80, rows: 24, lessonIndex: 1 });
    await press('n');
    await press('n');
    expect(frame().replace(/\s+/g, ' ')).toContain('That was the last lesson. Lessons left: Basics.');
  });
});

describe('the course summary after the last lesson', () => {
  it('says what you checked: tasks done (and confirmed by Windows), questions answered right', async () => {
    const { frame, press } = await renderSizedApp({ course, columns: 80, rows: 24, lessonIndex: 0 });
    await press('n');
    await press(keys.enter);
    for (let step = 0; step < 4; step++) await press('n');
    await press(keys.enter);
    await press('n');
    await press('n');
    const flat = frame().replace(/\s+/g, ' ');
    expect(flat).toMatch(/What you checked: 1 of \d+ tasks done, 0 of \d+ questions answered right\./);
    expect(flat).toContain('That was the last lesson.');
  });

  it('counts confirmed ticks and a hardware record', async () => {
    const { courseChecks, courseChecksLine } = await import('../../src/tutor/lesson-report.js');
    const { emptyProgress } = await import('../../src/progress/model.js');
    const task = course.lessons[0]!.steps.find((step) => step.kind === 'task')!;
    const progress = {
      ...emptyProgress(),
      hardware: { edition: 'Pro', channel: 'Retail', activation: 'activated', windows: null, deviceName: null, linked: null, recordedOn: '2026-11-20' },
      lessons: { [course.lessons[0]!.id]: { currentStep: task.id, currentIndex: 1, completed: [task.id], confirmed: [task.id], answers: {}, finished: false } },
    };
    const checks = courseChecks(course, progress);
    expect(checks).toMatchObject({ tasksDone: 1, confirmed: 1, hardwareRecorded: true });
    expect(courseChecksLine(checks, english)).toMatch(/1 of \d+ tasks done \(1 confirmed by Windows\).*This PC is recorded for a hardware change\./);
  });
});
