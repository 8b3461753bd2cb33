/**
 * A course's translation into one language: `<lessons>/<tag>/` holds files named like the
 * English ones. A translated file with problems is not used (its English lesson is shown) and
 * never stops the course; `validate` reports it.
 */
import path from 'node:path';
import { lessonFingerprints } from './fingerprint.js';
import { listLessonFiles, readLesson, type KeptValues, type ParsedLessonCache } from './load-course.js';
import { applyTranslation, structureKey } from './translation.js';
import type { Course, Lesson, LessonError } from './types.js';

export interface LoadedTranslation {
  /** The course with every usable translated lesson in place of its English one. */
  readonly course: Course;
  /** Translated files not used: unreadable, invalid, or not the English structure. */
  readonly errors: readonly LessonError[];
  /** Steps (and titles) shown in English because the English changed since they were translated. */
  readonly stale: readonly LessonError[];
  /** English lessons this language has no file for (shown in English). */
  readonly untranslated: readonly LessonError[];
}

/** `language`: the folder's tag (`de`, `pt-BR`) and the Windows language its label words are in. */
export function loadTranslation(dir: string, english: Course, language: { readonly text: string; readonly windows: string }, cache?: ParsedLessonCache): LoadedTranslation {
  const folder = path.join(dir, language.text);
  const none: LoadedTranslation = { course: english, errors: [], stale: [], untranslated: [] };
  let names: string[];
  try {
    names = listLessonFiles(folder).ordered;
  } catch {
    return none; // No such folder: this language has no lessons, only its UI words.
  }
  const byName = new Map(english.lessons.map((lesson) => [path.basename(lesson.file), lesson] as const));
  const errors: LessonError[] = [];
  const stale: LessonError[] = [];
  const translated = new Map<Lesson, Lesson>();
  for (const name of names) {
    const file = path.join(folder, name);
    const source = byName.get(name);
    if (!source) {
      errors.push({ file, line: 1, message: `translation of a lesson that does not exist: there is no ${path.join(dir, name)}` });
      continue;
    }
    const parsed = readLesson(file, errors, cache, language.windows);
    if (!parsed) continue;
    errors.push(...parsed.errors);
    if (!parsed.lesson) continue;
    // Through the cache, the structure keys tell at once that a translation has its English's structure.
    const sameStructure = cache !== undefined && keptValue(source, 'structure', cache) === keptValue(parsed.lesson, 'structure', cache);
    const applied = applyTranslation(source, parsed.lesson, { prints: keptValue(source, 'fingerprints', cache), sameStructure });
    errors.push(...applied.errors);
    stale.push(...applied.stale);
    if (applied.lesson) translated.set(source, applied.lesson);
  }
  const untranslated = english.lessons
    .filter((lesson) => !names.includes(path.basename(lesson.file)))
    .map((lesson) => ({ file: folder, line: 1, message: `no ${language.text} translation of ${path.basename(lesson.file)}; it is shown in English` }));
  return { course: { ...english, lessons: english.lessons.map((lesson) => translated.get(lesson) ?? lesson) }, errors, stale, untranslated };
}

const MAKE: { readonly [K in keyof KeptValues]: (lesson: Lesson) => KeptValues[K] } = { fingerprints: lessonFingerprints, structure: structureKey };

function keptValue<K extends keyof KeptValues>(lesson: Lesson, name: K, cache?: ParsedLessonCache): KeptValues[K] {
  const kept = cache?.kept?.(lesson, name);
  if (kept !== undefined) return kept;
  const value = MAKE[name](lesson);
  cache?.keep?.(lesson, name, value);
  return value;
}
