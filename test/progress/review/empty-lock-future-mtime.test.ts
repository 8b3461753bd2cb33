/**
 * R05c: an empty lock (a window killed between creating the lock and writing its pid) whose
 * mtime is in the future (the clock was stepped back after it was left: NTP fixing a wrong
 * clock, a CMOS reset) is never "older than 1 s": every save is refused as busy until the clock
 * catches up (here: a day).
 */
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LockBusyError } from '../../../src/progress/file-lock.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { atStep, change, tempDir } from '../helpers.js';

it('an empty left-over lock from "tomorrow" is taken over once this process has seen it unchanged for 2 s', () => {
  const dir = tempDir();
  const lock = path.join(dir, 'config.json.lock');
  writeFileSync(lock, '');
  const tomorrow = new Date(Date.now() + 86_400_000);
  utimesSync(lock, tomorrow, tomorrow);
  const store = openProgressStore({ dir });
  const loaded = store.load();
  expect(() => store.apply([{ change: { kind: 'windows', value: '10' }, generation: 0, lessonGeneration: 0 }], 10)).toThrow(LockBusyError);
  expect(change(store, atStep('a', 'a1'), loaded).lessons.a?.currentStep).toBe('a1');
});
