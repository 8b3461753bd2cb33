// The shipped course as the English screen shows it, for tests that pin what a lesson says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localizeCourse } from '../../src/course/label-refs.js';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';

/** Label references become English Windows' words, as on an English screen. */
export const englishCourse = localizeCourse(loadCourse(DEFAULT_LESSONS_DIR).course, 'en-US', (label) => label);

/** Bold markers dropped and whitespace folded, so a test can match a sentence across line breaks. */
export const flat = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ');

/** One step's body, flattened. */
export function step(lessonId: string, stepId: string): string {
  const found = englishCourse.lessons.find((lesson) => lesson.id === lessonId)?.steps.find((candidate) => candidate.id === stepId);
  if (found === undefined) throw new Error(`${lessonId}/${stepId} is missing`);
  return flat(found.body);
}

/** A lesson file's SOURCES comment. */
export function sources(file: string): string {
  const text = readFileSync(path.join(DEFAULT_LESSONS_DIR, file), 'utf8');
  return text.slice(text.indexOf('<!-- SOURCES'));
}
