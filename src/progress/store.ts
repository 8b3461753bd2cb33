import * as nodeFs from 'node:fs';
import path from 'node:path';
import { userDirs } from '../user-dirs.js';
import { BUILTIN_COURSE, emptyFile, serializeFile, type ProgressFile } from './file-format.js';
import { LockBusyError, withFileLock, type LockFs } from './file-lock.js';
import { removeOrphanedTemps } from './leftovers.js';
import { emptyProgress, own, withEntry, type ProgressData } from './model.js';
import { applyOps, pruneProgress, resetCourse, resetLesson, type Applied, type CourseOutline, type ProgressOp } from './ops.js';
import { currentStamp, MAX_FILE_BYTES, readCounter, readProgressFile, writeProgressFile, type FileStamp } from './progress-file.js';
import { moveAside } from './set-aside.js';

export const PROGRESS_FILE = 'config.json';
/** How long a save from the keyboard may wait for another window's save before trying later. */
export const QUICK_WAIT_MS = 150;
/** How long quitting or `reset` waits: long enough for any real save, short enough not to feel hung. */
export const PATIENT_WAIT_MS = 3000;

/** The small port the app and commands use; tests pass a temporary folder or use the memory store. */
export interface ProgressStore {
  readonly path: string;
  /** False when progress lives in memory only and is gone when the program ends. */
  readonly persistent: boolean;
  /** One line to show the user once, e.g. when an unreadable file was moved aside. */
  readonly notice: string | null;
  /** This course's progress as on disk now. */
  load(): ProgressData;
  /** True when the file changed (another window saved, a reset) since this store last read or wrote it. */
  changed(): boolean;
  /**
   * Applies a window's changes onto what is on disk now, under the lock, and returns the result.
   * Throws LockBusyError when another window holds the lock for longer than `waitMs`.
   */
  apply(ops: readonly ProgressOp[], waitMs?: number): Applied;
  /** Forgets this course's progress (or one lesson's), leaving a mark open windows respect. */
  reset(lessonId?: string): void;
}

/** Which course the progress belongs to: the built-in one, or another lesson folder. */
export interface CourseScope {
  readonly key: string;
  /** Lessons and steps the course has now; entries of anything else are pruned on save. */
  readonly outline?: CourseOutline;
}

export interface StoreOptions {
  /** Folder for the progress file; defaults to the user's config folder. */
  readonly dir?: string;
  readonly course?: CourseScope;
  readonly now?: () => Date;
  readonly fs?: LockFs;
}

/** Throws when the folder cannot be created or written, so the caller can fall back to memory. */
export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const course = options.course ?? { key: BUILTIN_COURSE };
  const dir = options.dir ?? userDirs().config;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A read-only folder is found now, so the tutorial says so and keeps progress in memory.
  fs.accessSync(dir, fs.constants.W_OK);
  const file = path.join(dir, PROGRESS_FILE);
  let notice: string | null = null;
  let lastStamp: FileStamp | null = null;
  let lastCounter: number | null = null;
  let tidied = false;
  // Set by the last read: the file exists but is not a progress file of ours.
  let unusable = false;

  /** The file as it is; an unusable one is moved aside only while holding the lock. */
  const readFile = (locked: boolean): ProgressFile => {
    const result = readProgressFile(file, fs);
    unusable = result.kind === 'unusable';
    if (result.kind === 'ok') {
      lastStamp = result.stamp;
      lastCounter = result.file.counter;
      return result.file;
    }
    lastCounter = null;
    if (result.kind === 'missing') {
      lastStamp = null;
      return emptyFile();
    }
    if (locked) notice = moveAside(file, now(), result.reason) ?? notice;
    else notice ??= `Your saved progress at ${file} could not be read (${result.reason}); the tutorial starts fresh.`;
    lastStamp = currentStamp(file, fs);
    return emptyFile();
  };
  const view = (data: ProgressFile): ProgressData => {
    const saved = own(data.courses, course.key) ?? emptyProgress();
    return course.outline ? pruneProgress(saved, course.outline) : saved;
  };
  /** Read, change this course, write: always under the lock. */
  const update = (change: (saved: ProgressData) => Applied, waitMs: number): Applied =>
    withFileLock(
      file,
      () => {
        if (!tidied) removeOrphanedTemps(file);
        tidied = true;
        const data = readFile(true);
        const result = change(own(data.courses, course.key) ?? emptyProgress());
        const progress = course.outline ? pruneProgress(result.progress, course.outline) : result.progress;
        const text = serializeFile({ counter: data.counter + 1, courses: withEntry(data.courses, course.key, progress) });
        if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new Error('the progress file would grow too large');
        lastStamp = writeProgressFile(file, text, fs);
        lastCounter = data.counter + 1;
        return { progress, dropped: result.dropped };
      },
      waitMs,
      fs,
    );

  const store: ProgressStore = {
    path: file,
    persistent: true,
    get notice() {
      return notice;
    },
    load() {
      const data = readFile(false);
      // An unreadable file is moved aside now if no other window is busy with it.
      if (unusable) {
        try {
          return view(withFileLock(file, () => readFile(true), QUICK_WAIT_MS, fs));
        } catch (error) {
          if (!(error instanceof LockBusyError)) throw error;
        }
      }
      return view(data);
    },
    changed: () => currentStamp(file, fs) !== lastStamp || readCounter(file, fs) !== lastCounter,
    apply: (ops, waitMs = QUICK_WAIT_MS) => update((saved) => applyOps(saved, ops), waitMs),
    reset(lessonId) {
      update((saved) => ({ progress: lessonId === undefined ? resetCourse(saved) : resetLesson(saved, lessonId), dropped: 0 }), PATIENT_WAIT_MS);
    },
  };
  return store;
}
