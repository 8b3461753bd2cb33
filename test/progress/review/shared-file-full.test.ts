/**
 * R21: all courses share one file with an 8 MB cap, and progress of --lessons-dir courses is
 * never pruned (not even when the folder is gone). Once other courses fill it, the shipped
 * course can never save again: every save (and every 500 ms retry) parses and serializes ~8 MB
 * and fails with "the progress file would grow too large".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/progress/progress-file.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { atStep, change, tempDir } from '../helpers.js';

it('progress of a deleted lessons folder is dropped, so it cannot fill the file and block the shipped course', () => {
  const dir = tempDir();
  const lessons: Record<string, unknown> = {};
  for (let l = 0; l < 3000; l++) {
    const steps = Array.from({ length: 40 }, (_, s) => `lesson-${l}-step-${s}-some-title`);
    lessons[`lesson-${l}-a-reasonably-named-lesson`] = { currentStep: steps[39], currentIndex: 39, completed: steps, answers: {}, finished: true };
  }
  const other = { generation: 0, lessonGenerations: {}, windows: null, lastLesson: null, lessons };
  const text = (pad: string) => JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses: { 'dir:/home/me/old-course-i-deleted': { ...other, lastLesson: pad } } }, null, '\t');
  // Just under the cap, as saved by that course's last session.
  const pad = 'x'.repeat(MAX_FILE_BYTES - 200 - Buffer.byteLength(text('')));
  writeFileSync(path.join(dir, 'config.json'), text(pad));
  const store = openProgressStore({ dir });
  let error = '';
  try {
    change(store, atStep('why-link', 'welcome'));
  } catch (e) {
    error = String(e);
  }
  expect(error).toBe('');
  expect(readFileSync(path.join(dir, 'config.json'), 'utf8')).not.toContain('old-course-i-deleted');
});
