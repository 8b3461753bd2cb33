import type { Lesson, StepKind } from '../course/types.js';
import type { PrivacyReading } from '../probes/privacy-probe.js';
import { privacyName } from '../probes/verify-phrases.js';
import type { LessonProgress } from '../progress/model.js';
import type { PrivacySnapshot } from './state.js';

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

/** How a privacy reading reads in the before/after summary. */
function stateText(reading: PrivacyReading): string {
  switch (reading.state) {
    case 'default':
      return "never changed (Windows' default)";
    case 'managed':
      return `${reading.effective ?? 'set'} (by a policy)`;
    default:
      return reading.state;
  }
}

/**
 * The privacy lesson's before/after: one line per setting whose reading changed between the
 * snapshot taken when the lesson opened and the read at its end. Unknown readings are left out
 * (they say nothing about the setting). Null while there is nothing to compare.
 */
export function privacyReport(snapshot: PrivacySnapshot | undefined): { readonly pending: boolean; readonly changes: readonly string[] } | null {
  if (!snapshot?.before) return null;
  if (!snapshot.after) return { pending: true, changes: [] };
  const changes = snapshot.after.flatMap((after) => {
    const before = snapshot.before?.find((reading) => reading.id === after.id);
    if (!before || before.state === 'unknown' || after.state === 'unknown') return [];
    const was = stateText(before);
    const now = stateText(after);
    return was === now ? [] : [`${privacyName(after.id)}: ${was} → ${now}`];
  });
  return { pending: false, changes };
}
