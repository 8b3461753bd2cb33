/**
 * R10b: pruning also drops the reset mark (lessonGenerations) of lessons the saving window does
 * not know. A change made before `reset <lesson>` that was still pending (lock busy) then passes
 * the generation check and brings the reset lesson back.
 */
import { expect, it } from 'vitest';
import { emptyLessonProgress, withEntry } from '../../../src/progress/model.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { tempDir } from '../helpers.js';

it('a lesson reset stays when a window of an older course version saves', () => {
  const dir = tempDir();
  const full = { key: 'builtin', outline: new Map([['L', new Set(['s1', 's2', 's3'])], ['M', new Set(['m1'])]]) };
  const older = { key: 'builtin', outline: new Map([['M', new Set(['m1'])]]) };
  const storeA = openProgressStore({ dir, course: full });
  const loaded = storeA.load();
  const a = new ProgressSync(storeA, loaded);
  // A's change in L is pending (another window held the lock at that moment).
  a.record(loaded, { ...loaded, lastLesson: 'L', lessons: withEntry(loaded.lessons, 'L', { ...emptyLessonProgress('s1'), currentStep: 's3', currentIndex: 2, completed: ['s1', 's2'] }) });
  openProgressStore({ dir, course: full }).reset('L');        // user: winlink-tutor reset L --yes
  const storeB = openProgressStore({ dir, course: older });     // a window of the older course version
  storeB.apply([{ change: { kind: 'position', lesson: 'M', step: 'm1', index: 0 }, generation: 0, lessonGeneration: 0 }]);
  a.flush();
  const disk = openProgressStore({ dir, course: full }).load();
  expect(disk.lessons.L).toBeUndefined();
});
