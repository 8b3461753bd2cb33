import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { said, type Sentence } from '../probes/sentence.js';
import { userDirs } from '../user-dirs.js';
import { BUILTIN_COURSE, emptyFile, FILE_VERSION, NewerFormatError, serializeFile, type ProgressFile } from './file-format.js';
import { withFileLock, type LockFs, type LockHandle } from './file-lock.js';
import { SentenceError } from './error-sentence.js';
import { removeOrphanedTemps } from './leftovers.js';
import { emptyProgress, own, withEntry, withoutEntry, type ProgressData } from './model.js';
import { applyOps, pruneProgress, resetCourse, resetLesson, type Applied, type CourseOutline, type ProgressOp } from './ops.js';
import { assertReadable, currentStamp, errorCode, MAX_FILE_BYTES, readCounter, readProgressFile, readVersion, writeProgressFile, type FileStamp } from './progress-file.js';
import { moveAside } from './set-aside.js';
import { shortPath } from './short-path.js';

export const PROGRESS_FILE = 'config.json';
/** How long a save from the keyboard may wait for another window's save before trying later. */
export const QUICK_WAIT_MS = 150;
/** How long quitting or `reset` waits: long enough for any real save, short enough not to feel hung. */
export const PATIENT_WAIT_MS = 3000;
/** A course's saved progress above this size is pruned of lessons and steps the course no longer has. */
const PRUNE_ABOVE_BYTES = 256 * 1024;
const MAX_COUNTER = Number.MAX_SAFE_INTEGER;

/** The small port the app and commands use; tests pass a temporary folder or use the memory store. */
export interface ProgressStore {
  readonly path: string;
  /** False when progress lives in memory only and is gone when the program ends. */
  readonly persistent: boolean;
  /** One line to show the user, e.g. when an unreadable file was moved aside (said at the edge, in the user's language). */
  readonly notice: Sentence | null;
  /** This course's progress as on disk now (empty, with a notice, when the file is unreadable). */
  load(): ProgressData;
  /**
   * The same, mid-session: null when the file is unreadable and could not be moved aside yet,
   * so a window keeps showing what it has instead of an empty course.
   */
  reload(): ProgressData | null;
  /** True when the file changed (another window saved, a reset) since this store last read or wrote it. */
  changed(): boolean;
  /**
   * Applies a window's changes onto what is on disk now, under the lock, and returns the result.
   * Throws LockBusyError when another window holds the lock for longer than `waitMs`.
   */
  apply(ops: readonly ProgressOp[], waitMs?: number): Applied;
  /** Forgets this course's progress (or one lesson's), leaving a mark open windows respect. */
  reset(lessonId?: string): void;
  /** The language chosen on the start screen, as last read or written; null: none. */
  language(): string | null;
  /**
   * Keeps the language choice with the progress (a top-level field, for every course); returns
   * this course's progress as saved. Throws as `apply` does (LockBusyError, NewerFormatError).
   */
  saveLanguage(tag: string | null, waitMs?: number): ProgressData;
}

/** Which course the progress belongs to: the built-in one, or another lesson folder. */
export interface CourseScope {
  readonly key: string;
  /** Lessons and steps the course has now: the view shows only these. */
  readonly outline?: CourseOutline;
}

export interface StoreOptions {
  /** Folder for the progress file; defaults to the user's config folder. */
  readonly dir?: string;
  readonly course?: CourseScope;
  readonly now?: () => Date;
  readonly fs?: LockFs;
}

/** Where the progress file is (or would be). */
export function progressFilePath(dir = userDirs().config): string {
  return path.join(dir, PROGRESS_FILE);
}

/**
 * Throws when the folder cannot be created or written, or the file cannot be read at all, so
 * the caller can fall back to memory; NewerFormatError when a newer release's file is there.
 */
