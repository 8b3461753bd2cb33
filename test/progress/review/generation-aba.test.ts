/**
 * R19: reset marks restart from 0 when the file starts over (deleted by hand, or moved aside as
 * unreadable). A window that saw generation 1 before that, with a change still pending, finds
 * generation 1 again after the next `reset`, and its pre-reset change is applied.
 */
import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { emptyLessonProgress, withEntry } from '../../../src/progress/model.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { atStep, change, tempDir } from '../helpers.js';

it('a pending change from before a reset stays dropped even when the file started over', () => {
  const dir = tempDir();
  const cli = openProgressStore({ dir });
  change(cli, atStep('l', 's1'));
  cli.reset(); // generation 1
  const storeA = openProgressStore({ dir });
  const loaded = storeA.load();
  const a = new ProgressSync(storeA, loaded);
  a.record(loaded, { ...loaded, lastLesson: 'l', lessons: withEntry(loaded.lessons, 'l', { ...emptyLessonProgress('s1'), currentStep: 's9', currentIndex: 8, completed: ['s1', 's2'] }) });
  // (A's save is pending: another window held the lock.)
  rmSync(cli.path); // the file starts over (deleted; or moved aside as unreadable)
  cli.reset(); // user: winlink-tutor reset --yes  -> generation 0 + 1 = 1 again
  const outcome = a.flush();
  const disk = openProgressStore({ dir }).load();
  expect(disk.lessons.l).toBeUndefined();
  expect(outcome.kind).toBe('saved');
  expect(outcome.kind === 'saved' ? outcome.dropped : 0).toBeGreaterThan(0);
});
