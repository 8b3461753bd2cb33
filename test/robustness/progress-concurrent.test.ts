import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore } from '../../src/progress/store.js';
import { bundleHelper } from './helpers/bundle.js';
import { runChild } from './helpers/children.js';

const SAVES = 120;
/** Several pairs at once: a lost update shows up in at least one of them when saves are not serialised. */
const PAIRS = 3;

let writer = '';
beforeAll(async () => {
  writer = await bundleHelper('progress-writer');
});

describe('two instances saving into the same progress file', () => {
  it('keeps both lessons, each at its last saved step', async () => {
    const pairs = Array.from({ length: PAIRS }, async () => {
      const cwd = mkdtempSync(path.join(tmpdir(), 'winlink-pair-'));
      // Both start saving once both are up, so their saves interleave.
      const go = path.join(cwd, 'go');
      let ready = 0;
      const onReady = () => {
        if (++ready === 2) writeFileSync(go, '');
      };
      const [a, b] = await Promise.all(['lesson-a', 'lesson-b'].map((lesson) => runChild(writer, [cwd, lesson, String(SAVES), '30', go], { onReady })));
      rmSync(go);
      return { cwd, a, b };
    });
    for (const { cwd, a, b } of await Promise.all(pairs)) {
      expect([a?.code, b?.code, a?.stderr, b?.stderr]).toEqual([0, 0, '', '']);
      // They really ran at the same time.
      expect(Math.max(a?.savedAt[0] ?? 0, b?.savedAt[0] ?? 0)).toBeLessThan(Math.min(a?.savedAt.at(-1) ?? 0, b?.savedAt.at(-1) ?? 0));

      const store = openProgressStore({ dir: cwd });
      const progress = store.load();
      expect(store.notice).toBeNull();
      for (const id of ['lesson-a', 'lesson-b']) {
        const lesson = progress.lessons[id];
        expect(lesson?.currentStep).toBe(`step-${SAVES}`);
        expect(new Set(lesson?.completed).size).toBe(SAVES - 1);
      }
      expect(['lesson-a', 'lesson-b']).toContain(progress.lastLesson);
      expect(readdirSync(cwd).sort()).toEqual(['config.json']);
    }
  }, 60_000);
});
