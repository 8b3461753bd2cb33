import type { Course } from '../course/types.js';
import { english, type Translate } from '../i18n/ui-strings.js';

/** A lesson by id or 1-based number, as users type it on the command line. */
export function findLessonIndex(course: Course, query: string): number {
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const index = Number(trimmed) - 1;
    return index >= 0 && index < course.lessons.length ? index : -1;
  }
  return course.lessons.findIndex((lesson) => lesson.id === trimmed);
}

export function unknownLessonMessage(course: Course, query: string, t: Translate = english): string {
  const lessons = course.lessons.map((lesson, index) => `${index + 1} ${lesson.id}`).join(', ');
  return `winlink-tutor: ${t('cli.noLesson', { query, lessons })}`;
}
