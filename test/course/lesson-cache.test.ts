import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** The one cache file in `cacheDir`. */
function cacheFile(cacheDir: string): string {
  const names = readdirSync(cacheDir).filter((name) => name.startsWith('lessons-'));
  expect(names).toHaveLength(1);
  return path.join(cacheDir, names[0] ?? '');
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

describe('a lesson cache that cannot be trusted', () => {
  /** Replaces what each cached entry holds with `garbage`, keeping the rest of the entry as it is. */
  function tamper(cacheDir: string, garbage: (parsed: unknown) => unknown): void {
    const file = cacheFile(cacheDir);
    const bytes = readFileSync(file);
    const end = bytes.indexOf(0x0a);
    const data = JSON.parse(bytes.toString('utf8', 0, end)) as { entries: Record<string, { parsed: unknown }> };
    for (const entry of Object.values(data.entries)) entry.parsed = garbage(entry.parsed);
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(data)), bytes.subarray(end)]));
  }

  const GARBAGE: readonly (readonly [string, (parsed: unknown) => unknown])[] = [
    ['an empty object', () => ({})],
    ['null', () => null],
    ['a lesson without steps', (parsed) => ({ ...(parsed as object), lesson: { id: 'x', title: 'X' } })],
    ['steps that are text', (parsed) => ({ ...(parsed as object), lesson: { ...(parsed as { lesson: object }).lesson, steps: 'oops' } })],
    ['a step of an unknown kind', (parsed) => {
      const lesson = (parsed as { lesson: { steps: object[] } }).lesson;
      return { ...(parsed as object), lesson: { ...lesson, steps: lesson.steps.map((step) => ({ ...step, kind: 'video' })) } };
    }],
    ['errors that are not a list', (parsed) => ({ ...(parsed as object), errors: 'none' })],
  ];

  it.each(GARBAGE)('entries holding %s are ignored, parsed again and rewritten', (_name, garbage) => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    fillCache(lessons, cacheDir);
    tamper(cacheDir, garbage);
    const reparsed = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    const loaded = loadCourse(lessons, { cache: reparsed.cache });
    expect(loaded).toEqual(loadCourse(lessons));
    expect(reparsed.parsed).toHaveLength(7);
    fillCache(lessons, cacheDir);
    const next = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    expect(loadCourse(lessons, { cache: next.cache })).toEqual(loadCourse(lessons));
    expect(next.parsed).toEqual([]);
  });

  it.each([['[]'], ['null'], ['"text"'], ['{"key": 1, "entries": []}'], ['{not json']])('a cache file holding %s is ignored', (content) => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    fillCache(lessons, cacheDir);
    const [name] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, name ?? ''), content);
    expect(loadCourse(lessons, { cache: openLessonCache(lessons, '1.0.0', cacheDir) })).toEqual(loadCourse(lessons));
  });

  it('a cut-short file or entries pointing outside the kept bytes only cost a parse', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    const fresh = loadCourse(lessons);
    fillCache(lessons, cacheDir);
    const file = cacheFile(cacheDir);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 10));
    const cut = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    expect(loadCourse(lessons, { cache: cut.cache })).toEqual(fresh);
    expect(cut.parsed).toEqual(['07-recap.md']);
    const end = whole.indexOf(0x0a);
    const data = JSON.parse(whole.toString('utf8', 0, end)) as { entries: Record<string, { offset: unknown; length: unknown }> };
    const odd: readonly (readonly [unknown, unknown])[] = [[-1, 5], [0, -1], [1e300, 1], ['0', 10], [0.5, 10], [null, 10], [0, whole.length]];
    Object.values(data.entries).forEach((entry, index) => {
      [entry.offset, entry.length] = odd[index % odd.length] ?? [];
    });
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(data)), whole.subarray(end)]));
    const bad = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    expect(loadCourse(lessons, { cache: bad.cache })).toEqual(fresh);
    expect(bad.parsed).toHaveLength(7);
  });

  it('kept bytes that differ from the file are never used, whatever the entry says', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    fillCache(lessons, cacheDir);
    const file = cacheFile(cacheDir);
    const whole = readFileSync(file);
    // One byte of the kept text of every lesson changes; the lessons themselves stay as they are.
    const end = whole.indexOf(0x0a);
    const data = JSON.parse(whole.toString('utf8', 0, end)) as { entries: Record<string, { offset: number }> };
    const tampered = Buffer.from(whole);
    for (const entry of Object.values(data.entries)) {
      const at = end + 1 + entry.offset;
      tampered[at] = (tampered[at] ?? 0) ^ 0x20;
    }
    writeFileSync(file, tampered);
    const next = counting(openLessonCache(lessons, '1.0.0', cacheDir));
    expect(loadCourse(lessons, { cache: next.cache })).toEqual(loadCourse(lessons));
    expect(next.parsed).toHaveLength(7);
  });

  it('an edit that keeps the size and the modification time is seen', () => {
    const lessons = lessonsCopy();
    const cacheDir = temp('winlink-cache-');
    const file = path.join(lessons, '07-recap.md');
    // A whole second, so setting it again restores it exactly (an editor or a copy may do that).
    const stamp = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, stamp, stamp);
    fillCache(lessons, cacheDir);
    const before = readFileSync(file, 'utf8');
    const title = /^title: (.+)$/m.exec(before)?.[1] ?? '';
    const edited = before.replace(`title: ${title}`, `title: ${'X'.repeat(title.length)}`);
    expect(edited.length).toBe(before.length);
    writeFileSync(file, edited);
    utimesSync(file, stamp, stamp);
    expect(statSync(file).mtimeMs).toBe(stamp.getTime());
    const loaded = loadCourse(lessons, { cache: openLessonCache(lessons, '1.0.0', cacheDir) });
    expect(loaded.course.lessons.at(-1)?.title).toBe('X'.repeat(title.length));
  });
});
