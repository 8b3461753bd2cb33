/**
 * R01: a counter (or generation) at Number.MAX_SAFE_INTEGER is accepted on read, one save writes
 * MAX_SAFE+1, and the next read calls the file "not ours" and moves all progress aside.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openProgressStore } from '../../../src/progress/store.js';
import { atStep, change, tempDir } from '../helpers.js';

const file = (counter: number, generation: number) =>
  JSON.stringify({
    format: 'winlink-tutor-progress', version: 2, counter,
    courses: { builtin: { generation, lessonGenerations: {}, windows: '11', lastLesson: 'a',
      lessons: { a: { currentStep: 's9', currentIndex: 9, completed: ['s1', 's2'], answers: {}, finished: false } } } },
  });

it.each([
  ['counter', Number.MAX_SAFE_INTEGER, 0],
  ['generation (via reset)', 1, Number.MAX_SAFE_INTEGER],
])('%s at MAX_SAFE_INTEGER: the next save wraps it instead of making the file unreadable', (what, counter, generation) => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'config.json'), file(counter, generation));
  const first = openProgressStore({ dir });
  expect(first.load().lessons.a?.currentStep).toBe('s9'); // accepted as ours
  if (what === 'counter') change(first, atStep('b', 'x1'));
  else first.reset();
  const second = openProgressStore({ dir });
  const after = second.load();
  expect(readdirSync(dir).some((n) => n.includes('.corrupt-'))).toBe(false);
  expect(second.notice).toBeNull();
  if (what === 'counter') expect(after.lessons.a?.currentStep).toBe('s9');
});
