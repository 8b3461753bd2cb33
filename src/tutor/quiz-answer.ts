import type { Course, QuizOption, QuizStep } from '../course/types.js';
import { own, savedLesson, type QuizAnswer } from '../progress/model.js';
import type { TutorState } from './state.js';

/**
 * The option a saved answer refers to, by id. Progress from before option ids (versions 0 and 1)
 * says `#n` for the n-th option. An answer whose option is gone counts as not answered.
 */
export function answeredOption(step: QuizStep, answer: QuizAnswer | undefined): { option: QuizOption; index: number } | null {
  if (!answer) return null;
  const legacy = /^#(\d+)$/.exec(answer.option);
  const index = legacy ? Number(legacy[1]) : step.options.findIndex((option) => option.id === answer.option);
  const option = step.options[index];
  return option ? { option, index } : null;
}

/**
 * The quiz or choice options on screen and the highlighted one, from the tutor state alone, so
 * a key that arrives before the next frame is read against the step it lands on. Until a key
 * moves the highlight it is on the saved answer (a choice: the saved, else the detected version).
 */
export function highlightedOption(course: Course, state: TutorState): { readonly count: number; readonly index: number } {
  const lesson = course.lessons[state.lessonIndex];
  const step = state.screen === 'lesson' ? lesson?.steps[state.stepIndex] : undefined;
  if (!lesson || (step?.kind !== 'quiz' && step?.kind !== 'choice')) return { count: 0, index: 0 };
  let initial: number;
  if (step.kind === 'quiz') {
    const saved = savedLesson(state.progress, lesson.id);
    initial = answeredOption(step, saved ? own(saved.answers, step.id) : undefined)?.index ?? 0;
  } else {
    const detected = own(state.probes, 'windows.version')?.value ?? undefined;
    const preselect = state.progress.windows ?? detected;
    initial = Math.max(0, step.options.findIndex((option) => option.value === preselect));
  }
  const count = step.options.length;
  return { count, index: Math.min(state.listIndex ?? initial, Math.max(0, count - 1)) };
}
