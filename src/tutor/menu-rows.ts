import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { resumePoint } from './lesson-status.js';

/** Values of the start screen's rows that are not lessons (lessons use their index). */
export const CONTINUE = -1;
export const QUIT = -2;

/** The start screen's rows, top to bottom: "Continue" first when there is saved progress, the lessons, Quit. */
export function menuRows(course: Course, progress: ProgressData): number[] {
  return [...(resumePoint(course, progress) ? [CONTINUE] : []), ...course.lessons.map((_lesson, index) => index), QUIT];
}
