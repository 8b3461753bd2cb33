import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../course/types.js';
import { BUILTIN_COURSE } from './file-format.js';
import type { CourseOutline } from './ops.js';
import type { CourseScope } from './store.js';

/**
 * Progress belongs to the course it was made in: the shipped course keeps one key wherever npx
 * installed it (a new version must find the old progress); another lesson folder gets its own,
 * so `reset --lessons-dir X` or a lesson id reused elsewhere never touches the shipped course.
 */
export function courseScope(course: Course, lessonsDir: string, builtinDir: string): CourseScope {
  const dir = real(lessonsDir);
  const key = dir === real(builtinDir) ? BUILTIN_COURSE : `dir:${dir}`;
  const outline: CourseOutline = new Map(course.lessons.map((lesson) => [lesson.id, new Set(lesson.steps.map((step) => step.id))]));
  return { key, outline };
}

function real(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return path.resolve(dir);
  }
}
