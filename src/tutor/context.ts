import type { Course } from '../course/types.js';
import type { Context } from './keymap.js';
import type { TutorState } from './state.js';

/** Which keys apply right now: the help overlay, the step kind, or the screen. */
export function contextOf(course: Course, state: TutorState): Context {
  if (state.help) return 'help';
  if (state.languages) return 'languages';
  if (state.search) return 'search';
  if (state.stepList && state.screen !== 'menu') return 'steps';
  if (state.screen !== 'lesson') return state.screen;
  const step = course.lessons[state.lessonIndex]?.steps[state.stepIndex];
  // The error-code lookup has its own key for typing a code.
  if (step?.kind === 'check' && step.show === 'error-code') return 'lookup';
  // Recording this PC before a hardware change has its own keys (r record, l linked).
  if (step?.kind === 'check' && step.show === 'hardware') return 'hardware';
  return step?.kind ?? 'text';
}
