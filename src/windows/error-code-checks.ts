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

const flat = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * The shipped lessons and the table must agree: every code a lesson names is in the table, and a
 * lesson's bullet for a code ("- **0x…**: …") uses the table's one-line meaning, so `why` and the
 * lesson never tell two stories.
 */
export function checkLessonCodes(table: readonly ErrorCodeEntry[], course: Course): string[] {
  const problems: string[] = [];
  const known = new Map(table.map((entry) => [entry.code, entry]));
  for (const lesson of course.lessons) {
    for (const step of lesson.steps) {
      for (const match of step.body.matchAll(/0x[0-9a-f]{8}/gi)) {
        const code = `0x${match[0].slice(2).toUpperCase()}`;
        if (!known.has(code)) problems.push(`${lesson.file}:${step.line}: error code ${code} is not in ${FILE} (add it there, so \`why\` knows it)`);
      }
      for (const [, code, text] of step.body.matchAll(/^\s*- \*\*(0x[0-9A-F]{8})\*\*:([\s\S]*?)(?=^\s*- |^\s*$|(?![\s\S]))/gm)) {
        const entry = known.get(code ?? '');
        if (entry !== undefined && !flat(text ?? '').includes(flat(entry.summary))) {
          problems.push(`${lesson.file}:${step.line}: the bullet for ${entry.code} does not say the table's meaning "${entry.summary}"`);
        }
      }
    }
  }
  return problems;
}
