/**
 * What a window changed, as small operations. A save applies only these onto what is on disk
 * now, so a window never writes back state it merely loaded (another window's steps, a lesson
 * that was reset meanwhile). Each op carries the reset marks (generations) its window had seen:
 * an op made before a reset it had not seen yet is dropped instead of resurrecting old progress.
 */
import type { WindowsVersion } from '../course/types.js';
import {
  emptyLessonProgress,
  emptyProgress,
  lessonGeneration,
  own,
  savedLesson,
  withEntry,
  withConfirmed,
  withoutEntry,
  type HardwareRecord,
  type LessonProgress,
  type ProgressData,
} from './model.js';

export type ProgressChange =
  | { readonly kind: 'position'; readonly lesson: string; readonly step: string; readonly index: number }
  | { readonly kind: 'tick'; readonly lesson: string; readonly step: string; readonly done: boolean }
  /** Windows confirmed a tick (or the confirmation went with the tick). */
  | { readonly kind: 'confirm'; readonly lesson: string; readonly step: string; readonly confirmed: boolean }
  | { readonly kind: 'answer'; readonly lesson: string; readonly step: string; readonly option: string }
  | { readonly kind: 'finish'; readonly lesson: string; readonly finished: boolean }
  | { readonly kind: 'lastLesson'; readonly lesson: string | null }
  | { readonly kind: 'windows'; readonly value: WindowsVersion | null }
  | { readonly kind: 'hardware'; readonly record: HardwareRecord | null };

export interface ProgressOp {
  readonly change: ProgressChange;
  /** The course's reset mark when the change was made. */
  readonly generation: number;
  /** The lesson's reset mark, for changes to one lesson. */
  readonly lessonGeneration: number;
}

/** The ops that turn `before` into `after` (both views of the same course in one window). */
export function diffProgress(before: ProgressData, after: ProgressData): ProgressOp[] {
  const ops: ProgressOp[] = [];
  const stamp = (change: ProgressChange, lesson: string | null): ProgressOp => ({
    change,
    generation: before.generation,
    lessonGeneration: lesson === null ? 0 : lessonGeneration(before, lesson),
  });
  for (const [id, next] of Object.entries(after.lessons)) {
    const prev = savedLesson(before, id);
    if (!prev || prev.currentStep !== next.currentStep || prev.currentIndex !== next.currentIndex) {
      ops.push(stamp({ kind: 'position', lesson: id, step: next.currentStep, index: next.currentIndex }, id));
    }
    const had = new Set(prev?.completed ?? []);
    const has = new Set(next.completed);
    for (const step of next.completed) if (!had.has(step)) ops.push(stamp({ kind: 'tick', lesson: id, step, done: true }, id));
    for (const step of had) if (!has.has(step)) ops.push(stamp({ kind: 'tick', lesson: id, step, done: false }, id));
    // After the ticks: a confirmation applies to a step that is ticked by then.
    const wasConfirmed = new Set(prev?.confirmed ?? []);
    const isConfirmedNow = new Set(next.confirmed ?? []);
    for (const step of isConfirmedNow) if (!wasConfirmed.has(step)) ops.push(stamp({ kind: 'confirm', lesson: id, step, confirmed: true }, id));
    for (const step of wasConfirmed) if (!isConfirmedNow.has(step)) ops.push(stamp({ kind: 'confirm', lesson: id, step, confirmed: false }, id));
    for (const [step, answer] of Object.entries(next.answers)) {
      if (own(prev?.answers ?? {}, step)?.option !== answer.option) ops.push(stamp({ kind: 'answer', lesson: id, step, option: answer.option }, id));
    }
    if ((prev?.finished ?? false) !== next.finished) ops.push(stamp({ kind: 'finish', lesson: id, finished: next.finished }, id));
  }
  // "Continue" follows the lesson of the latest saved change, also when this window's view already named it.
  const touched = after.lastLesson !== null && ops.some((op) => lessonOf(op.change) === after.lastLesson);
  if (before.lastLesson !== after.lastLesson || touched) ops.push(stamp({ kind: 'lastLesson', lesson: after.lastLesson }, after.lastLesson));
  if (before.windows !== after.windows) ops.push(stamp({ kind: 'windows', value: after.windows }, null));
  if (JSON.stringify(before.hardware) !== JSON.stringify(after.hardware)) ops.push(stamp({ kind: 'hardware', record: after.hardware }, null));
  return ops;
}

export interface Applied {
  readonly progress: ProgressData;
  /** Ops made before a reset their window had not seen: not applied. */
  readonly dropped: number;
}

