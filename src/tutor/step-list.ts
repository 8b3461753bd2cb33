import type { Lesson } from '../course/types.js';
import type { Action, TutorState } from './state.js';

export const CLOSED_STEP_LIST = { stepList: false, stepListIndex: 0, stepListTyped: '' } as const;

type StepListAction = Extract<Action, { type: 'toggleStepList' | 'stepListMove' | 'stepListDigit' | 'stepListJump' }>;

/** The step list's new state, and the step to jump to (null: stay in the list or on the step). */
export interface StepListResult {
  readonly state: TutorState;
  readonly jumpTo: number | null;
}

/**
 * The lesson's step list: opens on the current step; ↑↓ move; Enter jumps to the highlighted
 * step; digits are step numbers. In a lesson of ten or more steps "1" waits for a second digit
 * when one could follow ("1" then "2" is step 12), and Enter takes the "1" alone.
 */
export function reduceStepList(lesson: Lesson, state: TutorState, action: StepListAction): StepListResult {
  const count = lesson.steps.length;
  const stay = (next: TutorState): StepListResult => ({ state: next, jumpTo: null });
  if (action.type === 'toggleStepList') {
    if (state.stepList) return stay({ ...state, stepList: false, stepListTyped: '' });
    // On the end screen the list starts at the last step.
    const current = state.screen === 'finished' ? count - 1 : state.stepIndex;
    return stay({ ...state, stepList: true, help: false, stepListIndex: Math.max(0, current), stepListTyped: '' });
  }
  if (!state.stepList || count === 0) return stay(state);
  switch (action.type) {
    case 'stepListMove':
      return stay({ ...state, stepListIndex: (((state.stepListIndex + action.delta) % count) + count) % count, stepListTyped: '' });
    case 'stepListJump':
      return { state: { ...state, stepList: false, stepListTyped: '' }, jumpTo: state.stepListIndex };
    case 'stepListDigit': {
      const typed = state.stepListTyped + action.digit;
      const number = Number(typed);
      if (number < 1 || number > count) {
        // A digit that makes no step starts over from itself, or is ignored.
        return action.digit === typed ? stay(state) : reduceStepList(lesson, { ...state, stepListTyped: '' }, action);
      }
      // Jump now unless another digit could still make a larger step number.
      if (number * 10 > count) return { state: { ...state, stepList: false, stepListTyped: '' }, jumpTo: number - 1 };
      return stay({ ...state, stepListIndex: number - 1, stepListTyped: typed });
    }
  }
}
