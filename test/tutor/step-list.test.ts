import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { emptyProgress } from '../../src/progress/model.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import type { Action, TutorState } from '../../src/tutor/state.js';
import { contextOf } from '../../src/tutor/context.js';
import { testCourse } from '../fixtures/course.js';

const course = testCourse();
const run = (state: TutorState, ...actions: Action[]) => actions.reduce((current, action) => reduceTutor(course, current, action), state);
const opened = () => run(initialState(course, emptyProgress()), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' }, { type: 'next' });

/** The first lesson with twelve steps, to type two-digit step numbers. */
function longCourse(): Course {
  const lesson = course.lessons[0];
  const step = lesson?.steps[0];
  if (!lesson || !step) throw new Error('no lesson');
  const steps = Array.from({ length: 12 }, (_, index) => ({ ...step, id: `s${index + 1}`, title: `Step ${index + 1}` }));
  return { ...course, lessons: [{ ...lesson, steps }] };
}

describe('step list (t)', () => {
  it('opens on the current step, moves, and Enter jumps there and records it', () => {
    let state = run(opened(), { type: 'toggleStepList' });
    expect(state).toMatchObject({ stepList: true, stepListIndex: 2 });
    expect(contextOf(course, state)).toBe('steps');
    state = run(state, { type: 'stepListMove', delta: -1 }, { type: 'stepListMove', delta: -1 }, { type: 'stepListJump' });
    expect(state).toMatchObject({ stepList: false, stepIndex: 0, screen: 'lesson' });
    expect(state.progress.lessons.basics?.currentStep).toBe('welcome');
  });

  it('a digit jumps to that step number; a digit past the end is ignored', () => {
    let state = run(opened(), { type: 'toggleStepList' }, { type: 'stepListDigit', digit: '9' });
    expect(state).toMatchObject({ stepList: true, stepIndex: 2 });
    state = run(state, { type: 'stepListDigit', digit: '5' });
    expect(state).toMatchObject({ stepList: false, stepIndex: 4 });
  });

  it('in a lesson of twelve steps, 1 then 2 is step 12, and 1 then Enter is step 1', () => {
    const long = longCourse();
    const go = (state: TutorState, ...actions: Action[]) => actions.reduce((current, action) => reduceTutor(long, current, action), state);
    const start = go(initialState(long, emptyProgress()), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' }, { type: 'toggleStepList' });
    const one = go(start, { type: 'stepListDigit', digit: '1' });
    expect(one).toMatchObject({ stepList: true, stepListIndex: 0, stepListTyped: '1' });
    expect(go(one, { type: 'stepListDigit', digit: '2' })).toMatchObject({ stepList: false, stepIndex: 11 });
    expect(go(one, { type: 'stepListJump' })).toMatchObject({ stepList: false, stepIndex: 0 });
    // "15" is no step: it starts over as "5".
    expect(go(one, { type: 'stepListDigit', digit: '5' })).toMatchObject({ stepList: false, stepIndex: 4 });
  });

  it('closes with t again, and the menu forgets it', () => {
    const state = run(opened(), { type: 'toggleStepList' });
    expect(run(state, { type: 'toggleStepList' })).toMatchObject({ stepList: false, stepIndex: 2 });
    expect(run(state, { type: 'menu' })).toMatchObject({ stepList: false, screen: 'menu' });
    expect(run(initialState(course, emptyProgress()), { type: 'toggleStepList' }).stepList).toBe(false);
  });
});