export function applyOps(progress: ProgressData, ops: readonly ProgressOp[]): Applied {
  let result = progress;
  let dropped = 0;
  for (const op of ops) {
    if (isStale(result, op)) dropped++;
    else result = applyChange(result, op.change);
  }
  return { progress: result, dropped };
}

export function isStale(progress: ProgressData, op: ProgressOp): boolean {
  if (op.generation !== progress.generation) return true;
  const lesson = lessonOf(op.change);
  return lesson !== null && op.lessonGeneration !== lessonGeneration(progress, lesson);
}

function lessonOf(change: ProgressChange): string | null {
  return change.kind === 'windows' || change.kind === 'hardware' ? null : change.lesson;
}

function applyChange(progress: ProgressData, change: ProgressChange): ProgressData {
  switch (change.kind) {
    case 'windows':
      return { ...progress, windows: change.value };
    case 'hardware':
      return { ...progress, hardware: change.record };
    case 'lastLesson':
      return { ...progress, lastLesson: change.lesson };
    default: {
      const saved = savedLesson(progress, change.lesson) ?? emptyLessonProgress('');
      return { ...progress, lessons: withEntry(progress.lessons, change.lesson, applyToLesson(saved, change)) };
    }
  }
}

function applyToLesson(saved: LessonProgress, change: ProgressChange): LessonProgress {
  switch (change.kind) {
    case 'position':
      return { ...saved, currentStep: change.step, currentIndex: change.index };
    case 'tick': {
      const rest = saved.completed.filter((step) => step !== change.step);
      const ticked = { ...saved, completed: change.done ? [...rest, change.step] : rest };
      // An untick takes Windows' confirmation with it: only a ticked step can be confirmed.
      return change.done ? ticked : withConfirmed(ticked, (saved.confirmed ?? []).filter((step) => step !== change.step));
    }
    case 'confirm': {
      const rest = (saved.confirmed ?? []).filter((step) => step !== change.step);
      const ticked = saved.completed.includes(change.step);
      return withConfirmed(saved, change.confirmed && ticked ? [...rest, change.step] : rest);
    }
    case 'answer':
      return { ...saved, answers: withEntry(saved.answers, change.step, { option: change.option }) };
    case 'finish':
      return { ...saved, finished: change.finished };
    default:
      return saved;
  }
}

/**
 * A new reset mark: random rather than counted, so a mark is never repeated even when the file
 * starts over (deleted, or moved aside as unreadable) and a window still holds changes made
 * under an older mark. 0 is "never reset".
 */
export function newGeneration(previous: number, random: () => number = Math.random): number {
  for (;;) {
    const next = 1 + Math.floor(random() * 0x7fff_fffe);
    if (next !== previous) return next;
  }
}

/** Forgets the whole course and leaves a mark that open windows respect. */
export function resetCourse(progress: ProgressData): ProgressData {
  return { ...emptyProgress(), generation: newGeneration(progress.generation) };
}

/** Forgets one lesson and leaves a mark for it. */
export function resetLesson(progress: ProgressData, lessonId: string): ProgressData {
  return {
    ...progress,
    lessons: withoutEntry(progress.lessons, lessonId),
    lessonGenerations: withEntry(progress.lessonGenerations, lessonId, newGeneration(lessonGeneration(progress, lessonId))),
    lastLesson: progress.lastLesson === lessonId ? null : progress.lastLesson,
  };
}

/** Lesson ids of a course with their step ids: what its progress may refer to. */
export type CourseOutline = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Drops entries of lessons the course no longer has, and ticks and answers of steps that are
 * gone, so a progress file cannot keep growing with leftovers of old lesson versions. Reset
 * marks are kept: a change still pending somewhere must keep meeting them.
 */
export function pruneProgress(progress: ProgressData, outline: CourseOutline): ProgressData {
  const lessons: [string, LessonProgress][] = [];
  for (const [id, lesson] of Object.entries(progress.lessons)) {
    const steps = outline.get(id);
    if (!steps) continue;
    lessons.push([
      id,
      withConfirmed(
        {
          ...lesson,
          completed: lesson.completed.filter((step) => steps.has(step)),
          answers: Object.fromEntries(Object.entries(lesson.answers).filter(([step]) => steps.has(step))),
        },
        (lesson.confirmed ?? []).filter((step) => steps.has(step)),
      ),
    ]);
  }
  return {
    ...progress,
    lessons: Object.fromEntries(lessons),
    lastLesson: progress.lastLesson !== null && outline.has(progress.lastLesson) ? progress.lastLesson : null,
  };
}
