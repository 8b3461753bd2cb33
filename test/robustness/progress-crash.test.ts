import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore } from '../../src/progress/store.js';
import { bundleHelper } from './helpers/bundle.js';
import { runChild } from './helpers/children.js';

const LANES = 3;
const KILLS_PER_LANE = 10;
/** Filler lessons make every write ~0.5 MB, so many kills land in the middle of one. */
const FILLER = '150';

let writer = '';
beforeAll(async () => {
  writer = await bundleHelper('progress-writer');
});

describe('progress survives SIGKILL at random moments', () => {
  it(`loads a valid, non-empty state after each of ${LANES * KILLS_PER_LANE} kills`, async () => {
    const lanes = Array.from({ length: LANES }, () => killRepeatedly(mkdtempSync(path.join(tmpdir(), 'winlink-crash-'))));
    const results = await Promise.all(lanes);
    // The kills really interrupted saving, not just start-up.
    expect(results.reduce((sum, lane) => sum + lane.killedWhileSaving, 0)).toBeGreaterThanOrEqual(LANES * KILLS_PER_LANE * 0.5);
  }, 60_000);
});

async function killRepeatedly(cwd: string): Promise<{ killedWhileSaving: number }> {
  let confirmed = 0;
  let killedWhileSaving = 0;
  for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
    // Mostly mid-save; every fourth kill lands anywhere from start-up (opening the store) on.
    const plan = kill % 4 === 3 ? { afterSpawn: Math.random() * 400 } : { afterFirstSave: Math.random() * 40 };
    const run = await runChild(writer, [cwd, 'crash', '1000000', FILLER], { kill: plan });
    expect(run.signal).toBe('SIGKILL');
    expect(run.notices).toEqual([]);
    if (run.lastSaved > 0) killedWhileSaving++;
    confirmed = Math.max(confirmed, run.lastSaved);

    const store = openProgressStore({ dir: cwd });
    const progress = store.load();
    expect(store.notice).toBeNull();
    expect(readdirSync(cwd).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    if (confirmed > 0) {
      // Every save that had returned is still there; nothing went back to empty.
      expect(progress.lessons.crash?.currentIndex ?? 0).toBeGreaterThanOrEqual(confirmed);
      expect(Object.keys(progress.lessons)).toHaveLength(Number(FILLER) + 1);
      // Windows has no POSIX modes (fs reports 0o666 for every writable file).
      if (process.platform !== 'win32') expect(statSync(store.path).mode & 0o777).toBe(0o600);
    }
  }
  return { killedWhileSaving };
}
