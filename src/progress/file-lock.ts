import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { errorCode, sleep, type Fs } from './progress-file.js';

/**
 * A lock whose holder cannot be checked (an empty file, another machine or PID namespace) is
 * taken over only after this process has seen it unchanged for this long, by its own monotonic
 * clock: never by file times, which a wrong or jumping clock makes meaningless.
 */
const UNCHECKABLE_STALE_MS = 60_000;
/** A holder writes its identity right after creating the file; empty for this long means it died there. */
const EMPTY_STALE_MS = 2000;
const RETRY_MS = 2;
/** Taking over a stale lock that keeps coming back (an unremovable file) stops here. */
const MAX_TAKEOVERS = 20;

/** Another window holds the lock: the change stays pending and is saved on a later try. */
export class LockBusyError extends Error {}
/** The lock cannot work at all (a folder or an unreadable file in its place): waiting will not help. */
export class LockBrokenError extends Error {}

export type LockFs = Fs & Pick<typeof nodeFs, 'linkSync'>;

/** Who holds a lock: enough to tell, on this machine and in this PID namespace, whether it still lives. */
function identity(): string {
  return `${process.pid} ${hostname()} ${pidNamespace()}`;
}

function pidNamespace(): string {
  try {
    return nodeFs.readlinkSync('/proc/self/ns/pid');
  } catch {
    return '-';
  }
}

export interface LockHandle {
  /** Throws LockBusyError when the lock is no longer this one's (another window judged it stale). */
  assertHeld(): void;
}

/**
 * Runs `action` holding `<file>.lock` (created with O_EXCL), so two windows' read-apply-write
 * cycles never interleave. Never runs without the lock: after `waitMs` it throws LockBusyError.
 * A lock left by a process that no longer runs is taken over; `action` checks it still holds
 * the lock right before it writes.
 */
export function withFileLock<T>(file: string, action: (lock: LockHandle) => T, waitMs: number, fs: LockFs = nodeFs): T {
  const lock = `${file}.lock`;
  const fd = acquire(lock, performance.now() + waitMs, fs);
  const held = fs.fstatSync(fd);
  const handle: LockHandle = {
    assertHeld() {
      let now: nodeFs.Stats;
      try {
        now = fs.lstatSync(lock);
      } catch {
        throw new LockBusyError('another winlink-tutor took over the lock during this save');
      }
      if (now.ino !== held.ino || now.dev !== held.dev) throw new LockBusyError('another winlink-tutor took over the lock during this save');
    },
  };
  try {
    return action(handle);
  } finally {
    release(lock, fd, held, fs);
  }
}

/** Removes the lock only while it is still this one. Never throws: the save itself is done. */
function release(lock: string, fd: number, held: nodeFs.Stats, fs: LockFs): void {
  try {
    const now = fs.lstatSync(lock);
    if (held.ino === now.ino && held.dev === now.dev) fs.rmSync(lock, { force: true });
  } catch {
    // Already gone, or the folder went away: nothing to release.
  }
  try {
    fs.closeSync(fd);
  } catch {
    // A close error (EIO on a network drive) after the rename changes nothing that was saved.
  }
}

/** Sightings further apart than this do not count as watching the lock all along. */
const SIGHTING_GAP_MS = 1000;
/** Per lock path: the lock last seen there (device, inode and content), since when and when last. */
const watched = new Map<string, { key: string; since: number; last: number }>();

/**
 * How long this process has watched the same lock without a break: a different file (or
 * content) in between, or a pause, starts the count again. Inode numbers are reused, so only
 * an unbroken run of sightings proves a lock has not moved.
 */
function unchangedFor(lock: string, key: string): number {
  const now = performance.now();
  const seen = watched.get(lock);
  const since = seen && seen.key === key && now - seen.last <= SIGHTING_GAP_MS ? seen.since : now;
  watched.set(lock, { key, since, last: now });
  return now - since;
}

function acquire(lock: string, deadline: number, fs: LockFs): number {
  let takeovers = 0;
  for (;;) {
    const fd = tryCreate(lock, fs);
    if (fd !== null) return fd;
    const holder = inspect(lock, fs);
    if (holder.stale) {
      if (++takeovers > MAX_TAKEOVERS) throw new LockBrokenError(`cannot remove the stale ${lock}; remove it so progress can be saved`);
      takeOver(lock, holder, fs);
      continue;
    }
    if (performance.now() >= deadline) {
      throw new LockBusyError(holder.pid ? `another winlink-tutor (process ${holder.pid}) is saving` : 'another winlink-tutor is saving');
    }
    sleep(RETRY_MS);
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
    fs.writeSync(fd, identity());
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
  readonly key: string;
  readonly dev: number;
  readonly ino: number;
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
    if (errorCode(error) === 'ENOENT') return { stale: false, key: '', dev: 0, ino: 0, pid: null };
    throw new LockBrokenError(`cannot read ${lock} (${errorCode(error) ?? String(error)}); remove it so progress can be saved`);
  }
  const key = `${stats.dev}:${stats.ino}:${content}`;
  const watchedFor = unchangedFor(lock, key);
  const [pidText, host, namespace] = content.split(' ');
  const pid = pidText !== undefined && /^\d+$/.test(pidText) ? Number(pidText) : null;
  const base = { key, dev: stats.dev, ino: stats.ino, pid };
  if (content === '') return { ...base, stale: watchedFor > EMPTY_STALE_MS };
  // Same machine and PID namespace (or an older lock with just a pid): the pid tells.
  const checkable = pid !== null && (host === undefined || (host === hostname() && namespace === pidNamespace()));
  if (checkable) return { ...base, stale: !isAlive(pid) };
  return { ...base, stale: watchedFor > UNCHECKABLE_STALE_MS };
}

/**
 * Removes a stale lock while holding `<lock>.break` (O_EXCL), after checking it is still the
 * very file judged stale: two windows breaking the same lock cannot remove a fresh one.
 */
function takeOver(lock: string, holder: Holder, fs: LockFs): void {
  const breaker = `${lock}.break`;
  let fd: number;
  try {
    fd = fs.openSync(breaker, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw new LockBrokenError(`cannot take over the stale ${lock} (${errorCode(error) ?? String(error)})`);
    // Another window is breaking it right now; a breaker left by a killed process goes after a while.
    if (inspect(breaker, fs).stale) fs.rmSync(breaker, { force: true });
    else sleep(RETRY_MS);
    return;
  }
  try {
    const now = fs.lstatSync(lock);
    const content = fs.readFileSync(lock, 'utf8');
    if (now.dev === holder.dev && now.ino === holder.ino && `${now.dev}:${now.ino}:${content}` === holder.key) {
      fs.rmSync(lock, { force: true });
      watched.delete(lock);
    }
  } catch {
    // Gone already: the next attempt creates it.
  } finally {
    fs.closeSync(fd);
    fs.rmSync(breaker, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
