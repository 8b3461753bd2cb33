import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { errorCode, sleep, type Fs } from './progress-file.js';
import { removeAdvice, shortPath } from './short-path.js';
import path from 'node:path';
import { said, type Sentence } from '../probes/sentence.js';

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

/**
 * A lock error: `message` is its English (logs, tests), `sentence` what the user reads, said in
 * their language at the edge (src/progress/error-sentence.ts). Both say the same (a test checks).
 */
class LockError extends Error {
  constructor(message: string, readonly sentence: Sentence) {
    super(message);
  }
}
/** Another window holds the lock: the change stays pending and is saved on a later try. */
export class LockBusyError extends LockError {}
/** The lock cannot work at all (a folder or an unreadable file in its place): waiting will not help. */
export class LockBrokenError extends LockError {}

/** The name and folder of a lock file the user is told to remove. */
function removeValues(file: string): { name: string; folder: string } {
  return { name: path.basename(file), folder: shortPath(path.dirname(file)) };
}

function broken(file: string, why: 'notFile' | 'unreadable' | 'staleStuck', code?: string): LockBrokenError {
  const detail = why === 'notFile' ? 'it is not a file' : why === 'staleStuck' ? 'it is stale but could not be removed' : `it cannot be read (${code ?? ''})`;
  return new LockBrokenError(`${removeAdvice(file)}: ${detail}`, said(`progress.lock.${why}`, { ...removeValues(file), ...(code === undefined ? {} : { code }) }));
}

const TAKEN_OVER = 'another winlink-tutor took over the lock during this save';

export type LockFs = Fs & Pick<typeof nodeFs, 'linkSync'>;

/**
 * Whether a waiter may keep a descriptor open on the lock it watches. On Windows a file that is
 * still open somewhere keeps its name after it is deleted (delete-on-close: Wine always, and
 * Windows file systems without POSIX delete), so a waiter holding the released lock open would
 * keep every window, itself included, from creating a new one until the stale timeout. There the
 * file's index (NTFS: with a sequence number, not handed out again at once) and its content
 * identify it without a pin.
 */
const PIN_WATCHED = process.platform !== 'win32';

/**
 * Who holds a lock: enough to tell, on this machine and in this PID namespace, whether it still
 * lives and is still the process that wrote it (its start, so a reused pid never passes for it).
 */
function identity(): string {
  return holderIdentity(process.pid);
}

/** What process `pid` writes into a lock it takes (tests plant locks of live processes with it). */
export function holderIdentity(pid: number): string {
  return `${pid} ${hostname()} ${pidNamespace()} ${processStart(pid) ?? '-'}`;
}

let bootId: string | null | undefined;

/**
 * When process `pid` started, as `<boot id>/<start tick>`: the same pid after a reboot or after
 * the pid was handed to another process gives another value. Null where the system does not
 * tell (no /proc: Windows, macOS; or /proc hides other users' processes).
 */
