import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyLessonProgress, savedLesson, withEntry, type LessonProgress, type ProgressData } from '../../src/progress/model.js';
import { diffProgress } from '../../src/progress/ops.js';
import type { ProgressStore } from '../../src/progress/store.js';

/**
 * Live processes that are not a winlink-tutor (what a reused pid points at, or another window
 * whose start cannot be proven): `start()` gives one's pid, `stopAll()` (in afterAll) ends them.
 */
export function idleProcesses() {
  const started: ChildProcess[] = [];
  return {
    /** Keeps a process of the test's own so that stopAll() ends it too. */
    track(child: ChildProcess): ChildProcess {
      started.push(child);
      return child;
    },
    start(): number {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
      started.push(child);
      if (child.pid === undefined) throw new Error('could not start a process');
      return child.pid;
    },
    stopAll(): void {
      for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

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
