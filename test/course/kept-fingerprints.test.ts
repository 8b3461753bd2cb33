import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonFingerprints } from '../../src/course/fingerprint.js';
import { openLessonCache } from '../../src/course/lesson-cache.js';
import { loadCourse, readLesson } from '../../src/course/load-course.js';
import { loadTranslation } from '../../src/course/load-translation.js';
import { applyTranslation, structureKey } from '../../src/course/translation.js';
import type { Lesson } from '../../src/course/types.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';

// Every SHA-256 the course code computes, counted: a translation's fingerprint check hashes each
// English step, and a warm start should not.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/course/sha256.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/course/sha256.js')>();
  return {
    ...real,
    sha256Hex: (text: string) => {
      hashes.count++;
      return real.sha256Hex(text);
    },
  };
});

const LANGUAGES = [
  { text: 'de', windows: 'de-DE' },
  { text: 'es', windows: 'es-ES' },
  { text: 'fr', windows: 'fr-FR' },
  { text: 'ja', windows: 'ja-JP' },
  { text: 'pt-BR', windows: 'pt-BR' },
] as const;

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
let lessons: string;
let cacheDir: string;

beforeEach(() => {
  lessons = temp('winlink-kept-prints-');
  cpSync(DEFAULT_LESSONS_DIR, lessons, { recursive: true });
  cacheDir = temp('winlink-kept-prints-cache-');
});

/** A start without any cache: what every cached start must give. */
function afresh(language: (typeof LANGUAGES)[number]) {
  const loaded = loadCourse(lessons);
  expect(loaded.errors).toEqual([]);
  return loadTranslation(lessons, loaded.course, language);
}

/** One start through the cache (read, then saved, as the CLI does); `hashes` counts its SHA-256s. */
function cachedStart(language: (typeof LANGUAGES)[number]) {
  const cache = openLessonCache(lessons, '1.0.0', cacheDir);
  const loaded = loadCourse(lessons, { cache });
  cache.save();
  hashes.count = 0;
  const translation = loadTranslation(lessons, loaded.course, language, cache);
  cache.save();
  return translation;
}

describe('structure keys (translation.ts)', () => {
  it('are equal exactly when applyTranslation finds no structure error', () => {
    const english = loadCourse(lessons).course;
    let pairs = 0;
    for (const language of LANGUAGES) {
      for (const source of english.lessons) {
        const own = readLesson(path.join(lessons, language.text, path.basename(source.file)), [], undefined, language.windows)?.lesson;
        if (!own) throw new Error(`no ${language.text} translation of ${source.file}`);
        const [first, second, ...rest] = own.steps;
        const variants: Lesson[] = [
          own,
          { ...own, minutes: own.minutes + 1 },
          { ...own, id: `${own.id}-x` },
          { ...own, steps: [second!, first!, ...rest] },
          { ...own, steps: own.steps.slice(1) },
          { ...own, steps: own.steps.map((step, at) => (at === 0 ? { ...step, id: `${step.id}-x` } : step)) },
          { ...own, steps: own.steps.map((step) => (step.kind === 'task' ? { ...step, open: 'ms-settings:other' } : step)) },
          { ...own, steps: own.steps.map((step, at) => (at === 1 ? { ...step, body: `${step.body}\n::: windows 10\nx\n:::` } : step)) },
          { ...own, steps: own.steps.map((step, at) => (at === 0 ? { ...step, body: `${step.body} [Settings](label:settings)` } : step)) },
        ];
        for (const variant of variants) {
          expect(structureKey(variant) === structureKey(source), `${language.text} ${own.id}`).toBe(applyTranslation(source, variant).errors.length === 0);
          pairs++;
        }
        expect(structureKey(own)).toBe(structureKey(source));
      }
    }
    expect(pairs).toBe(5 * 7 * 9);
  });
});

describe("an English lesson's fingerprints kept in the lesson cache", () => {
  it.each(LANGUAGES)('a second start in $text hashes no English step and loads the same translation as a start without cache', (language) => {
    const expected = afresh(language);
    expect(expected.errors).toEqual([]);
    expect(cachedStart(language)).toEqual(expected);
    expect(hashes.count).toBeGreaterThan(0);
    expect(cachedStart(language)).toEqual(expected);
    expect(hashes.count).toBe(0);
  });

  it('an English edit that keeps the size is seen: the edited step is shown in English, as without the cache', () => {
    const language = LANGUAGES[0];
    cachedStart(language);
    const file = path.join(lessons, '01-why-link.md');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('walks you through', 'takes you through');
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    const expected = afresh(language);
    expect(expected.stale.map((item) => item.message)).toEqual([expect.stringContaining('step "welcome" translates an older English text')]);
    expect(cachedStart(language)).toEqual(expected);
    expect(expected.course.lessons[0]?.steps[0]).toMatchObject({ id: 'welcome', untranslated: true });
  });

  it('an English edit that changes the structure (same size) makes the translation unusable, as without the cache', () => {
    const language = LANGUAGES[1];
    cachedStart(language);
    const file = path.join(lessons, '01-why-link.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 6', 'minutes: 7'));
    const expected = afresh(language);
    expect(expected.errors.map((error) => error.message)).toEqual(['translation: minutes 6 differs from the English 7']);
    expect(cachedStart(language)).toEqual(expected);
    expect(cachedStart(language)).toEqual(expected);
  });

  it('kept fingerprints of the wrong shape are not used: they are made again, and the translation is the same', () => {
    const language = LANGUAGES[3];
    const expected = afresh(language);
    cachedStart(language);
    const name = readdirSync(cacheDir).find((each) => each.startsWith('lessons-')) ?? '';
    const bytes = readFileSync(path.join(cacheDir, name));
    const end = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.toString('utf8', 0, end)) as { entries: Record<string, { kept?: { fingerprints?: unknown; structure?: unknown } }> };
    const kept = Object.values(header.entries).filter((entry) => entry.kept?.fingerprints !== undefined);
    expect(kept).toHaveLength(7);
    // Structure keys: the English lessons' and the translations'.
    expect(Object.values(header.entries).filter((entry) => typeof entry.kept?.structure === 'string')).toHaveLength(14);
    const wrong = [{ front: 'TODO', steps: [] }, { front: '0123456789ab', steps: ['x'] }, 'abc', null, { front: '0123456789ab' }, { front: '0123456789ab', steps: [] }, [1]];
    kept.forEach((entry, index) => {
      entry.kept = { fingerprints: wrong[index], structure: index % 2 === 0 ? 7 : null };
    });
    writeFileSync(path.join(cacheDir, name), Buffer.concat([Buffer.from(JSON.stringify(header)), bytes.subarray(end)]));
    expect(cachedStart(language)).toEqual(expected);
    expect(hashes.count).toBeGreaterThan(0);
  });

  it('are given only for the very lesson the cache read or stored, never for an equal one parsed elsewhere', () => {
    const cache = openLessonCache(lessons, '1.0.0', cacheDir);
    const loaded = loadCourse(lessons, { cache });
    const own = loaded.course.lessons[0]!;
    const prints = lessonFingerprints(own);
    cache.keep?.(own, 'fingerprints', prints);
    expect(cache.kept?.(own, 'fingerprints')).toEqual(prints);
    const elsewhere = loadCourse(lessons).course.lessons[0]!;
    expect(elsewhere).toEqual(own);
    expect(cache.kept?.(elsewhere, 'fingerprints')).toBeUndefined();
  });
});
