// Checks the error-code table on its own and against a course, for `validate`.
import type { Course } from '../course/types.js';
import { CODE_PATTERN } from './error-code-lookup.js';
import type { ErrorCodeEntry } from './error-codes.js';

const FILE = 'src/windows/error-codes.ts';

/** Problems in the table itself: malformed or duplicate codes, empty fields, non-https sources. */
export function checkErrorCodeTable(table: readonly ErrorCodeEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of table) {
    if (!CODE_PATTERN.test(entry.code)) problems.push(`${FILE}: error code "${entry.code}" is not 0x and 8 upper-case hex digits`);
    if (seen.has(entry.code)) problems.push(`${FILE}: error code ${entry.code} is listed twice`);
    seen.add(entry.code);
    for (const field of ['name', 'summary', 'meaning', 'advice', 'lesson', 'step'] as const) {
      if (entry[field].trim() === '') problems.push(`${FILE}: error code ${entry.code} has an empty ${field}`);
    }
    if (!entry.source.startsWith('https://')) problems.push(`${FILE}: error code ${entry.code} needs an https:// source`);
  }
  return problems;
}

/**
 * Every lesson/step the table points at must exist in the course. `requireLessons` is false for
 * another course folder: a lesson it does not have is fine there, a step missing from a lesson
 * it does have is not.
 */
export function checkErrorCodeLinks(table: readonly ErrorCodeEntry[], course: Course, requireLessons: boolean): string[] {
  const problems: string[] = [];
  for (const entry of table) {
    const lesson = course.lessons.find((candidate) => candidate.id === entry.lesson);
    if (lesson === undefined) {
      if (requireLessons) problems.push(`${FILE}: error code ${entry.code} points to lesson "${entry.lesson}", which does not exist`);
      continue;
    }
    if (!lesson.steps.some((step) => step.id === entry.step)) {
      problems.push(`${FILE}: error code ${entry.code} points to step "${entry.step}", which lesson "${entry.lesson}" (${lesson.file}) does not have`);
    }
  }
  return problems;
}
