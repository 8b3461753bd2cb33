/**
 * Old finding #30, still "partly" in the reliability review 2026-12: one bad field moved the
 * whole progress file aside, so every course started over. Now a bad entry of another course is
 * kept as it is, and a bad entry of this course sets the file aside (a full copy) while the other
 * courses keep their progress.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openProgressStore } from '../../../src/progress/store.js';
import { atStep, change, tempDir } from '../helpers.js';
import { sayEnglish } from '../../../src/i18n/say.js';

const good = { generation: 0, lessonGenerations: {}, windows: '10', lastLesson: 'one', lessons: { one: { currentStep: 'b', currentIndex: 1, completed: [], answers: {}, finished: false } } };
const bad = { ...good, generation: 'x' };

it("a bad field in this course's entry sets the file aside but keeps the other courses' progress", () => {
  const dir = tempDir();
  const original = JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 4, courses: { builtin: bad, 'dir:/mnt/usb/course': good } });
  writeFileSync(path.join(dir, 'config.json'), original);
  const store = openProgressStore({ dir });
  expect(store.load().lessons).toEqual({});
  expect(sayEnglish(store.notice!)).toMatch(/generation must be a whole number\), so it was moved to .*config\.json\.corrupt-.* and this course starts fresh; the other courses keep their progress\.$/);
  change(store, atStep('why-link', 'welcome'));
  const saved = JSON.parse(readFileSync(store.path, 'utf8')) as { courses: Record<string, unknown> };
  expect(saved.courses['dir:/mnt/usb/course']).toEqual({ ...good, hardware: null });
  expect(saved.courses.builtin).toMatchObject({ lastLesson: 'why-link' });
  const aside = readdirSync(dir).filter((name) => name.startsWith('config.json.corrupt-'));
  expect(aside.map((name) => readFileSync(path.join(dir, name), 'utf8'))).toEqual([original]);
});

it("a bad field in another course's entry changes nothing for this one, and that entry is written back as it was", () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 4, courses: { builtin: good, 'dir:/mnt/usb/course': bad } }));
  const store = openProgressStore({ dir });
  expect(store.load().lessons.one?.currentStep).toBe('b');
  change(store, atStep('one', 'c'));
  expect(store.notice).toBeNull();
  const saved = JSON.parse(readFileSync(store.path, 'utf8')) as { courses: Record<string, unknown> };
  expect(saved.courses['dir:/mnt/usb/course']).toEqual(bad);
  expect(readdirSync(dir)).toEqual(['config.json']);
});
