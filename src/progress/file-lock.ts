import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { errorCode, sleep, type Fs } from './progress-file.js';

/** Older than this, a lock is a leftover even if its pid was reused: no save takes this long. */
const STALE_MS = 30_000;
/** A holder writes its pid right after creating the file; an empty lock this old lost its holder. */
const EMPTY_STALE_MS = 1000;
const RETRY_MS = 2;

/** Another window holds the lock: the change stays pending and is saved on a later try. */
export class LockBusyError extends Error {}
/** The lock cannot work at all (a folder or an unreadable file in its place): waiting will not help. */
export class LockBrokenError extends Error {}

export type LockFs = Fs & Pick<typeof nodeFs, 'linkSync'>;

/**
 * Runs `action` holding `<file>.lock` (created with O_EXCL), so two windows' read-apply-write
 * cycles never interleave. Never runs without the lock: after `waitMs` it throws LockBusyError.
 * A lock left by a killed process (dead pid, or very old) is taken over.
 */
export function withFileLock<T>(file: string, action: () => T, waitMs: number, fs: LockFs = nodeFs): T {
  const lock = `${file}.lock`;
  const fd = acquire(lock, Date.now() + waitMs, fs);
  try {
    return action();
  } finally {
    release(lock, fd, fs);
  }
}

/** Removes the lock only while it is still this one (a window that judged it stale may have replaced it). */
function release(lock: string, fd: number, fs: LockFs): void {
  try {
    const held = fs.fstatSync(fd);
    const now = fs.lstatSync(lock);
    if (held.ino === now.ino && held.dev === now.dev) fs.rmSync(lock, { force: true });
  } catch {
    // Already gone.
  } finally {
    fs.closeSync(fd);
  }
}

function acquire(lock: string, deadline: number, fs: LockFs): number {
  for (;;) {
    const fd = tryCreate(lock, fs);
    if (fd !== null) return fd;
    const holder = inspect(lock, fs);
    if (holder.stale) takeOver(lock, holder.content, fs);
    else if (Date.now() >= deadline) throw new LockBusyError(holder.pid ? `another winlink-tutor (process ${holder.pid}) is saving` : 'another winlink-tutor is saving');
    else sleep(RETRY_MS);
  }
}

function tryCreate(lock: string, fs: LockFs): number | null {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return null;
    throw error;
  }
  try {
    fs.writeSync(fd, String(process.pid));
    return fd;
  } catch (error) {
    // Disk full: do not leave an empty lock (or a descriptor) behind.
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
    throw error;
  }
}

interface Holder {
  readonly stale: boolean;
  readonly content: string;
  readonly pid: number | null;
}

function inspect(lock: string, fs: LockFs): Holder {
  let stats: nodeFs.Stats;
  let content: string;
  try {
    stats = fs.lstatSync(lock);
    if (!stats.isFile()) throw new LockBrokenError(`${lock} is not a file; remove it so progress can be saved`);
    content = fs.readFileSync(lock, 'utf8');
  } catch (error) {
    if (error instanceof LockBrokenError) throw error;
    // Released between our attempts: just try again.
    if (errorCode(error) === 'ENOENT') return { stale: false, content: '', pid: null };
    throw new LockBrokenError(`cannot read ${lock} (${errorCode(error) ?? String(error)}); remove it so progress can be saved`);
  }
  const age = Date.now() - stats.mtimeMs;
  const pid = /^\d+$/.test(content) ? Number(content) : null;
  if (pid === null) return { stale: age > EMPTY_STALE_MS, content, pid };
  return { stale: age > STALE_MS || !isAlive(pid), content, pid };
}

/**
 * Moves the stale lock out of the way under a private name and checks it is the one judged
 * stale: if another window replaced it meanwhile, its live lock is put back.
 */
function takeOver(lock: string, content: string, fs: LockFs): void {
  const mine = `${lock}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lock, mine);
  } catch {
    return;
  }
  let moved = '';
  try {
    moved = fs.readFileSync(mine, 'utf8');
  } catch {
    // Unreadable now: treat as the stale one.
    moved = content;
  }
  if (moved !== content) {
    try {
      fs.linkSync(mine, lock);
    } catch {
      // A new lock exists already; the one we moved loses its file but its holder still finishes.
    }
  }
  fs.rmSync(mine, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
