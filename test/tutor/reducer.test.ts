import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { resumePoint } from '../../src/tutor/lesson-status.js';
import { initialState, reduceTutor, SCROLL_END } from '../../src/tutor/reducer.js';
import type { Action, TutorState } from '../../src/tutor/state.js';
import { testCourse } from '../fixtures/course.js';

const course = testCourse();
const run = (state: TutorState, ...actions: Action[]) => actions.reduce((current, action) => reduceTutor(course, current, action), state);
const start = () => initialState(course, emptyProgress());

describe('tutor reducer', () => {
  it('keeps the highlighted option of a list and forgets it on another step', () => {
    let state = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'last' }, { type: 'highlight', index: 1 });
    expect(state.listIndex).toBe(1);
    expect(run(state, { type: 'highlight', index: 1 })).toBe(state);
    state = run(state, { type: 'prev' });
    expect(state.listIndex).toBeNull();
  });

  it('starts on the menu and opens a lesson at its first step', () => {
    const state = run(start(), { type: 'openLesson', lessonIndex: 0 });
    expect(state).toMatchObject({ screen: 'lesson', lessonIndex: 0, stepIndex: 0 });
    expect(state.progress.lastLesson).toBe('basics');
    expect(state.progress.lessons.basics?.currentStep).toBe('welcome');
  });

  it('moves with next/prev/first/last and records the step id', () => {
    let state = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' }, { type: 'next' });
    expect(state.stepIndex).toBe(2);
    expect(state.progress.lessons.basics?.currentStep).toBe('which');
    expect(state.progress.lessons.basics?.completed).toEqual(['welcome']);
    state = run(state, { type: 'prev' });
    expect(state.stepIndex).toBe(1);
    state = run(state, { type: 'last' });
    expect(state.progress.lessons.basics?.currentStep).toBe('quiz');
    state = run(state, { type: 'first' });
    expect(state.stepIndex).toBe(0);
  });

  it('adopts progress read back from the file only when it differs from what the window shows', () => {
    const state = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' });
    // A save hands back a fresh copy of the same progress: nothing to redraw.
    expect(run(state, { type: 'adopt', progress: structuredClone(state.progress) })).toBe(state);
    const elsewhere = { ...structuredClone(state.progress), windows: '11' as const };
    const adopted = run(state, { type: 'adopt', progress: elsewhere });
    expect(adopted).not.toBe(state);
    expect(adopted.progress.windows).toBe('11');
  });

  it('returns the same state for no-ops', () => {
    const opened = run(start(), { type: 'openLesson', lessonIndex: 0 });
    expect(run(opened, { type: 'prev' })).toBe(opened);
    expect(run(opened, { type: 'complete' })).toBe(opened); // not a task step
    const menu = start();
    expect(run(menu, { type: 'next' })).toBe(menu); // on the menu
  });

  it('marks a task done and undone', () => {
    const onTask = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' });
    const done = run(onTask, { type: 'complete' });
    expect(done.progress.lessons.basics?.completed).toContain('do-thing');
    expect(run(done, { type: 'complete' }).progress.lessons.basics?.completed).not.toContain('do-thing');
  });

  it('remembers the Windows choice, and w switches it later', () => {
    const onChoice = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'goto', stepIndex: 2 });
    const chosen = run(onChoice, { type: 'choose', value: '10' });
    expect(chosen.progress.windows).toBe('10');
    expect(chosen.progress.lessons.basics?.completed).toContain('which');
    expect(run(chosen, { type: 'switchWindows' }).progress.windows).toBe('11');
    expect(run(onChoice, { type: 'choose', value: '12' })).toBe(onChoice);
  });

  it('records quiz answers; only a right answer completes the step', () => {
    const onQuiz = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'last' });
    const wrong = run(onQuiz, { type: 'answer', option: 0 });
    expect(wrong.progress.lessons.basics?.answers.quiz).toEqual({ option: 'wrong-answer' });
    expect(wrong.progress.lessons.basics?.completed).not.toContain('quiz');
    expect(wrong.scroll).toBe(SCROLL_END);
    const right = run(wrong, { type: 'answer', option: 1 });
    expect(right.progress.lessons.basics?.answers.quiz).toEqual({ option: 'right-answer' });
    expect(right.progress.lessons.basics?.completed).toContain('quiz');
  });

  it('finishes a lesson after its last step and goes on to the next lesson', () => {
    const finished = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'last' }, { type: 'next' });
    expect(finished.screen).toBe('finished');
    expect(finished.progress.lessons.basics?.finished).toBe(true);
    const next = run(finished, { type: 'nextLesson' });
    expect(next).toMatchObject({ screen: 'lesson', lessonIndex: 1, stepIndex: 0 });
    const pastEnd = run(next, { type: 'last' }, { type: 'next' }, { type: 'nextLesson' });
    expect(pastEnd.screen).toBe('menu');
  });

  it('resumes at the saved step, by id, after a restart', () => {
    const left = run(start(), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' }, { type: 'next' }, { type: 'menu' });
    expect(resumePoint(course, left.progress)).toEqual({ lessonIndex: 0, stepIndex: 2 });
    const restarted = initialState(course, left.progress, { lessonIndex: 0 });
    expect(restarted.stepIndex).toBe(2);
  });

  it('clamps scrolling to the content and toggles help', () => {
    const opened = run(start(), { type: 'openLesson', lessonIndex: 0 });
    const scrolled = run(opened, { type: 'scroll', delta: 5, max: 3 });
    expect(scrolled.scroll).toBe(3);
    expect(run(scrolled, { type: 'scroll', delta: -10, max: 3 }).scroll).toBe(0);
    const help = run(opened, { type: 'toggleHelp' });
    expect(help.help).toBe(true);
    expect(run(help, { type: 'toggleHelp' }).help).toBe(false);
  });
});
