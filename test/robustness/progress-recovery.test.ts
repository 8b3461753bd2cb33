import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeFile } from '../../src/progress/file-format.js';
import { emptyProgress } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';
import { atStep, change, tempDir } from '../progress/helpers.js';
import { sayEnglish } from '../../src/i18n/say.js';

const fileIn = (dir: string) => path.join(dir, 'config.json');
const asideIn = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('config.json.corrupt-')).sort();
const at = (iso: string) => () => new Date(iso);

describe('corrupt or hand-edited progress', () => {
  const valid = serializeFile({ counter: 3, courses: { builtin: atStep('why-link', 'benefits')(emptyProgress()) } }).replace(/\s+/g, '');
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
    ['a version written as text', valid.replace('"version":2', '"version":"2"')],
    ['an infinite counter', valid.replace('"counter":3', '"counter":1e999')],
    ['another program\'s JSON', '{"compilerOptions":{"strict":true}}'],
    ['an unknown marker', valid.replace('winlink-tutor-progress', 'something-else')],
  ])('moves aside %s, keeps its bytes and starts fresh', (_name, content) => {
    const dir = tempDir();
    writeFileSync(fileIn(dir), content);
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual(emptyProgress());
    expect(sayEnglish(store.notice!)).toMatch(/could not be read \(.+\), so it was moved to .*config\.json\.corrupt-/);
    const [aside] = asideIn(dir);
    expect(aside && readFileSync(path.join(dir, aside), 'utf8')).toBe(content);
  });

  it('tells the user once, however often the app loads and saves afterwards', () => {
    const dir = tempDir();
    // Bytes that are not even UTF-8 must come back exactly.
    const original = Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22, 0x0a, 0x7d]);
    writeFileSync(fileIn(dir), original);
    const store = openProgressStore({ dir, now: at('2026-11-25T10:00:00Z') });
    store.load();
    const notice = sayEnglish(store.notice!);
    expect(notice).toContain('config.json.corrupt-2026-11-25T10-00-00-000Z');
    for (let step = 1; step <= 3; step++) {
      change(store, atStep('why-link', `step-${step}`));
      expect(sayEnglish(store.notice!)).toBe(notice);
    }
    expect(asideIn(dir)).toEqual(['config.json.corrupt-2026-11-25T10-00-00-000Z']);
    expect(readFileSync(path.join(dir, 'config.json.corrupt-2026-11-25T10-00-00-000Z'))).toEqual(original);

    // The next run finds a good file: no notice again.
    const next = openProgressStore({ dir });
    expect(next.load().lessons['why-link']?.currentStep).toBe('step-3');
    expect(next.notice).toBeNull();
  });

  it('keeps every copy when the file breaks twice in the same instant', () => {
    const dir = tempDir();
    writeFileSync(fileIn(dir), 'first');
    const store = openProgressStore({ dir, now: at('2026-11-25T10:00:00Z') });
    const loaded = store.load();
    // An editor breaks it again while the tutorial runs.
    writeFileSync(fileIn(dir), 'second');
    change(store, atStep('a', 'a1'), loaded);
    const copies = asideIn(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
    expect(copies.sort()).toEqual(['first', 'second']);
    expect(openProgressStore({ dir }).load().lessons.a?.currentStep).toBe('a1');
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
  const versionOne = {
    version: 1,
    windows: '10',
    windowsUpdatedAt: 5,
    lastLesson: 'recap',
    // A clock far in the future (or a hand edit) wrote this; timestamps are ignored now.
    updatedAt: '1e999',
    lessons: { recap: { currentStep: 'q2', currentIndex: 1, completed: ['q1'], answers: { q1: { choice: 2, correct: true } }, finished: false, updatedAt: 9 } },
  };

  it.each([
    ['without a version field', versionZero],
    ['with version 0', { ...versionZero, version: 0 }],
  ])('upgrades version 0 %s instead of discarding it', (_name, stored) => {
    const dir = tempDir();
    writeFileSync(fileIn(dir), JSON.stringify(stored));
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual({
      ...emptyProgress(),
      windows: '11',
      lastLesson: 'link-license',
      lessons: {
        'why-link': { currentStep: 'recap', currentIndex: 0, completed: ['benefits', 'recap'], answers: {}, finished: true },
        'link-license': { currentStep: 'open-settings', currentIndex: 0, completed: [], answers: {}, finished: false },
      },
    });
    expect(store.notice).toBeNull();
    expect(asideIn(dir)).toEqual([]);

    // The first save writes the current version, with the upgraded lessons kept.
    change(store, atStep('privacy', 'dashboard'));
    const written = JSON.parse(readFileSync(fileIn(dir), 'utf8')) as { version: number; courses: { builtin: { lessons: object } } };
    expect(written.version).toBe(2);
    expect(Object.keys(written.courses.builtin.lessons).sort()).toEqual(['link-license', 'privacy', 'why-link']);
    expect(openProgressStore({ dir }).notice).toBeNull();
  });

  it('upgrades version 1, with an infinite timestamp, quiz answers by position, and never writes null back', () => {
    const dir = tempDir();
    writeFileSync(fileIn(dir), JSON.stringify(versionOne).replace('"1e999"', '1e999'));
    const store = openProgressStore({ dir });
    expect(store.load().lessons.recap).toEqual({ currentStep: 'q2', currentIndex: 1, completed: ['q1'], answers: { q1: { option: '#2' } }, finished: false });
    expect(store.notice).toBeNull();
    change(store, atStep('recap', 'q3', ['q1', 'q2']));
    expect(readFileSync(fileIn(dir), 'utf8')).not.toMatch(/null,?\s*"lessons"|updatedAt/);
    const next = openProgressStore({ dir });
    expect(next.load().lessons.recap?.currentStep).toBe('q3');
    expect(next.notice).toBeNull();
    expect(asideIn(dir)).toEqual([]);
  });

  it('still treats a version-0 file with wrong types as corrupt', () => {
    const dir = tempDir();
    writeFileSync(fileIn(dir), JSON.stringify({ lessons: { a: { currentStep: 'x', completed: 5 } } }));
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual(emptyProgress());
    expect(sayEnglish(store.notice!)).toMatch(/moved to/);
  });
});
