import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryProgressStore } from '../../src/progress/memory-store.js';
import { atStep, change } from './helpers.js';

describe('when the progress folder cannot be used', () => {
  it('keeps progress in memory and says it will not be saved', () => {
    const store = memoryProgressStore('Cannot use the progress folder');
    expect(store.persistent).toBe(false);
    change(store, atStep('a', 's1'));
    expect(Object.keys(store.load().lessons)).toEqual(['a']);
    store.reset('a');
    expect(store.load().lessons).toEqual({});
  });

  it('the built CLI still lists lessons, and `where` explains instead of crashing', () => {
    const env = { ...process.env, XDG_CONFIG_HOME: '/dev/null/nowhere', XDG_CACHE_HOME: '/dev/null/nowhere' };
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
