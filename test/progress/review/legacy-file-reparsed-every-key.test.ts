/**
 * R11b (performance): with a version 0/1 file (upgrade from an earlier release) there is no
 * "counter" in the head, readCounter() is null, lastCounter is 0: changed() is true before
 * every key, so every key re-reads and re-parses the whole file until the first save.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openProgressStore } from '../../../src/progress/store.js';
import { tempDir } from '../helpers.js';

it('an old-format file is read once, not on every key', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ version: 1, windows: '11', lastLesson: 'a', lessons: { a: { currentStep: 's', currentIndex: 0, completed: [], answers: {}, finished: false, updatedAt: 1 } } }));
  const store = openProgressStore({ dir });
  store.load();
  const results = [store.changed(), (store.load(), store.changed()), (store.load(), store.changed())];
  expect(results).toEqual([false, false, false]);
});
