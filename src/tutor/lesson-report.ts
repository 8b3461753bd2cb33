import type { Course, Lesson, StepKind } from '../course/types.js';
import type { PrivacyReading } from '../probes/privacy-probe.js';
import type { Translate } from '../i18n/ui-strings.js';
import { isConfirmed, savedLesson, type LessonProgress, type ProgressData } from '../progress/model.js';
import type { PrivacySnapshot } from './state.js';
import { privacyName } from './verify-words.js';

export interface SkippedStep {
  readonly index: number;
  readonly title: string;
  /** Why it counts as skipped follows from its kind (the catalog's skipped.<kind>). */
  readonly kind: StepKind;
}

/**
 * What a lesson's end screen reports: steps done, and the ones skipped (tasks not ticked,
 * questions not answered right, choices not made), in lesson order.
 */
export function lessonReport(lesson: Lesson, saved: LessonProgress | undefined): { done: number; skipped: SkippedStep[] } {
  const completed = new Set(saved?.completed ?? []);
  const skipped = lesson.steps.flatMap((step, index) => (completed.has(step.id) ? [] : [{ index, title: step.title, kind: step.kind }]));
  return { done: lesson.steps.length - skipped.length, skipped };
}

/** How a privacy reading reads in the before/after summary. */
function stateText(reading: PrivacyReading, t: Translate): string {
  if (reading.state !== 'managed') return t(`privacy.state.${reading.state}`);
  return reading.effective === null ? t('privacy.setByPolicy') : t('privacy.byPolicy', { state: t(`privacy.state.${reading.effective}`) });
}

/**
 * The privacy lesson's before/after: one line per setting whose reading changed between the
 * snapshot taken when the lesson opened and the read at its end. Unknown readings are left out
 * (they say nothing about the setting). Null while there is nothing to compare. `windowsLanguage`:
 * the Windows display language whose labels name the settings ("de-DE").
 */
export function privacyReport(snapshot: PrivacySnapshot | undefined, t: Translate, windowsLanguage: string): { readonly pending: boolean; readonly changes: readonly string[] } | null {
  if (!snapshot?.before) return null;
  if (!snapshot.after) return { pending: true, changes: [] };
  const changes = snapshot.after.flatMap((after) => {
    const before = snapshot.before?.find((reading) => reading.id === after.id);
    if (!before || before.state === 'unknown' || after.state === 'unknown') return [];
    const was = stateText(before, t);
    const now = stateText(after, t);
    return was === now ? [] : [t('privacy.changeLine', { name: privacyName(after.id, t, windowsLanguage), was, now })];
  });
  return { pending: false, changes };
}

/** What the whole course's tasks and questions came to: the last lesson's end says it. */
export interface CourseChecks {
  readonly tasks: number;
  readonly tasksDone: number;
  /** Ticked tasks Windows itself confirmed (verify lines). */
  readonly confirmed: number;
  readonly questions: number;
  readonly answered: number;
  /** A record of this PC was made before a hardware change. */
  readonly hardwareRecorded: boolean;
}

export function courseChecks(course: Course, progress: ProgressData): CourseChecks {
  let tasks = 0;
  let tasksDone = 0;
  let confirmed = 0;
  let questions = 0;
  let answered = 0;
  for (const lesson of course.lessons) {
    const saved = savedLesson(progress, lesson.id);
    const completed = new Set(saved?.completed ?? []);
    for (const step of lesson.steps) {
      if (step.kind === 'task') {
        tasks++;
        if (completed.has(step.id)) tasksDone++;
        if (isConfirmed(saved, step.id)) confirmed++;
      } else if (step.kind === 'quiz') {
        questions++;
        if (completed.has(step.id)) answered++;
      }
    }
  }
  return { tasks, tasksDone, confirmed, questions, answered, hardwareRecorded: progress.hardware !== null };
}

/** The course summary in one sentence: what you checked. */
export function courseChecksLine(checks: CourseChecks, t: Translate): string {
  const values = { done: checks.tasksDone, tasks: checks.tasks, confirmed: checks.confirmed, answered: checks.answered, questions: checks.questions };
  const line = t(checks.confirmed > 0 ? 'course.checksConfirmed' : 'course.checks', values);
  return checks.hardwareRecorded ? `${line} ${t('course.hardwareRecorded')}` : line;
}
