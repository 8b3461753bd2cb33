import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { said } from '../../src/probes/sentence.js';
import { memoryProgressStore } from '../../src/progress/memory-store.js';
import { atStep, change } from './helpers.js';

describe('when the progress folder cannot be used', () => {
  it('keeps progress in memory and says it will not be saved', () => {
    const store = memoryProgressStore(said('cli.progressFolder', { reason: 'EROFS' }));
    expect(store.persistent).toBe(false);
    change(store, atStep('a', 's1'));
    expect(Object.keys(store.load().lessons)).toEqual(['a']);
    store.reset('a');
    expect(store.load().lessons).toEqual({});
  });

  it('the built CLI still lists lessons, and `where` explains instead of crashing', () => {
    // A folder below a plain file cannot be made on any OS (/dev/null does not exist on Windows).
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-file-')), 'a-file');
    writeFileSync(file, '');
    const env = { ...process.env, WINLINK_CONFIG_DIR: path.join(file, 'nowhere'), WINLINK_CACHE_DIR: path.join(file, 'nowhere') };
    const list = spawnSync(process.execPath, ['dist/cli.js', 'list'], { env, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('0 of 7 lessons done.');
    expect(list.stderr).toContain('progress will not be saved this time');
    const where = spawnSync(process.execPath, ['dist/cli.js', 'where'], { env, encoding: 'utf8' });
    expect(where.status).toBe(1);
    expect(where.stderr).toMatch(/^winlink-tutor: Cannot use the progress folder/);
    expect(where.stderr).not.toContain('    at ');
  });
});

describe('progress that cannot be saved', () => {
  it('starts from what the file still says (a read-only folder keeps yesterday\'s progress)', async () => {
    const { openProgressStore } = await import('../../src/progress/store.js');
    const { readOnlyProgress } = await import('../../src/progress/read-only.js');
    const { tempDir } = await import('./helpers.js');
    const dir = tempDir();
    change(openProgressStore({ dir }), atStep('why-link', 'benefits', ['intro']));
    expect(readOnlyProgress(undefined, dir).lessons['why-link']?.currentStep).toBe('benefits');
    expect(readOnlyProgress(undefined, path.join(dir, 'missing')).lessons).toEqual({});
  });

  it('reset says nothing was changed and exits 1 instead of claiming it forgot', async () => {
    const { runReset } = await import('../../src/commands/reset.js');
    const { testCourse } = await import('../fixtures/course.js');
    const store = memoryProgressStore(said('cli.progressFolder', { reason: 'EROFS' }));
    const result = await runReset(testCourse(), undefined, true, { store, confirm: null });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing was changed: Cannot use the progress folder \(EROFS\)/);
  });
});
