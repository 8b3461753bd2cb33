import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
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
/**
 * Per path (the lock, and `<lock>.break`): the file last seen there (device, inode and content),
 * since when and when last, and a descriptor kept open on it. The open descriptor pins the
 * inode: while it is open, no other file can get the same device and inode number, so "the
 * same key again" really is the same file and not a new one that reused a freed inode (ext4
 * hands the freed number to the next file created in the folder at once).
 */
const watched = new Map<string, { key: string; since: number; last: number; fd: number }>();

function forget(file: string, fs: LockFs): void {
  const seen = watched.get(file);
  if (!seen) return;
  watched.delete(file);
  try {
    fs.closeSync(seen.fd);
  } catch {
    // Nothing to do about a close error on a read-only descriptor.
  }
}

/**
 * How long this process has watched the same file without a break: a different file (or
 * content) in between, or a pause, starts the count again. Keeps `fd` (open on the file just
 * seen) as the pin of the watch, or closes it when the watch already pins that file.
 */
function unchangedFor(file: string, key: string, fd: number, fs: LockFs): number {
  const now = performance.now();
  const seen = watched.get(file);
  if (seen && seen.key === key && now - seen.last <= SIGHTING_GAP_MS) {
    fs.closeSync(fd);
    seen.last = now;
    return now - seen.since;
  }
  forget(file, fs);
  watched.set(file, { key, since: now, last: now, fd });
  return 0;
}

function acquire(lock: string, deadline: number, fs: LockFs): number {
  let takeovers = 0;
  for (;;) {
    const fd = tryCreate(lock, fs);
    if (fd !== null) {
      // Whatever was watched there is gone: the next wait starts a new watch.
      forget(lock, fs);
      forget(`${lock}.break`, fs);
      return fd;
    }
    const holder = inspect(lock, fs);
    if (holder.stale && takeOver(lock, holder, fs) === 'tried') {
      if (++takeovers > MAX_TAKEOVERS) throw new LockBrokenError(`cannot remove the stale ${lock}; remove it so progress can be saved`);
      continue;
    }
    if (performance.now() >= deadline) {
      throw new LockBusyError(holder.pid ? `another winlink-tutor (process ${holder.pid}) is saving` : 'another winlink-tutor is saving');
    }
    sleep(RETRY_MS);
  }
}

/** Creates `file` with O_EXCL and writes this process's identity into it; null if it exists. */
function tryCreate(file: string, fs: LockFs): number | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
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
    fs.rmSync(file, { force: true });
    throw error;
  }
}

interface Holder {
  readonly stale: boolean;
  /** `dev:ino:content` of the file judged; its inode stays pinned by the watch. */
  readonly key: string;
  readonly pid: number | null;
}

const GONE: Holder = { stale: false, key: '', pid: null };

/**
 * Who holds `file` (the lock or its breaker). The descriptor opened first pins the inode, and
 * the content read by path counts only if the same inode is still there afterwards, so the
 * device, inode and content judged always belong to one file.
 */
function inspect(file: string, fs: LockFs): Holder {
  let fd: number;
  try {
    fd = fs.openSync(file, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NOFOLLOW | nodeFs.constants.O_NONBLOCK);
  } catch (error) {
    // Released between our attempts: just try again.
    if (errorCode(error) === 'ENOENT') return GONE;
    if (errorCode(error) === 'ELOOP') throw new LockBrokenError(`${file} is not a file; remove it so progress can be saved`);
    throw new LockBrokenError(`cannot read ${file} (${errorCode(error) ?? String(error)}); remove it so progress can be saved`);
  }
  let pinned: nodeFs.Stats;
  let content: string;
  try {
    pinned = fs.fstatSync(fd);
    if (!pinned.isFile()) throw new LockBrokenError(`${file} is not a file; remove it so progress can be saved`);
    content = fs.readFileSync(file, 'utf8');
    const after = fs.lstatSync(file);
    // Replaced while we read: what we read may be another file's; look again.
    if (after.dev !== pinned.dev || after.ino !== pinned.ino) {
      fs.closeSync(fd);
      return GONE;
    }
  } catch (error) {
    fs.closeSync(fd);
    if (error instanceof LockBrokenError) throw error;
    if (errorCode(error) === 'ENOENT') return GONE;
    throw new LockBrokenError(`cannot read ${file} (${errorCode(error) ?? String(error)}); remove it so progress can be saved`);
  }
  const key = `${pinned.dev}:${pinned.ino}:${content}`;
  const watchedFor = unchangedFor(file, key, fd, fs);
  const [pidText, host, namespace] = content.split(' ');
  const pid = pidText !== undefined && /^\d+$/.test(pidText) ? Number(pidText) : null;
  if (content === '') return { key, pid, stale: watchedFor > EMPTY_STALE_MS };
  // Same machine and PID namespace (or an older lock with just a pid): the pid tells.
  const checkable = pid !== null && (host === undefined || (host === hostname() && namespace === pidNamespace()));
  if (checkable) return { key, pid, stale: !isAlive(pid) };
  return { key, pid, stale: watchedFor > UNCHECKABLE_STALE_MS };
}

/**
 * Takes a stale lock out of the way while holding `<lock>.break`. The breaker is created like
 * the lock (O_EXCL, then this process's identity), so a breaker is judged like a lock: never
 * broken while its process lives, at once when it is gone. Only one window at a time removes a
 * stale lock, so it cannot remove the lock another window created after taking over the same
 * stale one. Returns 'busy' when another window is breaking it right now.
 */
function takeOver(lock: string, holder: Holder, fs: LockFs): 'tried' | 'busy' {
  const breaker = `${lock}.break`;
  let fd: number | null;
  try {
    fd = tryCreate(breaker, fs);
  } catch (error) {
    throw new LockBrokenError(`cannot take over the stale ${lock} (${errorCode(error) ?? String(error)})`);
  }
  if (fd === null) {
    // Another window is breaking it; a breaker left by a killed window goes like a stale lock.
    const breaking = inspect(breaker, fs);
    if (breaking.stale) removeIfStill(breaker, breaking.key, fs);
    return 'busy';
  }
  const held = fs.fstatSync(fd);
  try {
    if (removeIfStill(lock, holder.key, fs)) forget(lock, fs);
  } finally {
    release(breaker, fd, held, fs);
  }
  return 'tried';
}

/**
 * Removes `file` only if it is exactly the file judged stale (`key`: device, inode — pinned by
 * the watch, so never a reused number — and content). The check and the removal are one step:
 * the file is first renamed to a name of its own, then checked; anything else caught that way
 * (a live lock created meanwhile) is linked back where it was at once.
 */
function removeIfStill(file: string, key: string, fs: LockFs): boolean {
  // Most often another window took it over already and a live lock is there: leave it alone.
  if (keyOf(file, fs) !== key) return false;
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    // Gone already (the next attempt creates it), or cannot be moved (counted as a failed takeover).
    return false;
  }
  // Unreadable counts as not the stale one: it goes back.
  const same = keyOf(aside, fs) === key;
  if (!same) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A new lock took the place already; its holder and the displaced one's assertHeld decide.
    }
  }
  try {
    fs.rmSync(aside, { force: true });
  } catch {
    // A leftover `.stale-` file is tidied up later.
  }
  return same;
}

/** `dev:ino:content` of the file at `file` now; null when it cannot be read. */
function keyOf(file: string, fs: LockFs): string | null {
  try {
    const stats = fs.lstatSync(file);
    return `${stats.dev}:${stats.ino}:${fs.readFileSync(file, 'utf8')}`;
  } catch {
    return null;
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
