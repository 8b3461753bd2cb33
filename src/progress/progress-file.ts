/**
 * Reading and writing the progress file itself. Reads never follow a link and refuse anything
 * that is not a plain file of a sane size; writes go to a private temporary file that is
 * flushed to disk and renamed over the old one, so a crash leaves either the old or the new
 * file, and a rename replaces a link instead of writing through it.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { said, type Sentence } from '../probes/sentence.js';
import { NewerFormatError, parseFile, ProgressShapeError, type ProgressFile } from './file-format.js';

/** A course of 500 lessons saves well under 2 MB; anything this big is not ours. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type Fs = Pick<
  typeof nodeFs,
  | 'lstatSync'
  | 'openSync'
  | 'readFileSync'
  | 'readSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'fstatSync'
  | 'mkdirSync'
  | 'accessSync'
  | 'constants'
>;

/** Tells whether the file changed since it was last read or written; never ordered by time. */
export type FileStamp = string;

export type ReadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly file: ProgressFile; readonly stamp: FileStamp }
  /** `reason`: why, as data the edge says in the user's language. */
  | { readonly kind: 'unusable'; readonly reason: Sentence }
  /** Written by a newer release in a format this build must not write: never moved or changed. */
  | { readonly kind: 'newer'; readonly error: NewerFormatError };

export function stampOf(stats: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): FileStamp {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** The file's stamp now, or null when it does not exist (or cannot be looked at). */
export function currentStamp(file: string, fs: Fs = nodeFs): FileStamp | null {
  try {
    return stampOf(fs.lstatSync(file));
  } catch {
    return null;
  }
}

/**
 * The save counter near the start of the file, read without parsing the rest: a cheap check,
 * run before every key, that catches saves a stamp can miss (a reused inode, the same size,
 * a coarse file clock). Null when there is no file or no counter.
 */
export function readCounter(file: string, fs: Fs = nodeFs): number | null {
  const head = readHead(file, fs);
  if (head === null) return null;
  const match = /"counter":\s*(\d+)/.exec(head);
  // Files of earlier releases have no counter: the same as counter 0, as parseFile reads them.
  return match ? Number(match[1]) : 0;
}

/**
 * The format version near the start of the file (every release writes it there), read without
 * parsing the rest: a newer release's file is found when a store opens. Null: none found there.
 */
export function readVersion(file: string, fs: Fs = nodeFs): number | null {
  const match = /"version":\s*(\d+)/.exec(readHead(file, fs) ?? '');
  return match ? Number(match[1]) : null;
}

function readHead(file: string, fs: Fs): string | null {
  let fd: number;
  try {
    fd = fs.openSync(file, readFlags(fs));
  } catch {
    return null;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return null;
    const head = Buffer.alloc(256);
    const length = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, length).toString('utf8');
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Never follows a link, and never waits: a FIFO or device put in place of the file must not
 * hang the tutorial (O_NONBLOCK; the type is checked on the open descriptor). Windows has
 * neither flag nor FIFOs.
 */
function readFlags(fs: Fs): number {
  return fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);
}

/** Throws when the file exists but cannot be opened for reading (another user's, EACCES). */
export function assertReadable(file: string, fs: Fs = nodeFs): void {
  let fd: number;
  try {
    fd = fs.openSync(file, readFlags(fs));
  } catch (error) {
    // Missing is fine (a first run); a link or a FIFO is dealt with when the file is read.
    if (['ENOENT', 'ELOOP', 'ENXIO'].includes(errorCode(error) ?? '')) return;
    throw error;
  }
  fs.closeSync(fd);
}

export function readProgressFile(file: string, fs: Fs = nodeFs): ReadResult {
  let stats: nodeFs.Stats;
  try {
    stats = fs.lstatSync(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (stats.isSymbolicLink()) return { kind: 'unusable', reason: said('progress.reason.link') };
  if (!stats.isFile()) return { kind: 'unusable', reason: said('progress.reason.notFile') };
  if (stats.size > MAX_FILE_BYTES) return { kind: 'unusable', reason: said('progress.reason.tooLarge', { megabytes: Math.round(stats.size / 1024 / 1024) }) };
  // The checks above are repeated on the open descriptor: the file may change in between.
  let fd: number;
  try {
    fd = fs.openSync(file, readFlags(fs));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    if (errorCode(error) === 'ELOOP') return { kind: 'unusable', reason: said('progress.reason.link') };
    throw error;
  }
  let text: string;
  let stamp: FileStamp;
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { kind: 'unusable', reason: said('progress.reason.notFile') };
    if (opened.size > MAX_FILE_BYTES) return { kind: 'unusable', reason: said('progress.reason.tooLarge', { megabytes: Math.round(opened.size / 1024 / 1024) }) };
    stamp = stampOf(opened);
    text = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  try {
    return { kind: 'ok', file: parseFile(text), stamp };
  } catch (error) {
    if (error instanceof ProgressShapeError) return { kind: 'unusable', reason: error.sentence };
    if (error instanceof NewerFormatError) return { kind: 'newer', error };
    throw error;
  }
}

/** Errors worth a short retry: on Windows, antivirus or another reader briefly holds the file. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_TRIES = 8;

/**
 * Writes `text` atomically; returns the new file's stamp. Never leaves a temporary file behind
 * on failure. `beforeRename` runs when the data is on disk, just before it replaces the file
 * (the store checks there that it still holds the lock).
 */
export function writeProgressFile(file: string, text: string, fs: Fs = nodeFs, beforeRename: () => void = () => {}): FileStamp {
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    beforeRename();
    renameWithRetry(temp, file, fs);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file), fs);
  return currentStamp(file, fs) ?? '';
}

/** Renames, retrying briefly on Windows while another program (antivirus, an indexer, another window) holds the file. */
export function renameWithRetry(from: string, to: string, fs: Pick<Fs, 'renameSync'>, platform: NodeJS.Platform = process.platform): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_TRIES || !(platform === 'win32' && TRANSIENT.has(errorCode(error) ?? ''))) throw error;
      sleep(attempt * 15);
    }
  }
}

/** Makes the rename itself durable on POSIX; folders cannot be opened this way on Windows. */
function syncFolder(dir: string, fs: Fs): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse to sync a folder; the data itself is already on disk.
  }
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
