import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/** Give up waiting after this and go ahead unlocked: a stuck lock must never freeze the tutorial. */
const TIMEOUT_MS = 2000;
/** Older than this, a lock is a crash leftover even if its pid was reused. */
const STALE_MS = 10_000;
/** A holder writes its pid right after creating the file; an empty lock this old lost its holder. */
const EMPTY_STALE_MS = 1000;
const RETRY_MS = 2;

/**
 * Runs `action` holding `<file>.lock` (created with O_EXCL), so two instances' read-merge-write
 * cycles cannot interleave and lose the other's latest save. Locks left by a killed process
 * (dead pid) are taken over at once. Best effort: on timeout or an unwritable folder it runs
 * anyway, and the merge on save still keeps both instances' lessons.
 */
export function withFileLock<T>(file: string, action: () => T): T {
  const lock = `${file}.lock`;
  const fd = acquire(lock);
  try {
    return action();
  } finally {
    if (fd !== null) {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}

function acquire(lock: string): number | null {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      return fd;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) return null;
      if (isStale(lock)) rmSync(lock, { force: true });
      else sleep(RETRY_MS);
    }
  }
}

function isStale(lock: string): boolean {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (!Number.isInteger(pid) || pid <= 0) return age > EMPTY_STALE_MS;
    return age > STALE_MS || !isAlive(pid);
  } catch {
    // Released between our attempts: just try again.
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
