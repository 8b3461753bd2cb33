import type { Course, Lesson } from '../course/types.js';
import { savedLesson, type LessonProgress, type ProgressData } from '../progress/model.js';

export type LessonStatus = 'done' | 'in-progress' | 'new';

export function lessonStatus(progress: ProgressData, lesson: Lesson): LessonStatus {
  const saved = savedLesson(progress, lesson.id);
  if (!saved) return 'new';
  return saved.finished ? 'done' : 'in-progress';
}

/** Where a saved position lands today: by step id, else the same index, clamped. */
export function resolveStepIndex(lesson: Lesson, saved: LessonProgress | undefined): number {
  if (!saved || lesson.steps.length === 0) return 0;
  const byId = lesson.steps.findIndex((step) => step.id === saved.currentStep);
  if (byId >= 0) return byId;
  return Math.min(Math.max(0, saved.currentIndex), lesson.steps.length - 1);
}

export interface ResumePoint {
  readonly lessonIndex: number;
  readonly stepIndex: number;
}

/**
 * What "Continue" offers: the last lesson touched if unfinished, else the next unfinished
 * lesson after it. Null when nothing was saved yet or everything is done.
 */
export function resumePoint(course: Course, progress: ProgressData): ResumePoint | null {
  const lastIndex = course.lessons.findIndex((lesson) => lesson.id === progress.lastLesson);
  const touched = Object.keys(progress.lessons).length > 0;
  if (!touched) return null;
  const order = lastIndex >= 0 ? [...course.lessons.keys()].map((i) => (i + lastIndex) % course.lessons.length) : [...course.lessons.keys()];
  for (const index of order) {
    const lesson = course.lessons[index];
    if (!lesson || lessonStatus(progress, lesson) === 'done') continue;
    return { lessonIndex: index, stepIndex: resolveStepIndex(lesson, savedLesson(progress, lesson.id)) };
  }
  return null;
}

export function lessonsDone(course: Course, progress: ProgressData): number {
  return course.lessons.filter((lesson) => lessonStatus(progress, lesson) === 'done').length;
}
