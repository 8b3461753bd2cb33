import type { Course, Lesson } from '../course/types.js';
import { savedLesson, type ProgressData } from '../progress/model.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { Styles } from '../text/styles.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { lessonStatus, resolveStepIndex, resumePoint } from '../tutor/lesson-status.js';
import { CONTINUE } from '../tutor/menu-rows.js';

/** "in progress, step 3 of 8", "done", "not started". */
export function lessonStateText(progress: ProgressData, lesson: Lesson, t: Translate = english): string {
  const status = lessonStatus(progress, lesson);
  if (status !== 'in-progress') return t(`lesson.status.${status}`);
  return t('lesson.status.at', { step: resolveStepIndex(lesson, savedLesson(progress, lesson.id)) + 1, steps: lesson.steps.length });
}

/** How many lines the start screen gives the highlighted lesson's summary: none when short. */
export function summaryRoom(rows: number): number {
  if (rows >= 18) return 4;
  if (rows >= 12) return 2;
  return rows >= 9 ? 1 : 0;
}

/**
 * What the start screen says about the highlighted row (a lesson, or the lesson "Continue"
 * opens): minutes and state, then its summary, in at most `room` lines. A summary cut short
 * ends with "…", so nothing is left out without saying so.
 */
export function lessonSummaryLines(course: Course, progress: ProgressData, value: number, columns: number, room: number, styles: Styles, t: Translate = english): string[] {
  const index = value === CONTINUE ? (resumePoint(course, progress)?.lessonIndex ?? -1) : value;
  const lesson = course.lessons[index];
  if (!lesson || room <= 0) return [];
  const about = t('menu.about', { minutes: lesson.minutes, state: lessonStateText(progress, lesson, t) });
  if (room === 1) return [styles.dim(truncateLine(`${about} · ${lesson.summary}`, columns))];
  const summary = wrapLines(lesson.summary, columns);
  const shown = summary.slice(0, room - 1);
  if (summary.length > shown.length) shown[shown.length - 1] = truncateLine(`${shown.at(-1) ?? ''} ${summary[shown.length] ?? ''}`, columns);
  return [styles.dim(truncateLine(about, columns)), ...shown];
}
