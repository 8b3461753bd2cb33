import { LessonsDirError, loadCourse } from '../course/load-course.js';
import { formatLessonError } from '../course/types.js';
import { fail, type CommandResult } from './command-result.js';

/** `validate [dir]`: every problem as file:line: message; exit 1 on any error. */
export function runValidate(dir: string): CommandResult {
  let loaded;
  try {
    loaded = loadCourse(dir);
  } catch (error) {
    if (error instanceof LessonsDirError) return fail(`winlink-tutor: ${error.message}\n`);
    throw error;
  }
  const lines = [
    ...loaded.errors.map(formatLessonError),
    ...loaded.warnings.map((warning) => formatLessonError({ ...warning, message: `warning: ${warning.message}` })),
  ];
  const steps = loaded.course.lessons.reduce((sum, lesson) => sum + lesson.steps.length, 0);
  if (loaded.errors.length > 0) {
    const count = loaded.errors.length;
    return { stdout: `${lines.join('\n')}\n`, stderr: `${count} problem${count === 1 ? '' : 's'} found in ${dir}\n`, code: 1 };
  }
  const summary = `${loaded.course.lessons.length} lessons, ${steps} steps: OK${loaded.warnings.length ? ` (${loaded.warnings.length} warnings)` : ''}`;
  return { stdout: `${[...lines, summary].join('\n')}\n`, stderr: '', code: 0 };
}