export function processStart(pid: number): string | null {
  // Windows pids are not Linux pids, even where a /proc is reachable (Wine's Z: drive).
  if (process.platform === 'win32') return null;
  try {
    bootId ??= nodeFs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    bootId = null;
  }
  if (!bootId) return null;
  try {
    const stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which is in parentheses and may hold spaces.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start !== undefined && /^\d+$/.test(start) ? `${bootId}/${start}` : null;
  } catch {
    return null;
  }
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
export function withFileLock<T>(file: string, action: (lock: LockHandle) => T, waitMs: number, fs: LockFs = nodeFs, pinWatched = PIN_WATCHED): T {
  const lock = `${file}.lock`;
  const fd = acquire(lock, performance.now() + waitMs, fs, pinWatched);
  const held = fs.fstatSync(fd);
  const handle: LockHandle = {
    assertHeld() {
      let now: nodeFs.Stats;
      try {
        now = fs.lstatSync(lock);
      } catch {
        throw new LockBusyError(TAKEN_OVER, said('progress.lock.takenOver'));
      }
      if (now.ino !== held.ino || now.dev !== held.dev) throw new LockBusyError(TAKEN_OVER, said('progress.lock.takenOver'));
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
const watched = new Map<string, { key: string; since: number; last: number; fd: number | null }>();

function forget(file: string, fs: LockFs): void {
  const seen = watched.get(file);
  if (!seen) return;
  watched.delete(file);
  if (seen.fd === null) return;
  try {
    fs.closeSync(seen.fd);
  } catch {
    // Nothing to do about a close error on a read-only descriptor.
  }
}

/**
 * How long this process has watched the same file without a break: a different file (or
 * content) in between, or a pause, starts the count again. Keeps `fd` (open on the file just
 * seen) as the pin of the watch, or closes it when the watch already pins that file or must
 * not pin at all (`pin` false: see PIN_WATCHED).
 */
function unchangedFor(file: string, key: string, fd: number, fs: LockFs, pin: boolean): number {
  const now = performance.now();
  const seen = watched.get(file);
  if (seen && seen.key === key && now - seen.last <= SIGHTING_GAP_MS) {
    fs.closeSync(fd);
    seen.last = now;
    return now - seen.since;
  }
  forget(file, fs);
  if (!pin) fs.closeSync(fd);
  watched.set(file, { key, since: now, last: now, fd: pin ? fd : null });
  return 0;
}

function acquire(lock: string, deadline: number, fs: LockFs, pin: boolean): number {
  let takeovers = 0;
  for (;;) {
    const fd = tryCreate(lock, fs);
    if (fd !== null) {
      // Whatever was watched there is gone: the next wait starts a new watch.
      forget(lock, fs);
      forget(`${lock}.break`, fs);
      return fd;
    }
    const holder = inspect(lock, fs, pin);
    if (holder.stale && takeOver(lock, holder, fs, pin) === 'tried') {
      if (++takeovers > MAX_TAKEOVERS) throw broken(lock, 'staleStuck');
      continue;
    }
    if (performance.now() >= deadline) throw busyError(lock, holder);
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
  /** The holder is a process that is alive and started when the one that wrote the lock did. */
  readonly verified: boolean;
}

const GONE: Holder = { stale: false, key: '', pid: null, verified: true };

/**
 * Why a save waits. A holder proven alive is another window saving; any other lock may be a
 * leftover (a killed window's, its pid since reused), so the user learns which file to remove.
 */
function busyError(lock: string, holder: Holder): LockBusyError {
  if (holder.verified) {
    return holder.pid
      ? new LockBusyError(`another winlink-tutor (process ${holder.pid}) is saving`, said('progress.lock.busyProcess', { pid: holder.pid }))
      : new LockBusyError('another winlink-tutor is saving', said('progress.lock.busy'));
  }
  const who = holder.pid ? `process ${holder.pid}` : 'another computer or an earlier run';
  const whoSaid = holder.pid ? said('progress.lock.heldByProcess', { pid: holder.pid }) : said('progress.lock.heldByUnknown');
  return new LockBusyError(`${removeAdvice(lock)} if no other winlink-tutor is open (it is held by ${who})`, said('progress.lock.leftover', { ...removeValues(lock), who: whoSaid }));
}

/**
 * Who holds `file` (the lock or its breaker). The descriptor opened first pins the inode, and
 * the content read by path counts only if the same inode is still there afterwards, so the
 * device, inode and content judged always belong to one file.
 */
function inspect(file: string, fs: LockFs, pin: boolean): Holder {
  let fd: number;
  try {
    fd = fs.openSync(file, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NOFOLLOW | nodeFs.constants.O_NONBLOCK);
  } catch (error) {
    // Released between our attempts: just try again.
    if (errorCode(error) === 'ENOENT') return GONE;
    if (errorCode(error) === 'ELOOP') throw broken(file, 'notFile');
    throw broken(file, 'unreadable', errorCode(error) ?? String(error));
  }
  let pinned: nodeFs.Stats;
  let content: string;
  try {
    pinned = fs.fstatSync(fd);
    if (!pinned.isFile()) throw broken(file, 'notFile');
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
    throw broken(file, 'unreadable', errorCode(error) ?? String(error));
  }
  const key = `${pinned.dev}:${pinned.ino}:${content}`;
  const watchedFor = unchangedFor(file, key, fd, fs, pin);
  const [pidText, host, namespace, start] = content.split(' ');
  const pid = pidText !== undefined && /^\d+$/.test(pidText) ? Number(pidText) : null;
  const watch = (limit: number): Holder => ({ key, pid, stale: watchedFor > limit, verified: false });
  if (content === '') return watch(EMPTY_STALE_MS);
  // Same machine and PID namespace (or an older lock with just a pid): the pid tells.
  const checkable = pid !== null && (host === undefined || (host === hostname() && namespace === pidNamespace()));
  if (!checkable) return watch(UNCHECKABLE_STALE_MS);
  // Saves are synchronous: this process never waits for a lock it holds, so its own pid in a
  // lock is a leftover of an earlier process that had the same pid.
  if (pid === process.pid || !isAlive(pid)) return { key, pid, stale: true, verified: false };
  // Alive: still the holder only if it started when the lock's writer did (a reused pid did not).
  const now = processStart(pid);
  if (start !== undefined && start !== '-' && now !== null) return { key, pid, stale: now !== start, verified: now === start };
  // A lock of an earlier release (no start) or a system that cannot tell: watched like one
  // from another machine, and the user is told which file to remove meanwhile.
  return watch(UNCHECKABLE_STALE_MS);
}

/**
 * Takes a stale lock out of the way while holding `<lock>.break`. The breaker is created like
 * the lock (O_EXCL, then this process's identity), so a breaker is judged like a lock: never
 * broken while its process lives, at once when it is gone. Only one window at a time removes a
 * stale lock, so it cannot remove the lock another window created after taking over the same
 * stale one. Returns 'busy' when another window is breaking it right now.
 */
function takeOver(lock: string, holder: Holder, fs: LockFs, pin: boolean): 'tried' | 'busy' {
  const breaker = `${lock}.break`;
  let fd: number | null;
  try {
    fd = tryCreate(breaker, fs);
  } catch (error) {
    const code = errorCode(error) ?? String(error);
    throw new LockBrokenError(`cannot take over the stale ${lock} (${code})`, said('progress.lock.cannotTakeOver', { file: lock, code }));
  }
  if (fd === null) {
    // Another window is breaking it; a breaker left by a killed window goes like a stale lock.
    const breaking = inspect(breaker, fs, pin);
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
