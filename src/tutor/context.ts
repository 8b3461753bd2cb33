import type { Course } from '../course/types.js';
import type { Context } from './keymap.js';
import type { TutorState } from './state.js';

/** Which keys apply right now: the help overlay, the step kind, or the screen. */
export function contextOf(course: Course, state: TutorState): Context {
  if (state.help) return 'help';
  if (state.screen !== 'lesson') return state.screen;
  return course.lessons[state.lessonIndex]?.steps[state.stepIndex]?.kind ?? 'text';
}