export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const course = options.course ?? { key: BUILTIN_COURSE };
  const dir = options.dir ?? userDirs().config;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A read-only folder is found now, so the tutorial says so and keeps progress in memory.
  fs.accessSync(dir, fs.constants.W_OK);
  const file = progressFilePath(dir);
  // An unreadable file (another user's, EACCES) is found now too.
  assertReadable(file, fs);
  // So is a newer release's file: the caller keeps progress in memory and says why.
  const version = readVersion(file, fs);
  if (version !== null && version > FILE_VERSION) throw new NewerFormatError(version);
  let notice: Sentence | null = null;
  // What this store last read or wrote: how it notices another window's save.
  let seen: { stamp: FileStamp | null; counter: number | null } = { stamp: null, counter: null };
  let tidied = false;

  /** `data`: what to go on with once the file is moved aside (other courses' progress, if only this course's is bad). */
  type Read = { readonly data: ProgressFile; readonly seen: typeof seen; readonly unusable: Sentence | null };
  const readFile = (): Read => {
    const result = readProgressFile(file, fs);
    if (result.kind === 'newer') throw result.error;
    if (result.kind === 'missing') return { data: emptyFile(), seen: { stamp: null, counter: null }, unusable: null };
    if (result.kind === 'unusable') return { data: emptyFile(), seen, unusable: result.reason };
    // Other courses this build cannot read are kept as they are; this course's own cannot be:
    // the file is set aside as it is (a copy of everything), and the other courses go on.
    const unreadable = result.file.kept ? own(result.file.kept.unreadable, course.key) : undefined;
    if (unreadable !== undefined) return { data: withoutCourse(result.file, course.key), seen, unusable: said('progress.reason.shape', { detail: unreadable }) };
    return { data: result.file, seen: { stamp: result.stamp, counter: result.file.counter }, unusable: null };
  };
  /** Under the lock: an unusable file is moved aside first, and if that fails nothing is written over it. */
  const readForWrite = (lock: LockHandle): ProgressFile => {
    const read = readFile();
    if (read.unusable !== null) {
      const others = Object.keys(read.data.courses).length + Object.keys(read.data.kept?.unreadable ?? {}).length > 0;
      const moved = moveAside(file, now(), read.unusable, fs, others);
      notice = moved.notice;
      if (!moved.ok) throw new SentenceError(said('progress.save.notMovedAside', { error: moved.error }));
      // The other courses are written back at once: the next read must find them.
      if (others) seen = { stamp: writeProgressFile(file, serializeFile(read.data), fs, () => lock.assertHeld()), counter: read.data.counter };
    }
    return read.data;
  };
  /** What the window shows: only lessons and steps the course has now. */
  const shown = (progress: ProgressData): ProgressData => (course.outline ? pruneProgress(progress, course.outline) : progress);
  const view = (data: ProgressFile): ProgressData => shown(own(data.courses, course.key) ?? emptyProgress());
  /** Read, change this course, write: always under the lock, and only while still holding it. */
  let language: string | null = null;
  const locked = (change: (saved: ProgressData) => Applied, waitMs: number, chosen?: string | null): Applied =>
    withFileLock(
      file,
      (lock) => {
        if (!tidied) removeOrphanedTemps(file);
        tidied = true;
        const data = readForWrite(lock);
        const result = change(own(data.courses, course.key) ?? emptyProgress());
        const mine = shrink(result.progress, course.outline);
        const counter = data.counter >= MAX_COUNTER ? 1 : data.counter + 1;
        language = chosen === undefined ? (data.language ?? null) : chosen;
        let text = serializeFile({ counter, courses: withEntry(data.courses, course.key, mine), language, kept: data.kept });
        // Other courses are never pruned (a lessons folder on an unplugged stick comes back),
        // unless the file could not be saved at all otherwise.
        if (Buffer.byteLength(text) > MAX_FILE_BYTES) text = serializeFile({ counter, courses: withEntry(withoutMissingFolders(data.courses), course.key, mine), language, kept: data.kept });
        if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new SentenceError(said('progress.save.tooLarge'));
        const stamp = writeProgressFile(file, text, fs, () => lock.assertHeld());
        seen = { stamp, counter };
        return { progress: shown(result.progress), dropped: result.dropped };
      },
      waitMs,
      fs,
    );
  /**
   * The folder deleted while a window is open (by hand, a cleanup tool, `rm -rf ~/.config`) is
   * created again, as a new start would, instead of failing every save from then on.
   */
  const update = (change: (saved: ProgressData) => Applied, waitMs: number, chosen?: string | null): Applied => {
    try {
      return locked(change, waitMs, chosen);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || folderExists()) throw error;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Short enough for the top line of an 80-column window.
      notice = said('progress.folderRecreated', { folder: shortPath(dir) });
      return locked(change, waitMs, chosen);
    }
  };
  const folderExists = (): boolean => {
    try {
      fs.lstatSync(dir);
      return true;
    } catch {
      return false;
    }
  };

  function reload(): ProgressData | null {
    let read: Read;
    try {
      read = readFile();
    } catch (error) {
      // A newer release saved meanwhile: this window keeps what it shows, and its saves say why they fail.
      if (!(error instanceof NewerFormatError)) throw error;
      notice = error.sentence;
      seen = { stamp: currentStamp(file, fs), counter: readCounter(file, fs) };
      return null;
    }
    if (read.unusable === null) {
      seen = read.seen;
      language = read.data.language ?? null;
      return view(read.data);
    }
    // Moved aside now if no other window is busy with the file.
    try {
      return view(withFileLock(file, (lock) => readForWrite(lock), QUICK_WAIT_MS, fs));
    } catch {
      notice ??= said('progress.leftForNow', { file, reason: read.unusable });
      // Not tried again on every key: the next save moves it aside under the lock.
      seen = { stamp: currentStamp(file, fs), counter: readCounter(file, fs) };
      return null;
    }
  }

  return {
    path: file,
    persistent: true,
    get notice() {
      return notice;
    },
    load: () => reload() ?? emptyProgress(),
    reload,
    changed: () => currentStamp(file, fs) !== seen.stamp || readCounter(file, fs) !== seen.counter,
    apply: (ops, waitMs = QUICK_WAIT_MS) => update((saved) => applyOps(saved, ops), waitMs),
    reset(lessonId) {
      update((saved) => ({ progress: lessonId === undefined ? resetCourse(saved) : resetLesson(saved, lessonId), dropped: 0 }), PATIENT_WAIT_MS);
    },
    language: () => language,
    saveLanguage: (tag, waitMs = PATIENT_WAIT_MS) => update((saved) => ({ progress: saved, dropped: 0 }), waitMs, tag).progress,
  };
}

