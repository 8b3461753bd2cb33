import type { Course, Lesson } from '../course/types.js';
import { savedLesson, type ProgressData } from '../progress/model.js';
import type { Styles } from '../text/styles.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { lessonStatus, resolveStepIndex, resumePoint, STATUS_TEXT } from '../tutor/lesson-status.js';
import { CONTINUE } from './menu-values.js';

/** "in progress, step 3 of 8", "done", "not started". */
export function lessonStateText(progress: ProgressData, lesson: Lesson): string {
  const status = lessonStatus(progress, lesson);
  if (status !== 'in-progress') return STATUS_TEXT[status];
  return `in progress, step ${resolveStepIndex(lesson, savedLesson(progress, lesson.id)) + 1} of ${lesson.steps.length}`;
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
export function lessonSummaryLines(course: Course, progress: ProgressData, value: number, columns: number, room: number, styles: Styles): string[] {
  const index = value === CONTINUE ? (resumePoint(course, progress)?.lessonIndex ?? -1) : value;
  const lesson = course.lessons[index];
  if (!lesson || room <= 0) return [];
  const about = `About ${lesson.minutes} min · ${lessonStateText(progress, lesson)}`;
  if (room === 1) return [styles.dim(truncateLine(`${about} · ${lesson.summary}`, columns))];
  const summary = wrapLines(lesson.summary, columns);
  const shown = summary.slice(0, room - 1);
  if (summary.length > shown.length) shown[shown.length - 1] = truncateLine(`${shown.at(-1) ?? ''} ${summary[shown.length] ?? ''}`, columns);
  return [styles.dim(truncateLine(about, columns)), ...shown];
}
