/** Saved progress: plain data, versioned, merged on save so parallel instances don't erase each other. */
import type { WindowsVersion } from '../course/types.js';

export const PROGRESS_VERSION = 1;

export interface QuizAnswer {
  readonly choice: number;
  readonly correct: boolean;
}

export interface LessonProgress {
  /** Step id the user was on: ids survive edits to other steps. */
  readonly currentStep: string;
  /** Fallback when that step id no longer exists. */
  readonly currentIndex: number;
  readonly completed: readonly string[];
  readonly answers: Readonly<Record<string, QuizAnswer>>;
  readonly finished: boolean;
  readonly updatedAt: number;
}

export interface ProgressData {
  readonly version: number;
  readonly windows: WindowsVersion | null;
  readonly windowsUpdatedAt: number;
  readonly lastLesson: string | null;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly updatedAt: number;
}

export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, windows: null, windowsUpdatedAt: 0, lastLesson: null, lessons: {}, updatedAt: 0 };
}

export function emptyLessonProgress(firstStep: string): LessonProgress {
  return { currentStep: firstStep, currentIndex: 0, completed: [], answers: {}, finished: false, updatedAt: 0 };
}

/**
 * Combines what is on disk with what this instance holds. Completed steps are a union, except
 * steps this instance itself un-ticked since `base` (what it saved or loaded last); for
 * position, answers and the Windows choice the most recent writer wins.
 */
export function mergeProgress(disk: ProgressData, mine: ProgressData, base?: ProgressData): ProgressData {
  const lessons: Record<string, LessonProgress> = { ...disk.lessons };
  for (const [id, ours] of Object.entries(mine.lessons)) {
    const theirs = disk.lessons[id];
    const before = base?.lessons[id]?.completed ?? [];
    const undone = new Set(before.filter((step) => !ours.completed.includes(step)));
    lessons[id] = theirs ? mergeLesson(theirs, ours, undone) : ours;
  }
  const windowsFromMine = mine.windowsUpdatedAt >= disk.windowsUpdatedAt;
  return {
    version: PROGRESS_VERSION,
    windows: windowsFromMine ? mine.windows : disk.windows,
    windowsUpdatedAt: Math.max(mine.windowsUpdatedAt, disk.windowsUpdatedAt),
    lastLesson: mine.updatedAt >= disk.updatedAt ? mine.lastLesson : disk.lastLesson,
    lessons,
    updatedAt: Math.max(mine.updatedAt, disk.updatedAt),
  };
}

function mergeLesson(theirs: LessonProgress, ours: LessonProgress, undone: ReadonlySet<string>): LessonProgress {
  const latest = ours.updatedAt >= theirs.updatedAt ? ours : theirs;
  const older = latest === ours ? theirs : ours;
  return {
    ...latest,
    completed: [...new Set([...latest.completed, ...older.completed])].filter((step) => !undone.has(step)),
    answers: { ...older.answers, ...latest.answers },
    finished: latest.finished || older.finished,
  };
}
