/**
 * N4 (reliability review 2026-12): with two npx versions side by side, this release moved a newer
 * release's progress file aside (even `list` did), and silently dropped fields a newer build had
 * added within version 2 (as `confirmed` and `hardware` once were; a language choice is next).
 * An older build keeps what it does not understand and writes it back untouched; a file in a
 * format it cannot write safely is left alone, with a message that says so and what to do.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { NewerFormatError } from '../../../src/progress/file-format.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { assertBuilt, runCli } from '../../robustness/helpers/cli.js';
import { atStep, change, tempDir } from '../helpers.js';

const newer = '{"format":"winlink-tutor-progress","version":3,"counter":9,"courses":{"builtin":{"generation":0,"lessonGenerations":{},"windows":null,"lastLesson":"why-link","lessons":{"why-link":{"currentStep":"quiz-oem","currentIndex":7,"completed":[],"answers":{},"finished":false}},"hardware":null}}}';
const withNewFields =
  '{"format":"winlink-tutor-progress","version":2,"counter":9,"language":"de","courses":{"builtin":{"generation":0,"lessonGenerations":{},"windows":null,"lastLesson":"why-link","lessons":{"why-link":{"currentStep":"quiz-oem","currentIndex":7,"completed":[],"answers":{},"finished":false,"futureField":[1]}},"hardware":null,"newField":1}}}';

function configWith(text: string): { configHome: string; file: string } {
  const configHome = tempDir('winlink-n4-');
  const file = path.join(configHome, 'winlink-tutor', 'config.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { configHome, file };
}

it('the repro: `list` and `reset` leave a newer release\'s file where and as it is, and say why', () => {
  assertBuilt();
  const { configHome, file } = configWith(newer);
  const list = runCli(['list'], { configHome });
  expect(list.code).toBe(0);
  expect(list.stderr).toMatch(/saved by a newer winlink-tutor \(progress format 3; this version reads format 2\).*npx winlink-tutor@latest/);
  const reset = runCli(['reset', '1', '--yes'], { configHome });
  expect(reset.code).toBe(1);
  expect(reset.stderr).toMatch(/nothing was changed: Your progress was saved by a newer winlink-tutor/);
  const where = runCli(['where'], { configHome });
  expect([where.code, where.stdout]).toEqual([0, `${file}\n`]);
  expect(readFileSync(file, 'utf8')).toBe(newer);
  expect(readdirSync(path.dirname(file))).toEqual(['config.json']);
});

it('a newer file that appears mid-session is never written over: the save fails with the reason and the change waits', () => {
  const dir = tempDir();
  const store = openProgressStore({ dir });
  change(store, atStep('why-link', 'welcome'));
  writeFileSync(store.path, newer);
  expect(() => change(store, atStep('why-link', 'benefits'))).toThrow(NewerFormatError);
  expect(readFileSync(store.path, 'utf8')).toBe(newer);
  expect(() => openProgressStore({ dir })).toThrow(/newer winlink-tutor/);
});

it('the repro: fields a newer build added within version 2 survive `reset 2`, at every level', () => {
  assertBuilt();
  const { configHome, file } = configWith(withNewFields);
  const reset = runCli(['reset', '2', '--yes'], { configHome });
  expect(reset.code).toBe(0);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { language: string; courses: { builtin: { newField: number; lessons: { 'why-link': { futureField: number[]; currentStep: string } } } } };
  expect(saved.language).toBe('de');
  expect(saved.courses.builtin.newField).toBe(1);
  expect(saved.courses.builtin.lessons['why-link']).toMatchObject({ futureField: [1], currentStep: 'quiz-oem' });
});

it('a course this build cannot read (another course\'s bad field) is written back untouched, and the rest is used', () => {
  const dir = tempDir();
  const odd = { generation: 'soon', lessons: 5, somethingNew: true };
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses: { 'dir:/mnt/share/course': odd, builtin: { generation: 0, lessonGenerations: {}, windows: '11', lastLesson: null, lessons: {} } } }),
  );
  const store = openProgressStore({ dir });
  expect(store.load().windows).toBe('11');
  change(store, atStep('why-link', 'welcome'));
  expect(store.notice).toBeNull();
  const saved = JSON.parse(readFileSync(store.path, 'utf8')) as { courses: Record<string, unknown> };
  expect(saved.courses['dir:/mnt/share/course']).toEqual(odd);
  expect(readdirSync(dir)).toEqual(['config.json']);
});
