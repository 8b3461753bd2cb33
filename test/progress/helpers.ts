import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyLessonProgress, savedLesson, withEntry, type LessonProgress, type ProgressData } from '../../src/progress/model.js';
import { diffProgress } from '../../src/progress/ops.js';
import type { ProgressStore } from '../../src/progress/store.js';

export const tempDir = (prefix = 'winlink-progress-') => mkdtempSync(path.join(tmpdir(), prefix));

/** What a window does: edits its view, and saves only the difference. */
export function change(store: ProgressStore, edit: (progress: ProgressData) => ProgressData, from: ProgressData = store.load()): ProgressData {
  return store.apply(diffProgress(from, edit(from)), 5000).progress;
}

/** The view with one lesson at `step` and the given steps ticked. */
export function atStep(lesson: string, step: string, completed: readonly string[] = [], extra: Partial<LessonProgress> = {}) {
  return (progress: ProgressData): ProgressData => ({
    ...progress,
    lastLesson: lesson,
    lessons: withEntry(progress.lessons, lesson, { ...(savedLesson(progress, lesson) ?? emptyLessonProgress(step)), currentStep: step, completed, ...extra }),
  });
}
