/**
 * R07: an error after the rename (here: close() of the lock file reports EIO, as NFS close() can
 * with EDQUOT/EIO) makes apply() throw although the save landed. ProgressSync keeps the ops
 * and saves them again later, on top of what other windows did meanwhile: B's later un-tick is
 * reverted by A's replayed tick (exactly audit item 6, back through the error path).
 */
import * as nodeFs from 'node:fs';
import { expect, it } from 'vitest';
import { emptyLessonProgress, withEntry, type ProgressData } from '../../../src/progress/model.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { tempDir } from '../helpers.js';

const withTicks = (view: ProgressData, completed: string[]): ProgressData => ({
  ...view,
  lastLesson: 'l',
  lessons: withEntry(view.lessons, 'l', { ...emptyLessonProgress('s1'), completed }),
});

it('an error after a save landed (EIO closing the lock) still counts as saved, so it is not applied twice', () => {
  const dir = tempDir();
  const lockFds = new Set<number>();
  let failOnce = true;
  const fsA = {
    ...nodeFs, constants: nodeFs.constants,
    openSync: ((p: nodeFs.PathLike, flags: nodeFs.OpenMode, mode?: nodeFs.Mode) => {
      const fd = nodeFs.openSync(p, flags, mode);
      if (String(p).endsWith('.lock')) lockFds.add(fd);
      return fd;
    }) as typeof nodeFs.openSync,
    closeSync(fd: number) {
      nodeFs.closeSync(fd);
      if (lockFds.delete(fd) && failOnce) {
        failOnce = false;
        throw Object.assign(new Error('EIO: i/o error, close'), { code: 'EIO' });
      }
    },
  };
  const storeA = openProgressStore({ dir, fs: fsA });
  const loadedA = storeA.load();
  const a = new ProgressSync(storeA, loadedA);
  a.record(loadedA, withTicks(loadedA, ['s1']));
  const first = a.flush();
  expect(first.kind).toBe('saved');
  expect(openProgressStore({ dir }).load().lessons.l?.completed).toEqual(['s1']); // ...but it was saved

  // Window B (later) un-ticks s1.
  const storeB = openProgressStore({ dir });
  const loadedB = storeB.load();
  const b = new ProgressSync(storeB, loadedB);
  b.record(loadedB, withTicks(loadedB, []));
  expect(b.flush().kind).toBe('saved');
  expect(openProgressStore({ dir }).load().lessons.l?.completed).toEqual([]);

  // A's retry timer fires.
  expect(a.flush().kind).toBe('idle');
  const final = openProgressStore({ dir }).load().lessons.l?.completed;
  expect(final).toEqual([]);
});
