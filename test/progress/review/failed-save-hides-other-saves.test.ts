/**
 * R09: a save that fails after reading the file under the lock (disk full, EACCES on the temp
 * file, "would grow too large") records that file's stamp and counter as "seen" without the
 * window ever adopting it. changed() is then false, refresh() returns null, and the window keeps
 * acting on its old view while the failure lasts: README "Before each key a window picks up what
 * other windows saved" does not hold, a reset made elsewhere is not shown, and every key the
 * user presses in that time is later dropped as "made before a reset it had not seen".
 */
import * as nodeFs from 'node:fs';
import { expect, it } from 'vitest';
import { emptyLessonProgress, withEntry, type ProgressData } from '../../../src/progress/model.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { tempDir } from '../helpers.js';

const at = (view: ProgressData, lesson: string, step: string): ProgressData => ({
  ...view, lastLesson: lesson, lessons: withEntry(view.lessons, lesson, { ...emptyLessonProgress(step), currentStep: step }),
});

it('after a failed save the window still notices what other windows saved', () => {
  const dir = tempDir();
  let diskFull = false;
  const fsA = {
    ...nodeFs, constants: nodeFs.constants,
    writeSync: ((...args: Parameters<typeof nodeFs.writeSync>) => {
      if (diskFull && typeof args[1] !== 'string') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (nodeFs.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof nodeFs.writeSync,
  };
  const storeA = openProgressStore({ dir, fs: fsA });
  const loadedA = storeA.load();
  const a = new ProgressSync(storeA, loadedA);

  // Another window saves lesson 2, then `reset` runs.
  const other = openProgressStore({ dir });
  other.apply([{ change: { kind: 'position', lesson: 'l2', step: 's5', index: 4 }, generation: 0, lessonGeneration: 0 }]);
  other.reset();
  expect(storeA.changed()).toBe(true); // A would pick it up before its next key...

  diskFull = true;
  a.record(loadedA, at(loadedA, 'l1', 's2'));
  expect(a.flush().kind).toBe('failed');
  // ...but after its failed save it does not any more:
  expect(storeA.changed()).toBe(true);
  expect(a.refresh()).not.toBeNull();
});
