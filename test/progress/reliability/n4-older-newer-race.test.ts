/**
 * N4, randomized: an older build (this one) and a newer build that adds fields within version 2
 * take turns on one progress file in random order, each with changes of its own. Whatever the
 * order, every field of the newer build survives the older build's saves (unless the older build
 * reset that lesson), and the later save of a known field wins.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../../src/progress/file-lock.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { emptyLessonProgress, savedLesson, withEntry, type ProgressData } from '../../../src/progress/model.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { tempDir } from '../helpers.js';
import { seededPicker } from '../../fixtures/seeded-random.js';

const LESSONS = ['l1', 'l2', 'l3'];
const STEPS = ['s1', 's2', 's3'];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the newer build's file, edited as plain JSON

/** The newer build's save: its own fields at each level plus a known one, under the same lock. */
function newerSave(file: string, change: { language: string; courseField: number; lesson: string; step: string; lessonField: number }): void {
  withFileLock(
    file,
    () => {
      let data: Json;
      try {
        data = JSON.parse(readFileSync(file, 'utf8')) as Json;
      } catch {
        data = { format: 'winlink-tutor-progress', version: 2, counter: 0, courses: {} };
      }
      data.counter += 1;
      data.language = change.language;
      const course = (data.courses.builtin ??= { generation: 0, lessonGenerations: {}, windows: null, lastLesson: null, lessons: {}, hardware: null });
      course.newerCourseField = change.courseField;
      const lesson = (course.lessons[change.lesson] ??= { currentStep: change.step, currentIndex: 0, completed: [], answers: {}, finished: false });
      lesson.currentStep = change.step;
      lesson.newerLessonField = change.lessonField;
      writeFileSync(`${file}.newer-tmp`, JSON.stringify(data));
      renameSync(`${file}.newer-tmp`, file);
    },
    5000,
  );
}

function atStep(view: ProgressData, lesson: string, step: string): ProgressData {
  const saved = savedLesson(view, lesson) ?? emptyLessonProgress(step);
  return { ...view, lastLesson: lesson, lessons: withEntry(view.lessons, lesson, { ...saved, currentStep: step, currentIndex: STEPS.indexOf(step) }) };
}

describe('an older and a newer build racing on one file', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('seed %i: nothing the newer build added is lost', (seed) => {
    const rng = seededPicker(seed * 7919);
    const dir = tempDir();
    const store = openProgressStore({ dir });
    let view = store.load();
    const sync = new ProgressSync(store, view);
    const model = { language: null as string | null, courseField: null as number | null, lessons: new Map<string, { step: string; field: number | null }>() };
    for (let action = 0; action < 40; action++) {
      const roll = rng.next();
      const lesson = rng.pick(LESSONS);
      const step = rng.pick(STEPS);
      if (roll < 0.4) {
        // The older window: picks up what is on disk, changes a position, saves only that change.
        view = sync.refresh()?.view ?? view;
        const next = atStep(view, lesson, step);
        sync.record(view, next);
        const outcome = sync.flush(5000);
        // Idle: the window already showed that step, as on disk.
        expect(outcome.kind).not.toBe('failed');
        if (outcome.kind === 'saved') view = outcome.view;
        model.lessons.set(lesson, { step, field: model.lessons.get(lesson)?.field ?? null });
      } else if (roll < 0.5) {
        // `winlink-tutor reset <lesson>` in another terminal.
        openProgressStore({ dir }).reset(lesson);
        model.lessons.delete(lesson);
      } else {
        const change = { language: rng.pick(['de', 'fr', 'ja']), courseField: Math.floor(rng.next() * 1000), lesson, step, lessonField: Math.floor(rng.next() * 1000) };
        newerSave(store.path, change);
        model.language = change.language;
        model.courseField = change.courseField;
        model.lessons.set(lesson, { step, field: change.lessonField });
      }
      let saved: Json;
      try {
        saved = JSON.parse(readFileSync(store.path, 'utf8')) as Json;
      } catch {
        continue; // nothing saved yet
      }
      const where = `seed ${seed}, action ${action}`;
      expect(saved.version, where).toBe(2);
      expect(saved.language ?? null, where).toBe(model.language);
      expect(saved.courses.builtin.newerCourseField ?? null, where).toBe(model.courseField);
      for (const id of LESSONS) {
        const expected = model.lessons.get(id);
        const actual = saved.courses.builtin.lessons[id] as Json | undefined;
        expect(actual && { step: actual.currentStep, field: actual.newerLessonField ?? null }, `${where}, lesson ${id}`).toEqual(expected);
      }
    }
  });
});
