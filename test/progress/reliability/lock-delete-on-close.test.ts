/**
 * CI (Wine lane, "two windows at once"): lesson 1 never saved its opening within 60 s. Under
 * Wine, and on Windows file systems without POSIX delete, a deleted file that is still open
 * somewhere keeps its name until the last descriptor closes (seen under Wine with Windows'
 * node.exe: after `rmSync`, `existsSync` is true and `openSync(…, 'wx')` fails with EEXIST while
 * another process holds the file open). A waiting window kept a descriptor open on the lock it
 * watched, so the holder's release left the lock in place and every window waited for the
 * one-minute stale timeout. This models that file system on top of the real one.
 */
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LockBusyError, withFileLock, type LockFs } from '../../../src/progress/file-lock.js';
import { idleProcesses, tempDir } from '../helpers.js';

const processes = idleProcesses();
afterAll(() => processes.stopAll());

/** A live process whose start this system cannot prove (as on Windows): it must be watched. */
function liveHolderWithoutStart(): string {
  return `${processes.start()} ${hostname()} - -`;
}

/** The real file system, except that deleting a file still open here defers until its last close (Windows delete-on-close). */
function deleteOnClose(): LockFs & { readonly openCount: (file: string) => number } {
  const openPaths = new Map<number, string>();
  const pending = new Set<string>();
  const openCount = (file: string) => [...openPaths.values()].filter((open) => open === file).length;
  const fs: LockFs = {
    ...nodeFs,
    openSync: ((file: string, flags: nodeFs.OpenMode = 'r', mode?: nodeFs.Mode) => {
      const fd = nodeFs.openSync(file, flags, mode);
      openPaths.set(fd, path.resolve(file));
      return fd;
    }) as typeof nodeFs.openSync,
    closeSync: (fd: number) => {
      const file = openPaths.get(fd);
      openPaths.delete(fd);
      nodeFs.closeSync(fd);
      if (file !== undefined && pending.has(file) && openCount(file) === 0) {
        pending.delete(file);
        nodeFs.rmSync(file, { force: true });
      }
    },
    rmSync: (file: nodeFs.PathLike, options?: nodeFs.RmOptions) => {
      const resolved = path.resolve(String(file));
      if (openCount(resolved) > 0) pending.add(resolved);
      else nodeFs.rmSync(file, options);
    },
  };
  return Object.assign(fs, { openCount });
}

describe('a waiting window on a delete-on-close file system (Windows, Wine)', () => {
  it('holds no descriptor on the lock between tries, so a released lock is gone and the next save takes it at once', () => {
    const file = path.join(tempDir(), 'config.json');
    const lock = `${file}.lock`;
    const fs = deleteOnClose();
    nodeFs.writeFileSync(lock, liveHolderWithoutStart());
    // Another window is saving: this one waits, then gives up for now (its change stays pending).
    expect(() => withFileLock(file, () => 'saved', 30, fs, false)).toThrow(LockBusyError);
    expect(fs.openCount(path.resolve(lock))).toBe(0);
    // The other window's save ends: it deletes its lock (and closes its own descriptor).
    fs.rmSync(lock, { force: true });
    expect(nodeFs.existsSync(lock)).toBe(false);
    expect(withFileLock(file, () => 'saved', 30, fs, false)).toBe('saved');
  });

  it('the same model shows the failure when a waiter pins the lock (as Linux does): the released lock stays and the next save waits', () => {
    const file = path.join(tempDir(), 'config.json');
    const lock = `${file}.lock`;
    const fs = deleteOnClose();
    nodeFs.writeFileSync(lock, liveHolderWithoutStart());
    expect(() => withFileLock(file, () => 'saved', 30, fs, true)).toThrow(LockBusyError);
    fs.rmSync(lock, { force: true });
    expect(nodeFs.existsSync(lock)).toBe(true);
    expect(() => withFileLock(file, () => 'saved', 30, fs, true)).toThrow(LockBusyError);
  });

  it('without a pin, a lock that never proves its holder is still taken over after a minute watched, and nothing is left open', () => {
    const file = path.join(tempDir(), 'config.json');
    const lock = `${file}.lock`;
    const fs = deleteOnClose();
    nodeFs.writeFileSync(lock, liveHolderWithoutStart());
    expect(() => withFileLock(file, () => 'saved', 30, fs, false)).toThrow(/if no other winlink-tutor is open/);
    // This process's own clock measures the watch: let it run fast.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 400));
    try {
      expect(withFileLock(file, () => 'saved', 120_000, fs, false)).toBe('saved');
    } finally {
      clock.mockRestore();
    }
    expect(fs.openCount(path.resolve(lock))).toBe(0);
    expect(nodeFs.existsSync(lock)).toBe(false);
  });
});
