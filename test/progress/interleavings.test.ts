/**
 * Two and three windows plus `reset`, in random interleavings, against a model of what must be
 * saved: every change a window saved is on disk unless a later change overwrote it or a reset
 * its window had not seen came first; nothing from before a reset ever comes back.
 */
import { describe, expect, it } from 'vitest';
import type { WindowsVersion } from '../../src/course/types.js';
import { emptyLessonProgress, emptyProgress, savedLesson, withEntry, type ProgressData } from '../../src/progress/model.js';
import { diffProgress } from '../../src/progress/ops.js';
import { ProgressSync } from '../../src/progress/progress-sync.js';
import { openProgressStore, type ProgressStore } from '../../src/progress/store.js';
import { tempDir } from './helpers.js';
import { seededPicker } from '../fixtures/seeded-random.js';

const LESSONS = ['l1', 'l2'];
const STEPS = ['s1', 's2', 's3'];

/** A change as the user makes it in one window. */
type Change =
  | { kind: 'position'; lesson: string; step: string }
  | { kind: 'tick'; lesson: string; step: string; done: boolean }
  | { kind: 'answer'; lesson: string; step: string; option: string }
  | { kind: 'windows'; value: WindowsVersion };

/** The model: plain maps, replayed in the order saves took the lock. */
interface ModelLesson {
  step: string;
  ticks: Map<string, boolean>;
  answers: Map<string, string>;
}
interface Model {
  lessons: Map<string, ModelLesson>;
  windows: WindowsVersion | null;
  lastLesson: string | null;
  /** How many resets each scope has seen ('' is the whole course). */
  resets: Map<string, number>;
}

interface Pending {
  change: Change;
  seen: ReadonlyMap<string, number>;
  /** The window's view names this change's lesson as the last one: "Continue" follows it. */
  last: boolean;
  /** A move to the step the window already shows: only "Continue" follows it. */
  stays: boolean;
}

interface Win {
  sync: ProgressSync;
  view: ProgressData;
  pending: Pending[];
  seen: Map<string, number>;
}

/** The window's own edit of its view, as the reducer would make it. */
function edit(view: ProgressData, change: Change): ProgressData {
  if (change.kind === 'windows') return { ...view, windows: change.value };
  const saved = savedLesson(view, change.lesson) ?? emptyLessonProgress(change.step);
  const lesson =
    change.kind === 'position'
      ? { ...saved, currentStep: change.step, currentIndex: STEPS.indexOf(change.step) }
      : change.kind === 'tick'
        ? { ...saved, completed: change.done ? [...saved.completed.filter((s) => s !== change.step), change.step] : saved.completed.filter((s) => s !== change.step) }
        : { ...saved, answers: withEntry(saved.answers, change.step, { option: change.option }) };
  return { ...view, lastLesson: change.kind === 'position' ? change.lesson : view.lastLesson, lessons: withEntry(view.lessons, change.lesson, lesson) };
}

function applyToModel(model: Model, { change, seen, last, stays }: Pending): void {
  const scope = change.kind === 'windows' ? null : change.lesson;
  const stale = (key: string) => (seen.get(key) ?? 0) !== (model.resets.get(key) ?? 0);
  if (stale('') || (scope !== null && stale(scope))) return;
  if (change.kind === 'windows') {
    model.windows = change.value;
    return;
  }
  if (last) model.lastLesson = change.lesson;
  if (stays) return;
  const lesson = model.lessons.get(change.lesson) ?? { step: change.step, ticks: new Map(), answers: new Map() };
  model.lessons.set(change.lesson, lesson);
  if (change.kind === 'position') lesson.step = change.step;
  else if (change.kind === 'tick') lesson.ticks.set(change.step, change.done);
  else lesson.answers.set(change.step, change.option);
}

function expectDiskMatches(disk: ProgressData, model: Model, context: string): void {
  const expected = Object.fromEntries(
    [...model.lessons].map(([id, lesson]) => [
      id,
      {
        step: lesson.step,
        ticked: [...lesson.ticks].filter(([, done]) => done).map(([step]) => step).sort(),
        answers: Object.fromEntries(lesson.answers),
      },
    ]),
  );
  const actual = Object.fromEntries(
    Object.entries(disk.lessons).map(([id, lesson]) => [
      id,
      { step: lesson.currentStep, ticked: [...lesson.completed].sort(), answers: Object.fromEntries(Object.entries(lesson.answers).map(([step, answer]) => [step, answer.option])) },
    ]),
  );
  expect({ lessons: actual, windows: disk.windows, lastLesson: disk.lastLesson }, context).toEqual({ lessons: expected, windows: model.windows, lastLesson: model.lastLesson });
}

