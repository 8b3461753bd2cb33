import type { WindowsVersion } from '../course/types.js';
import { PROGRESS_VERSION, type LessonProgress, type ProgressData, type QuizAnswer } from './model.js';

/** A lesson entry as any schema version may hold it (schema.ts has checked the types). */
interface StoredLesson {
  readonly currentStep: string;
  readonly currentIndex?: number;
  readonly completed?: readonly string[];
  readonly answers?: Readonly<Record<string, QuizAnswer>>;
  readonly finished?: boolean;
  readonly updatedAt?: number;
}

interface StoredProgress {
  readonly version?: number;
  readonly windows?: WindowsVersion | null;
  readonly windowsUpdatedAt?: number;
  readonly lastLesson?: string | null;
  readonly lessons?: Readonly<Record<string, StoredLesson>>;
  readonly updatedAt?: number;
}

/**
 * Validated file contents → current ProgressData. Version 0 files (no `version`, no
 * `windowsUpdatedAt`, lessons with only some fields) are upgraded rather than discarded.
 * Only known keys are copied, so stray keys someone added by hand are dropped on the next save.
 */
export function upgradeProgress(raw: Record<string, unknown>): ProgressData {
  const stored = raw as StoredProgress;
  const updatedAt = stored.updatedAt ?? 0;
  const windows = stored.windows ?? null;
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, lesson] of Object.entries(stored.lessons ?? {})) {
    lessons[id] = {
      currentStep: lesson.currentStep,
      currentIndex: lesson.currentIndex ?? 0,
      completed: lesson.completed ?? [],
      answers: Object.fromEntries(Object.entries(lesson.answers ?? {}).map(([step, { choice, correct }]) => [step, { choice, correct }])),
      finished: lesson.finished ?? false,
      // Version 0 kept one timestamp for the whole file.
      updatedAt: lesson.updatedAt ?? updatedAt,
    };
  }
  return {
    version: PROGRESS_VERSION,
    windows,
    // Version 0 had no separate timestamp for the Windows choice; the file's is the best guess.
    windowsUpdatedAt: stored.windowsUpdatedAt ?? (windows ? updatedAt : 0),
    lastLesson: stored.lastLesson ?? null,
    lessons,
    updatedAt,
  };
}
