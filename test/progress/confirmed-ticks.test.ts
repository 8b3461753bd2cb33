import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, serializeFile, BUILTIN_COURSE } from '../../src/progress/file-format.js';
import { emptyProgress, isConfirmed, type ProgressData } from '../../src/progress/model.js';
import { applyOps, diffProgress, pruneProgress } from '../../src/progress/ops.js';
import { openProgressStore, PROGRESS_FILE } from '../../src/progress/store.js';
import { atStep, change, tempDir } from './helpers.js';
import { inEnglish } from '../i18n/in-english.js';

const ticked = atStep('privacy', 'ad-id', ['intro'])(emptyProgress());
/** Windows confirmed `ad-id`: ticked and marked confirmed. */
const confirmed = atStep('privacy', 'ad-id', ['intro', 'ad-id'], { confirmed: ['ad-id'] })(emptyProgress());

const v2File = (lesson: Record<string, unknown>) =>
  JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 3, courses: { [BUILTIN_COURSE]: { generation: 0, lessonGenerations: {}, windows: null, lastLesson: 'privacy', lessons: { privacy: lesson } } } });

describe('ticks confirmed by Windows, in progress', () => {
  it('a confirmation is its own op, after the tick it belongs to', () => {
    expect(diffProgress(ticked, confirmed).map((op) => op.change)).toEqual([
      { kind: 'tick', lesson: 'privacy', step: 'ad-id', done: true },
      { kind: 'confirm', lesson: 'privacy', step: 'ad-id', confirmed: true },
      { kind: 'lastLesson', lesson: 'privacy' },
    ]);
    const applied = applyOps(ticked, diffProgress(ticked, confirmed)).progress;
    expect(isConfirmed(applied.lessons.privacy, 'ad-id')).toBe(true);
    expect(isConfirmed(applied.lessons.privacy, 'intro')).toBe(false);
  });

  it('an untick (in any window) takes the confirmation with it; a confirmation never ticks by itself', () => {
    const unticked = atStep('privacy', 'ad-id', ['intro'])(confirmed);
    const ops = diffProgress(confirmed, { ...unticked, lessons: { privacy: { ...unticked.lessons.privacy!, confirmed: [] } } });
    const applied = applyOps(confirmed, ops).progress;
    expect(applied.lessons.privacy?.completed).toEqual(['intro']);
    expect(applied.lessons.privacy).not.toHaveProperty('confirmed');
    // Another window unticked meanwhile: this window's late confirmation does not re-tick it.
    const lateConfirm = applyOps(ticked, [{ change: { kind: 'confirm', lesson: 'privacy', step: 'ad-id', confirmed: true }, generation: 0, lessonGeneration: 0 }]).progress;
    expect(lateConfirm.lessons.privacy?.completed).toEqual(['intro']);
    expect(isConfirmed(lateConfirm.lessons.privacy, 'ad-id')).toBe(false);
  });

  it('pruning drops confirmations of steps that are gone', () => {
    const pruned = pruneProgress(confirmed, new Map([['privacy', new Set(['intro'])]]));
    expect(pruned.lessons.privacy).toMatchObject({ completed: ['intro'] });
    expect(pruned.lessons.privacy).not.toHaveProperty('confirmed');
  });

  it('files written before confirmations still load; a file with them round-trips; a bad list is refused', () => {
    const old = parseFile(v2File({ currentStep: 'ad-id', currentIndex: 1, completed: ['ad-id'], answers: {}, finished: false }));
    expect(old.courses[BUILTIN_COURSE]?.lessons.privacy).toEqual({ currentStep: 'ad-id', currentIndex: 1, completed: ['ad-id'], answers: {}, finished: false });
    const withField = parseFile(v2File({ currentStep: 'ad-id', currentIndex: 1, completed: ['ad-id'], answers: {}, finished: false, confirmed: ['ad-id', 'not-ticked'] }));
    // Only ticked steps can be confirmed: a hand-edited extra is dropped.
    expect(withField.courses[BUILTIN_COURSE]?.lessons.privacy?.confirmed).toEqual(['ad-id']);
    expect(parseFile(serializeFile(withField)).courses).toEqual(withField.courses);
    // A course that cannot be read is kept as it is, not used (the store sets the file aside when it is its own).
    const bad = parseFile(v2File({ currentStep: 'a', currentIndex: 0, completed: [], answers: {}, finished: false, confirmed: 'ad-id' }));
    expect(bad.courses[BUILTIN_COURSE]).toBeUndefined();
    expect(inEnglish(bad.kept?.unreadable[BUILTIN_COURSE])).toMatch(/confirmed must be a list/);
  });

  it('the store saves and reloads which ticks Windows confirmed; unconfirmed lessons are written as before', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, () => confirmed, emptyProgress());
    const reloaded: ProgressData = openProgressStore({ dir }).load();
    expect(isConfirmed(reloaded.lessons.privacy, 'ad-id')).toBe(true);
    change(store, (progress) => atStep('other', 'x', ['x'])(progress));
    const text = readFileSync(path.join(dir, PROGRESS_FILE), 'utf8');
    expect(JSON.parse(text).courses[BUILTIN_COURSE].lessons.other).not.toHaveProperty('confirmed');
    // An older tutorial's file (no field at all) loads in this one.
    writeFileSync(path.join(dir, PROGRESS_FILE), v2File({ currentStep: 'ad-id', currentIndex: 0, completed: ['ad-id'], answers: {}, finished: false }));
    expect(isConfirmed(openProgressStore({ dir }).load().lessons.privacy, 'ad-id')).toBe(false);
  });
});
