import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLessonCache } from '../../src/course/lesson-cache.js';
import { loadCourse, type ParsedLessonCache } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

function lessonsCopy(): string {
  const dir = temp('winlink-lessons-');
  cpSync(DEFAULT_LESSONS_DIR, dir, { recursive: true });
  return dir;
}

/** Counts how often each file was parsed rather than taken from the cache. */
function counting(cache: ParsedLessonCache) {
  const parsed: string[] = [];
  return {
    parsed,
    cache: {
      lookup: cache.lookup.bind(cache),
      store: (file: string, stamp: Parameters<ParsedLessonCache['store']>[1], value: Parameters<ParsedLessonCache['store']>[2]) => {
        parsed.push(path.basename(file));
        cache.store(file, stamp, value);
      },
    } satisfies ParsedLessonCache,
  };
}

/** One start of version 1.0.0: parses every lesson and writes the cache. */
function fillCache(lessons: string, cacheDir: string): void {
  const cache = openLessonCache(lessons, '1.0.0', cacheDir);
  loadCourse(lessons, { cache });
  cache.save();
}

describe('parsed lesson cache', () => {
  it('gives the same course from the cache as from the files', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    const fresh = loadCourse(lessons);
    fillCache(lessons, cacheDir);
    const second = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    const cached = loadCourse(lessons, { cache: second.cache });
    expect(second.parsed).toEqual([]);
    expect(cached).toEqual(fresh);
  });

  it('parses a file again when it changed, and never caches a lesson with problems', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    fillCache(lessons, cacheDir);
    const file = path.join(lessons, '07-recap.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: ', 'titel: '));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const next = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    const loaded = loadCourse(lessons, { cache: next.cache });
    expect(loaded.errors.map((error) => error.message)).toContain('front matter: missing title');
    expect(next.parsed).toEqual([]);
  });

  it('ignores a cache written by another version', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    fillCache(lessons, cacheDir);
    const other = counting(openLessonCache(lessons, '2.0.0', cacheDir));
    loadCourse(lessons, { cache: other.cache });
    expect(other.parsed).toHaveLength(7);
  });
});