function runScenario(seed: number, windowCount: number, steps: number): void {
  const rng = seededPicker(seed);
  const dir = tempDir('winlink-interleave-');
  const cli: ProgressStore = openProgressStore({ dir });
  const model: Model = { lessons: new Map(), windows: null, lastLesson: null, resets: new Map() };
  const wins: Win[] = Array.from({ length: windowCount }, () => {
    const store = openProgressStore({ dir });
    const loaded = store.load();
    return { sync: new ProgressSync(store, loaded), view: loaded, pending: [], seen: new Map(model.resets) };
  });
  const log: string[] = [];
  const resetSeen = (win: Win) => {
    win.seen = new Map(model.resets);
    win.pending = win.pending.filter((p) => [...new Set(['', p.change.kind === 'windows' ? '' : p.change.lesson])].every((key) => (p.seen.get(key) ?? 0) === (model.resets.get(key) ?? 0)));
  };

  for (let step = 0; step < steps; step++) {
    const roll = rng.next();
    const index = Math.floor(rng.next() * wins.length);
    const win = wins[index] as Win;
    if (roll < 0.55) {
      // A key: the window first picks up what others saved (as the app does before each key).
      const refreshed = win.sync.refresh();
      if (refreshed) {
        win.view = refreshed.view;
        resetSeen(win);
      }
      const lesson = rng.pick(LESSONS);
      const known = savedLesson(win.view, lesson) !== undefined;
      const kind = known ? rng.pick(['position', 'tick', 'answer', 'windows'] as const) : rng.pick(['position', 'windows'] as const);
      const change: Change =
        kind === 'position'
          ? { kind, lesson, step: rng.pick(STEPS) }
          : kind === 'tick'
            ? { kind, lesson, step: rng.pick(STEPS), done: rng.next() < 0.5 }
            : kind === 'answer'
              ? { kind, lesson, step: rng.pick(STEPS), option: rng.pick(['a', 'b', 'c']) }
              : { kind, value: rng.pick(['10', '11'] as const) };
      const after = edit(win.view, change);
      // Choosing what the screen already shows changes nothing.
      if (diffProgress(win.view, after).length === 0) continue;
      const stays = change.kind === 'position' && savedLesson(win.view, change.lesson)?.currentStep === change.step;
      win.sync.record(win.view, after);
      win.view = after;
      win.pending.push({ change, seen: new Map(win.seen), last: change.kind !== 'windows' && after.lastLesson === change.lesson, stays });
      log.push(`w${index} ${JSON.stringify(change)}`);
    } else if (roll < 0.9) {
      const outcome = win.sync.flush();
      expect(outcome.kind === 'failed', log.join('\n')).toBe(false);
      for (const pending of win.pending) applyToModel(model, pending);
      win.pending = [];
      if (outcome.kind === 'saved') {
        win.view = outcome.view;
        win.seen = new Map(model.resets);
      }
      log.push(`w${index} flush`);
    } else {
      const lesson = rng.next() < 0.5 ? rng.pick(LESSONS) : undefined;
      cli.reset(lesson);
      const key = lesson ?? '';
      model.resets.set(key, (model.resets.get(key) ?? 0) + 1);
      if (lesson === undefined) {
        model.lessons.clear();
        model.windows = null;
        model.lastLesson = null;
        // A course reset also starts every lesson's marks afresh.
        for (const name of LESSONS) model.resets.delete(name);
      } else {
        model.lessons.delete(lesson);
        if (model.lastLesson === lesson) model.lastLesson = null;
      }
      log.push(`reset ${lesson ?? 'all'}`);
    }
    if (process.env.DEBUG_SEED === String(seed)) console.log(log.at(-1), JSON.stringify(wins.map((w) => (w.sync as unknown as { queue: unknown }).queue)), JSON.stringify(cli.load().lessons));
    expectDiskMatches(cli.load(), model, `seed ${seed}\n${log.join('\n')}`);
  }
  // Every window saves what it still has; then all of them show the same as the disk.
  for (const win of wins) {
    win.sync.flush();
    for (const pending of win.pending) applyToModel(model, pending);
    win.pending = [];
  }
  const disk = cli.load();
  expectDiskMatches(disk, model, `seed ${seed} (end)\n${log.join('\n')}`);
  for (const win of wins) expect(win.sync.refresh()?.view ?? disk).toEqual(disk);
  expect(emptyProgress().lessons).toEqual({});
}

describe('random interleavings of windows and resets', () => {
  it.each([2, 3])('%i windows and reset lose nothing and resurrect nothing (150 seeds)', (windows) => {
    for (let seed = 1; seed <= 150; seed++) runScenario(seed * 7919 + windows, windows, 40);
  }, 120_000);
});
