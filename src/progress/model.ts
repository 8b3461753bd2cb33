/**
 * Saved progress of one course, as plain data. No timestamps: windows never settle conflicts by
 * the clock. Each save carries only what its window changed (ops.ts), applied under the lock
 * onto what is on disk, in the order saves take the lock.
 */
import type { WindowsVersion } from '../course/types.js';

export interface QuizAnswer {
  /** The option's id (explicit in the lesson, or derived from its text): survives reordering. */
  readonly option: string;
}

export interface LessonProgress {
  /** Step id the user was on: ids survive edits to other steps. */
  readonly currentStep: string;
  /** Fallback when that step id no longer exists. */
  readonly currentIndex: number;
  readonly completed: readonly string[];
  /**
   * Ticked steps that Windows confirmed (a `verify:` probe gave the expected answer), as opposed
   * to ticked by the user. Optional so files written before it still read; absent when empty.
   */
  readonly confirmed?: readonly string[];
  readonly answers: Readonly<Record<string, QuizAnswer>>;
  readonly finished: boolean;
}

/**
 * What the user recorded on this PC before a hardware change, to compare with afterwards. Only
 * what the troubleshooter needs; the device name stays in this file (never in a report).
 */
export interface HardwareRecord {
  /** e.g. "Pro"; null when Windows did not say. */
  readonly edition: string | null;
  /** "Retail", "OEM", "Volume" or "Unknown". */
  readonly channel: string;
  /** "activated", "not-activated", "grace", "notification" or "unknown". */
  readonly activation: string;
  /** e.g. "Windows 11"; null when unknown. */
  readonly windows: string | null;
  /** The PC's name, as the troubleshooter's device list shows it; null when unknown. */
  readonly deviceName: string | null;
  /** What the user saw on the Activation page: linked to a Microsoft account or not; null: not noted. */
  readonly linked: boolean | null;
  /** The day it was recorded (YYYY-MM-DD), shown to the user only; never used to order saves. */
  readonly recordedOn: string;
}

export interface ProgressData {
  /** Bumped by a reset of the whole course: changes made before it are dropped, never re-added. */
  readonly generation: number;
  /** The same mark for lessons reset one by one; kept after the lesson's entry is gone. */
  readonly lessonGenerations: Readonly<Record<string, number>>;
  readonly windows: WindowsVersion | null;
  readonly lastLesson: string | null;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** Recorded before a hardware change (lesson 4); null when nothing was recorded. */
  readonly hardware: HardwareRecord | null;
}

export function emptyProgress(): ProgressData {
  return { generation: 0, lessonGenerations: {}, windows: null, lastLesson: null, lessons: {}, hardware: null };
}

export function emptyLessonProgress(firstStep: string): LessonProgress {
  return { currentStep: firstStep, currentIndex: 0, completed: [], answers: {}, finished: false };
}

/**
 * `record[key]` for keys that come from files: a lesson or step id such as `constructor` or
 * `__proto__` must never find a property of Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether Windows confirmed this ticked step. */
export function isConfirmed(saved: LessonProgress | undefined, step: string): boolean {
  return (saved?.confirmed ?? []).includes(step) && saved?.completed.includes(step) === true;
}

/** A copy with `confirmed` set; the field is left out when empty, so files look as they did before. */
export function withConfirmed(saved: LessonProgress, confirmed: readonly string[]): LessonProgress {
  const { confirmed: _old, ...rest } = saved;
  return confirmed.length > 0 ? { ...rest, confirmed } : rest;
}

export function savedLesson(progress: ProgressData, lessonId: string): LessonProgress | undefined {
  return own(progress.lessons, lessonId);
}

export function lessonGeneration(progress: ProgressData, lessonId: string): number {
  return own(progress.lessonGenerations, lessonId) ?? 0;
}

/** A copy of `record` with `key` set, safe for any key (a computed key never sets a prototype). */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}

export function withoutEntry<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}
