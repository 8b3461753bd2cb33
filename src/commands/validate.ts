import path from 'node:path';
import { LessonsDirError, loadCourse } from '../course/load-course.js';
import { loadTranslation } from '../course/load-translation.js';
import { formatLessonError } from '../course/types.js';
import { windowsLanguageFor } from '../i18n/language.js';
import { TEXT_LANGUAGES } from '../i18n/ui-strings.js';
import { DEFAULT_LESSONS_DIR } from '../paths.js';
import { checkErrorCodeLinks, checkErrorCodeTable, checkLessonCodes } from '../windows/error-code-checks.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../windows/error-codes.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { fail, type CommandResult } from './command-result.js';

export interface ErrorCodeData {
  readonly table: readonly ErrorCodeEntry[];
  /** The course the table's lesson links must all exist in. */
  readonly shippedDir: string;
}

/**
 * `validate [dir]`: every problem as file:line: message; exit 1 on any error. The framing lines
 * come from the UI catalog; the problems themselves are for lesson authors, in English.
 */
export function runValidate(dir: string, codes: ErrorCodeData = { table: ERROR_CODES, shippedDir: DEFAULT_LESSONS_DIR }, t: Translate = english): CommandResult {
  let loaded;
  try {
    loaded = loadCourse(dir);
  } catch (error) {
    if (error instanceof LessonsDirError) return fail(`winlink-tutor: ${lessonsDirMessage(error, t)}\n`);
    throw error;
  }
  const translations = TEXT_LANGUAGES.filter((text) => text !== 'en').map((text) => loadTranslation(dir, loaded.course, { text, windows: windowsLanguageFor(text) ?? 'en-US' }));
  const translationErrors = translations.flatMap((translation) => translation.errors);
  const translationWarnings = translations.flatMap((translation) => [...translation.untranslated, ...translation.stale]);
  // The error-code table ships with the program; its links are checked against the course too.
  const shipped = path.resolve(dir) === path.resolve(codes.shippedDir);
  const codeErrors = [
    ...checkErrorCodeTable(codes.table),
    ...checkErrorCodeLinks(codes.table, loaded.course, shipped),
    // Only the shipped course must tell the same story as the table; another course may name other codes.
    ...(shipped ? checkLessonCodes(codes.table, loaded.course) : []),
  ];
  const lines = [
    ...loaded.errors.map(formatLessonError),
    ...translationErrors.map(formatLessonError),
    ...codeErrors,
    ...[...loaded.warnings, ...translationWarnings].map((warning) => formatLessonError({ ...warning, message: t('validate.warning', { message: warning.message }) })),
  ];
  const steps = loaded.course.lessons.reduce((sum, lesson) => sum + lesson.steps.length, 0);
  const count = loaded.errors.length + translationErrors.length + codeErrors.length;
  if (count > 0) {
    return { stdout: `${lines.join('\n')}\n`, stderr: `${t('validate.problems', { count, dir })}\n`, code: 1 };
  }
  const warningCount = loaded.warnings.length + translationWarnings.length;
  const counts = { lessons: loaded.course.lessons.length, steps, count: warningCount };
  const summary = t(warningCount ? 'validate.okWarnings' : 'validate.ok', counts);
  return { stdout: `${[...lines, summary].join('\n')}\n`, stderr: '', code: 0 };
}

/** Why the lessons folder cannot be used, in the user's language. */
export function lessonsDirMessage(error: LessonsDirError, t: Translate): string {
  return t(`lessonsDir.${error.reason}`, { dir: error.dir, code: error.code });
}
