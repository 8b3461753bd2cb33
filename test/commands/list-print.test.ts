import { describe, expect, it } from 'vitest';
import { runList } from '../../src/commands/list.js';
import { printCourse } from '../../src/commands/print.js';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { createStyles, plainStyles } from '../../src/text/styles.js';
import { displayWidth } from '../../src/text/wrap.js';
import { testCourse } from '../fixtures/course.js';

const course = testCourse();
const progress: ProgressData = {
  ...emptyProgress(),
  lastLesson: 'basics',
  lessons: { basics: { currentStep: 'which', currentIndex: 2, completed: ['welcome', 'gone-step'], answers: {}, finished: false } },
};

describe('list', () => {
  it('prints lessons with their status', () => {
    const { stdout, code } = runList(course, progress, { json: false });
    expect(code).toBe(0);
    expect(stdout).toContain('1  Basics  5      in progress, step 3 of 5');
    expect(stdout).toContain('2  More    2      not started');
    expect(stdout).toContain('0 of 2 lessons done.');
  });

  it('lines the columns up by display width when a title has wide (CJK) characters', () => {
    // "Windows のライセンス" is 14 characters but 20 columns wide.
    const wide = { ...course, lessons: [{ ...course.lessons[0]!, title: 'Windows のライセンス' }, ...course.lessons.slice(1)] };
    const lines = runList(wide, progress, { json: false }).stdout.split('\n').slice(0, 3);
    expect(lines).toEqual([
      `#  Lesson${' '.repeat(16)}Steps  Status`,
      '1  Windows のライセンス  5      in progress, step 3 of 5',
      `2  More${' '.repeat(18)}2      not started`,
    ]);
    expect(new Set(lines.map((line) => displayWidth(line.slice(0, line.search(/ (Steps|\d) /) + 1))))).toEqual(new Set([25]));
  });

  it('prints stable JSON with a 1-based currentStep', () => {
    const entries = JSON.parse(runList(course, progress, { json: true }).stdout) as unknown[];
    expect(entries[0]).toEqual({
      number: 1, id: 'basics', title: 'Basics', summary: 'The basics.', minutes: 2, steps: 5,
      currentStep: 3, stepsCompleted: 1, status: 'in-progress', completed: false,
    });
    expect(entries[1]).toMatchObject({ id: 'more', currentStep: 1, status: 'new', completed: false });
  });
});

describe('print', () => {
  const width = 60;
  it('prints a lesson as plain text with labelled variants and a quiz answers section', () => {
    const text = printCourse(course, [course.lessons[0]!], { width, windows: null, styles: plainStyles });
    expect(text).toContain('Lesson 1: Basics\n================');
    expect(text).toContain('Step 2 of 5: Do a thing');
    expect(text).toContain('Settings page: ms-settings:activation');
    expect(text).toContain('[Windows 11]\nEleven path.');
    expect(text).toContain('[Windows 10]\nTen path.');
    expect(text).toContain('Question: What is right?\n  1. Wrong answer\n  2. Right answer');
    expect(text).toContain('Quiz answers for lesson 1');
    expect(text).toContain('Step 5: 2. Right answer\n  Right is right.');
    expect(text.split('\n').every((line) => line.length <= width)).toBe(true);
  });

  it('underlines a wide (CJK) title to its width on screen', () => {
    const wide = { ...course, lessons: [{ ...course.lessons[1]!, title: 'ライセンス' }] };
    expect(printCourse(wide, wide.lessons, { width, windows: null, styles: plainStyles })).toContain('Lesson 1: ライセンス\n====================\n');
  });

  it('shows one Windows version when asked', () => {
    const text = printCourse(course, course.lessons, { width, windows: '10', styles: plainStyles });
    expect(text).toContain('Ten path.');
    expect(text).not.toContain('Eleven path.');
    expect(text).toContain('Showing the Windows 10 instructions.');
  });

  it('has no escape codes in plain mode, and has them only when colour is on', () => {
    const plain = printCourse(course, course.lessons, { width, windows: null, styles: plainStyles });
    expect(plain).not.toMatch(/\u001B/);
    const coloured = printCourse(course, course.lessons, { width, windows: null, styles: createStyles({ color: true, unicode: true }) });
    expect(coloured).toMatch(/\u001B\[1m/);
  });
});
