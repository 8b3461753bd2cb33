import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'winlink-recover-'));
const fileIn = (cwd: string) => path.join(cwd, 'config.json');
const asideIn = (cwd: string) => readdirSync(cwd).filter((name) => name.startsWith('config.json.corrupt-')).sort();
const at = (iso: string) => () => new Date(iso);

function progressAt(lesson: string, step: string, time: number): ProgressData {
  return { ...emptyProgress(), lastLesson: lesson, updatedAt: time, lessons: { [lesson]: { ...emptyLessonProgress(step), updatedAt: time } } };
}

describe('corrupt or hand-edited progress', () => {
  const valid = JSON.stringify(progressAt('why-link', 'benefits', 5));
  it.each([
    ['invalid JSON', '{ not json'],
    ['a write cut short', valid.slice(0, valid.length / 2)],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['lessons of the wrong type', '{"version":1,"lessons":5}'],
    ['an unknown Windows version', '{"version":1,"windows":"12","lessons":{}}'],
    ['a negative step index', valid.replace('"currentIndex":0', '"currentIndex":-1')],
    ['completed steps as text', valid.replace('"completed":[]', '"completed":"all"')],
    ['a version-1 lesson missing fields', '{"version":1,"lessons":{"a":{"currentStep":"x"}}}'],
    ['a newer version', valid.replace('"version":1', '"version":2')],
    ['a version written as text', valid.replace('"version":1', '"version":"1"')],
  ])('moves aside %s, keeps its bytes and starts fresh', (_name, content) => {
    const cwd = tempDir();
    writeFileSync(fileIn(cwd), content);
    const store = openProgressStore({ cwd });
    expect(store.load()).toEqual(emptyProgress());
    expect(store.notice).toMatch(/could not be read, so it was moved to .*config\.json\.corrupt-/);
    const [aside] = asideIn(cwd);
    expect(aside && readFileSync(path.join(cwd, aside), 'utf8')).toBe(content);
  });

  it('tells the user once, however often the app loads and saves afterwards', () => {
    const cwd = tempDir();
    // Bytes that are not even UTF-8 must come back exactly.
    const original = Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22, 0x0a, 0x7d]);
    writeFileSync(fileIn(cwd), original);
    const store = openProgressStore({ cwd, now: at('2026-11-25T10:00:00Z') });
    const notice = store.notice;
    expect(notice).toContain('config.json.corrupt-2026-11-25T10-00-00-000Z');
    for (let step = 1; step <= 3; step++) {
      store.load();
      store.save(progressAt('why-link', `step-${step}`, step));
      expect(store.notice).toBe(notice);
    }
    expect(asideIn(cwd)).toEqual(['config.json.corrupt-2026-11-25T10-00-00-000Z']);
    expect(readFileSync(path.join(cwd, 'config.json.corrupt-2026-11-25T10-00-00-000Z'))).toEqual(original);

    // The next run finds a good file: no notice again.
    const next = openProgressStore({ cwd });
    expect(next.notice).toBeNull();
    expect(next.load().lessons['why-link']?.currentStep).toBe('step-3');
  });

  it('keeps every copy when the file breaks twice in the same instant', () => {
    const cwd = tempDir();
    writeFileSync(fileIn(cwd), 'first');
    const store = openProgressStore({ cwd, now: at('2026-11-25T10:00:00Z') });
    // An editor breaks it again while the tutorial runs.
    writeFileSync(fileIn(cwd), 'second');
    store.save(progressAt('a', 'a1', 1));
    const copies = asideIn(cwd).map((name) => readFileSync(path.join(cwd, name), 'utf8'));
    expect(copies.sort()).toEqual(['first', 'second']);
    expect(openProgressStore({ cwd }).load().lessons.a?.currentStep).toBe('a1');
  });
});

describe('older progress files', () => {
  // Version 0: no `version`, no `windowsUpdatedAt`; lessons held only the step and completed ones.
  const versionZero = {
    windows: '11',
    lastLesson: 'link-license',
    updatedAt: 1700,
    lessons: {
      'why-link': { currentStep: 'recap', completed: ['benefits', 'recap'], finished: true },
      'link-license': { currentStep: 'open-settings' },
    },
  };

  it.each([
    ['without a version field', versionZero],
    ['with version 0', { ...versionZero, version: 0 }],
  ])('upgrades version 0 %s instead of discarding it', (_name, stored) => {
    const cwd = tempDir();
    writeFileSync(fileIn(cwd), JSON.stringify(stored));
    const store = openProgressStore({ cwd });
    const expected: ProgressData = {
      version: 1,
      windows: '11',
      windowsUpdatedAt: 1700,
      lastLesson: 'link-license',
      updatedAt: 1700,
      lessons: {
        'why-link': { currentStep: 'recap', currentIndex: 0, completed: ['benefits', 'recap'], answers: {}, finished: true, updatedAt: 1700 },
        'link-license': { currentStep: 'open-settings', currentIndex: 0, completed: [], answers: {}, finished: false, updatedAt: 1700 },
      },
    };
    expect(store.load()).toEqual(expected);
    expect(store.notice).toBeNull();
    expect(asideIn(cwd)).toEqual([]);

    // The first save writes the current version, merged with the upgraded lessons.
    store.save(progressAt('privacy', 'dashboard', 2000));
    const written = JSON.parse(readFileSync(fileIn(cwd), 'utf8')) as ProgressData;
    expect(written.version).toBe(1);
    expect(Object.keys(written.lessons).sort()).toEqual(['link-license', 'privacy', 'why-link']);
    expect(openProgressStore({ cwd }).notice).toBeNull();
  });

  it('still treats a version-0 file with wrong types as corrupt', () => {
    const cwd = tempDir();
    writeFileSync(fileIn(cwd), JSON.stringify({ lessons: { a: { currentStep: 'x', completed: 5 } } }));
    const store = openProgressStore({ cwd });
    expect(store.notice).toMatch(/moved to/);
    expect(store.load()).toEqual(emptyProgress());
  });
});
