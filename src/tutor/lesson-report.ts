import type { Lesson, StepKind } from '../course/types.js';
import type { LessonProgress } from '../progress/model.js';

export interface SkippedStep {
  readonly index: number;
  readonly title: string;
  readonly why: string;
}

/** Why a step that is not done counts as skipped, in the words the end screen uses. */
const WHY: Readonly<Record<StepKind, string>> = {
  task: 'task not ticked',
  quiz: 'question not answered right',
  choice: 'no answer chosen',
  text: 'not read',
  check: 'not looked at',
};

/**
 * What a lesson's end screen reports: steps done, and the ones skipped (tasks not ticked,
 * questions not answered right, choices not made), in lesson order.
 */
export function lessonReport(lesson: Lesson, saved: LessonProgress | undefined): { done: number; skipped: SkippedStep[] } {
  const completed = new Set(saved?.completed ?? []);
  const skipped = lesson.steps.flatMap((step, index) => (completed.has(step.id) ? [] : [{ index, title: step.title, why: WHY[step.kind] }]));
  return { done: lesson.steps.length - skipped.length, skipped };
}