/** The file without one course (the one whose entry cannot be read), as a save goes on from it. */
function withoutCourse(data: ProgressFile, key: string): ProgressFile {
  const kept = data.kept && { ...data.kept, courses: withoutEntry(data.kept.courses, key), unreadable: withoutEntry(data.kept.unreadable, key) };
  return { counter: data.counter, courses: withoutEntry(data.courses, key), ...(kept ? { kept } : {}) };
}

/**
 * Only a course that has grown large is pruned when saved: pruning on every save would let a
 * window still showing an older version of the course erase progress in lessons it does not
 * know yet.
 */
function shrink(progress: ProgressData, outline: CourseOutline | undefined): ProgressData {
  if (!outline || Buffer.byteLength(JSON.stringify(progress)) <= PRUNE_ABOVE_BYTES) return progress;
  return pruneProgress(progress, outline);
}

/**
 * Progress of lesson folders that cannot be found now: dropped only when the file would grow
 * over its cap otherwise, so other courses cannot block this one's saves for good.
 */
function withoutMissingFolders(courses: ProgressFile['courses']): ProgressFile['courses'] {
  return Object.fromEntries(Object.entries(courses).filter(([key]) => !key.startsWith('dir:') || existsSync(key.slice('dir:'.length))));
}

/**
 * The language chosen on the start screen, read without taking the lock or creating anything
 * (commands that only print use it too); null when there is none or the file cannot be read.
 */
export function savedLanguage(file = progressFilePath()): string | null {
  try {
    const read = readProgressFile(file);
    return read.kind === 'ok' ? (read.file.language ?? null) : null;
  } catch {
    return null;
  }
}
