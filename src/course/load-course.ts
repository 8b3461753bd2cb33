import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { LessonFingerprints } from './fingerprint.js';
import { parseLesson, type ParsedLesson } from './parse-lesson.js';
import { readRegularFile } from './read-regular-file.js';
import type { Course, Lesson, LessonError } from './types.js';

export const COURSE_TITLE = 'Link your Windows license to your Microsoft account';
/** Lessons are short; anything this big is a mistake (or an attack on the terminal). */
export const MAX_LESSON_BYTES = 512 * 1024;
const LESSON_FILE = /^(\d+)[-_].+\.md$/i;

export interface LoadedCourse {
  readonly course: Course;
  readonly errors: readonly LessonError[];
  readonly warnings: readonly LessonError[];
}

/** Why the lessons folder cannot be used: data the command says in the user's language. */
export class LessonsDirError extends Error {
  constructor(readonly reason: 'empty' | 'missing' | 'notFolder' | 'unreadable', readonly dir: string, readonly code = '') {
    super(`lessons folder ${JSON.stringify(dir)}: ${reason}${code === '' ? '' : ` (${code})`}`);
  }
}

/**
 * Earlier parses, by file and its exact bytes: size and modification time miss an edit that
 * keeps both (a same-length change, a copy that keeps times), and reading a file and comparing
 * its bytes costs far less than parsing it (no hash: loading node:crypto alone cost more).
 */
export interface ParsedLessonCache {
  lookup(file: string, bytes: Buffer): ParsedLesson | undefined;
  store(file: string, bytes: Buffer, parsed: ParsedLesson): void;
  /**
   * A value made from a lesson, kept with the very parse `lesson` came from (so with its bytes):
   * hashing every English step and comparing structures is most of what loading a translation costs.
   */
  kept?<K extends keyof KeptValues>(lesson: Lesson, name: K): KeptValues[K] | undefined;
  keep?<K extends keyof KeptValues>(lesson: Lesson, name: K, value: KeptValues[K]): void;
}

/** What the lesson cache keeps besides a parse: an English lesson's fingerprints, any lesson's structure key. */
export interface KeptValues {
  readonly fingerprints: LessonFingerprints;
  readonly structure: string;
}

/** Reads every lesson in `dir`, in numeric-prefix order, collecting all problems. */
export function loadCourse(dir: string, options: { readonly cache?: ParsedLessonCache } = {}): LoadedCourse {
  const files = listLessonFiles(dir);
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  const warnings: LessonError[] = [];
  const ids = new Map<string, string>();
  for (const name of files.unnumbered) {
    errors.push({ file: path.join(dir, name), line: 1, message: 'lesson file names must start with a number, e.g. 01-why-link.md' });
  }
  for (const name of files.ordered) {
    const file = path.join(dir, name);
    const parsed = readLesson(file, errors, options.cache);
    if (!parsed) continue;
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    if (!parsed.lesson) continue;
    const previous = ids.get(parsed.lesson.id);
    if (previous) {
      errors.push({ file, line: 2, message: `duplicate lesson id "${parsed.lesson.id}" (also used by ${previous})` });
      continue;
    }
    ids.set(parsed.lesson.id, file);
    lessons.push(parsed.lesson);
  }
  if (files.ordered.length === 0 && errors.length === 0) {
    errors.push({ file: dir, line: 1, message: 'no lesson files (*.md) found' });
  }
  return { course: { title: COURSE_TITLE, lessons }, errors, warnings };
}

/**
 * One lesson file read and parsed (through the cache when given); problems reading it go to
 * `errors`. `labelLanguage`: whose Windows words its label references hold (see parseLesson).
 * Only clean lessons are cached, so a file with problems is parsed (and reported) every time.
 */
export function readLesson(file: string, errors: LessonError[], cache?: ParsedLessonCache, labelLanguage?: string): ParsedLesson | null {
  const bytes = readLessonBytes(file, errors);
  if (!bytes) return null;
  const hit = cache?.lookup(file, bytes);
  if (hit) return hit;
  const text = decodeLesson(bytes, file, errors);
  if (text === null) return null;
  const parsed = parseSafely(text, file, labelLanguage);
  if (parsed.lesson && parsed.errors.length === 0) cache?.store(file, bytes, parsed);
  return parsed;
}

/** A parser failure (e.g. markdown nested thousands deep) is that file's problem, not a crash. */
function parseSafely(text: string, file: string, labelLanguage?: string): ParsedLesson {
  try {
    return parseLesson(text, file, labelLanguage);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { lesson: null, errors: [{ file, line: 1, message: `lesson cannot be parsed (${reason}); simplify deeply nested quotes or lists` }], warnings: [] };
  }
}

export function listLessonFiles(dir: string): { ordered: string[]; unnumbered: string[] } {
  if (dir === '') throw new LessonsDirError('empty', dir);
  let names: string[];
  try {
    // Dot-files are the system's or an editor's (macOS "._01-x.md", emacs ".#01-x.md"), never lessons.
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md') && !name.startsWith('.'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new LessonsDirError('missing', dir) : code === 'ENOTDIR' ? new LessonsDirError('notFolder', dir) : new LessonsDirError('unreadable', dir, code ?? 'error');
  }
  const ordered = names
    .filter((name) => LESSON_FILE.test(name))
    .sort((a, b) => Number(LESSON_FILE.exec(a)?.[1]) - Number(LESSON_FILE.exec(b)?.[1]) || a.localeCompare(b));
  const unnumbered = names.filter((name) => !LESSON_FILE.test(name) && !/^readme\.md$/i.test(name));
  return { ordered, unnumbered };
}

function readLessonBytes(file: string, errors: LessonError[]): Buffer | null {
  try {
    const read = readRegularFile(file, MAX_LESSON_BYTES);
    if (read.kind === 'ok') return read.bytes;
    const message = read.kind === 'too-large'
      ? `file is larger than ${MAX_LESSON_BYTES / 1024} KiB; split it into smaller lessons`
      : 'not a regular file (a folder, pipe or device); a lesson must be an ordinary .md file';
    errors.push({ file, line: 1, message });
    return null;
  } catch (error) {
    errors.push({ file, line: 1, message: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return null;
  }
}

function decodeLesson(bytes: Buffer, file: string, errors: LessonError[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    errors.push({ file, line: firstBadUtf8Line(bytes), message: 'file is not valid UTF-8; save it as UTF-8' });
    return null;
  }
}

function firstBadUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return 1;
}
