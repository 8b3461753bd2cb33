import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, emptyProgress, mergeProgress, type ProgressData } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'winlink-progress-'));

function withLesson(progress: ProgressData, id: string, step: string, completed: string[], at: number): ProgressData {
  return {
    ...progress,
    lastLesson: id,
    updatedAt: at,
    lessons: { ...progress.lessons, [id]: { ...emptyLessonProgress(step), currentStep: step, completed, updatedAt: at } },
  };
}

describe('progress store (conf)', () => {
  it('starts empty, saves, and loads what was saved', () => {
    const cwd = tempDir();
    const store = openProgressStore({ cwd });
    expect(store.load()).toEqual(emptyProgress());
    const saved = withLesson(emptyProgress(), 'why-link', 'step-2', ['step-1'], 5);
    store.save(saved);
    expect(openProgressStore({ cwd }).load()).toEqual(saved);
    expect(store.path).toBe(path.join(cwd, 'config.json'));
  });

  it('writes the file for this user only', () => {
    const cwd = tempDir();
    const store = openProgressStore({ cwd });
    store.save(withLesson(emptyProgress(), 'a', 's', [], 1));
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt file aside, keeps it, and says so once', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'config.json'), '{ not json');
    const store = openProgressStore({ cwd, now: () => new Date('2026-11-25T10:00:00Z') });
    expect(store.load()).toEqual(emptyProgress());
    expect(store.notice).toMatch(/could not be read, so it was moved to .*config\.json\.corrupt-2026-11-25T10-00-00-000Z/);
    const kept = readdirSync(cwd).find((name) => name.startsWith('config.json.corrupt-'));
    expect(kept && readFileSync(path.join(cwd, kept), 'utf8')).toBe('{ not json');
  });

  it('treats wrong types and unknown versions as corrupt', () => {
    for (const content of ['{"lessons": 5}', '{"version": 99, "lessons": {}}']) {
      const cwd = tempDir();
      writeFileSync(path.join(cwd, 'config.json'), content);
      const store = openProgressStore({ cwd });
      expect(store.load()).toEqual(emptyProgress());
      expect(store.notice).toMatch(/moved to/);
    }
  });

  it('merges with what another instance saved instead of overwriting it', () => {
    const cwd = tempDir();
    const first = openProgressStore({ cwd });
    const second = openProgressStore({ cwd });
    first.save(withLesson(emptyProgress(), 'lesson-a', 'a2', ['a1'], 10));
    second.save(withLesson(emptyProgress(), 'lesson-b', 'b3', ['b1', 'b2'], 20));
    const merged = openProgressStore({ cwd }).load();
    expect(Object.keys(merged.lessons).sort()).toEqual(['lesson-a', 'lesson-b']);
    expect(merged.lastLesson).toBe('lesson-b');
  });

  it('resets one lesson or everything', () => {
    const cwd = tempDir();
    const store = openProgressStore({ cwd });
    store.save(withLesson(withLesson(emptyProgress(), 'a', 'a1', [], 1), 'b', 'b1', [], 2));
    store.reset('b');
    expect(Object.keys(store.load().lessons)).toEqual(['a']);
    expect(store.load().lastLesson).toBeNull();
    store.reset();
    expect(store.load()).toEqual(emptyProgress());
  });
});

describe('mergeProgress', () => {
  it('unions completed steps and lets the latest position win', () => {
    const disk = withLesson(emptyProgress(), 'x', 'x5', ['x1', 'x2'], 100);
    const mine = withLesson(emptyProgress(), 'x', 'x3', ['x3'], 50);
    const merged = mergeProgress(disk, mine);
    expect(merged.lessons.x?.currentStep).toBe('x5');
    expect([...(merged.lessons.x?.completed ?? [])].sort()).toEqual(['x1', 'x2', 'x3']);
  });

  it('keeps the most recent Windows choice', () => {
    const disk = { ...emptyProgress(), windows: '10' as const, windowsUpdatedAt: 5 };
    const mine = { ...emptyProgress(), windows: '11' as const, windowsUpdatedAt: 9 };
    expect(mergeProgress(disk, mine).windows).toBe('11');
    expect(mergeProgress(mine, disk).windows).toBe('11');
  });
});

describe('un-ticking', () => {
  it('keeps a step this instance un-ticked un-ticked, while still merging other instances', () => {
    const cwd = tempDir();
    const store = openProgressStore({ cwd });
    store.load();
    const ticked = withLesson(emptyProgress(), 'x', 'task', ['intro', 'task'], 10);
    store.save(ticked);
    const other = openProgressStore({ cwd });
    other.load();
    other.save(withLesson(emptyProgress(), 'y', 'y1', ['y0'], 11));
    store.save(withLesson(emptyProgress(), 'x', 'task', ['intro'], 12));
    const reloaded = openProgressStore({ cwd }).load();
    expect(reloaded.lessons.x?.completed).toEqual(['intro']);
    expect(reloaded.lessons.y?.completed).toEqual(['y0']);
  });
});
