/**
 * N2 (reliability review 2026-12): the progress folder (or all of ~/.config) deleted while a
 * window is open was never created again: every later save failed with ENOENT and the window's
 * changes were lost at quit. It is created again, as a new start would, and the window says so.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { courseScope } from '../../../src/progress/course-scope.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { testCourse } from '../../fixtures/course.js';
import { atStep, change, tempDir } from '../helpers.js';
import { openWindow, type Window } from '../window-harness.js';
import { sayEnglish } from '../../../src/i18n/say.js';

const course = testCourse();
const open: Window[] = [];
afterEach(() => {
  for (const window of open.splice(0)) window.close();
});

it('a store whose folder was deleted creates it again on the next save, and says so', () => {
  const config = tempDir();
  const dir = path.join(config, 'winlink-tutor');
  const store = openProgressStore({ dir });
  change(store, atStep('a', 'a1'));
  rmSync(config, { recursive: true, force: true });
  expect(change(store, atStep('a', 'a2')).lessons.a?.currentStep).toBe('a2');
  expect(openProgressStore({ dir }).load().lessons.a?.currentStep).toBe('a2');
  expect(sayEnglish(store.notice!)).toMatch(/^The progress folder was deleted; it was created again \(.*winlink-tutor\)\.$/);
});

it('the repro: a window keeps saving after `rm -rf` of its progress folder, and tells the user', async () => {
  const config = tempDir();
  const dir = path.join(config, 'winlink-tutor');
  const window = openWindow(dir, course);
  open.push(window);
  await window.type('1', 'n');
  rmSync(dir, { recursive: true, force: true });
  await window.type('n');
  expect(window.sync.pending).toBe(0);
  expect(existsSync(path.join(dir, 'config.json'))).toBe(true);
  const saved = openProgressStore({ dir, course: courseScope(course, '/test-course', '/test-course') }).load();
  expect(saved.lessons.basics?.currentIndex).toBe(2);
  expect(window.frame().replace(/\s+/g, ' ')).toMatch(/The progress folder was deleted; it was created again/);
  expect(window.frame()).not.toMatch(/Could not save/);
});
