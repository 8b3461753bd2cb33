/**
 * The course in each text language, loaded when first asked for: English as loaded, a
 * translation laid over it (lessons/<tag>/). A language switch on the start screen asks again;
 * each language is read from disk once per run.
 */
import { loadTranslation } from '../course/load-translation.js';
import type { ParsedLessonCache } from '../course/load-course.js';
import type { Course } from '../course/types.js';
import { windowsLanguageFor } from './language.js';
import { translator } from './ui-strings.js';

/** The course before its labels are put in, in one text language ("en", "de", "pt-BR"). */
export type CourseTexts = (textLanguage: string) => Course;

export function courseTexts(dir: string, english: Course, cache?: ParsedLessonCache & { save?(): void }): CourseTexts {
  const loaded = new Map<string, Course>([['en', english]]);
  return (text) => {
    let course = loaded.get(text);
    if (!course) {
      const translated = loadTranslation(dir, english, { text, windows: windowsLanguageFor(text) ?? 'en-US' }, cache).course;
      course = { ...translated, title: translator(text)('course.title') };
      cache?.save?.();
      loaded.set(text, course);
    }
    return course;
  };
}
