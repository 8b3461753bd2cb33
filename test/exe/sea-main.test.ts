/**
 * The executables' entry (scripts/sea-main.cjs) unpacking its package on first start, with an
 * injected file system: antivirus software holding the fresh files makes Windows refuse the
 * folder rename for a moment (EPERM/EACCES/EBUSY).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as realFs from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Payload {
  getAsset(name: string): ArrayBuffer;
  files: string[];
  build: string;
}
type Io = { fs: typeof realFs; pid: number; sleep(ms: number): void };
const seaMain = createRequire(import.meta.url)('../../scripts/sea-main.cjs') as {
  cacheRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string;
  unpack(root: string, payload: Payload, io: Io): string;
  unpackSomewhere(payload: Payload, roots: string[], io: Io, write: (text: string) => void): string | null;
  RETRY_DELAYS_MS: number[];
};

const payload: Payload = {
  files: ['package.json', 'dist/cli.js'],
  build: '1.0.0-abc',
  getAsset: (name) => new TextEncoder().encode(`contents of ${name}`).buffer as ArrayBuffer,
};

/** The real file system, except that renameSync fails with `code` the first `failures` times. */
function busyRenames(code: string, failures: number) {
  const sleeps: number[] = [];
  let renames = 0;
  const fs = {
    ...realFs,
    renameSync: (from: realFs.PathLike, to: realFs.PathLike) => {
      renames++;
      if (renames <= failures) throw Object.assign(new Error(`${code}: operation not permitted, rename '${String(from)}'`), { code });
      realFs.renameSync(from, to);
    },
  } as typeof realFs;
  return { io: { fs, pid: 4242, sleep: (ms: number) => sleeps.push(ms) }, sleeps, renames: () => renames };
}

const freshRoot = () => mkdtempSync(path.join(tmpdir(), 'winlink-sea-'));

describe('first start of the executable', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('retries the folder rename with growing pauses while it fails with %s, then runs', (code) => {
    const root = freshRoot();
    const busy = busyRenames(code, 3);
    const dir = seaMain.unpack(root, payload, busy.io);
    expect(dir).toBe(path.join(root, 'exe-1.0.0-abc'));
    expect(readFileSync(path.join(dir, 'dist', 'cli.js'), 'utf8')).toBe('contents of dist/cli.js');
    expect(busy.sleeps).toEqual([50, 100, 200]);
    expect(realFs.readdirSync(root)).toEqual(['exe-1.0.0-abc']);
  });

  it('uses the copy another start unpacked meanwhile', () => {
    const root = freshRoot();
    const other = seaMain.unpack(root, payload, busyRenames('EPERM', 0).io);
    realFs.rmSync(path.join(other, 'dist'), { recursive: true });
    const busy = busyRenames('EPERM', 99);
    // package.json is there: no unpacking at all.
    expect(seaMain.unpack(root, payload, busy.io)).toBe(other);
    expect(busy.renames()).toBe(0);
  });

  it('when the rename never succeeds anywhere: one line that says what to do, no stack trace, nothing left behind', () => {
    const roots = [freshRoot(), freshRoot()];
    const busy = busyRenames('EPERM', Number.POSITIVE_INFINITY);
    const written: string[] = [];
    expect(seaMain.unpackSomewhere(payload, roots, busy.io, (text) => written.push(text))).toBeNull();
    expect(busy.sleeps).toEqual([...seaMain.RETRY_DELAYS_MS, ...seaMain.RETRY_DELAYS_MS]);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^winlink-tutor: could not unpack itself \(.*: EPERM; .*: EPERM\)\. Antivirus software may be checking the new files: wait a moment and start it again\. If it keeps failing, run `npx winlink-tutor` with Node instead\.\n$/);
    expect(written[0]?.split('\n')).toHaveLength(2);
    for (const root of roots) expect(realFs.readdirSync(root)).toEqual([]);
  });

  it('falls back to the second folder when the first cannot be used, and does not retry errors antivirus does not cause', () => {
    const file = path.join(freshRoot(), 'a-file');
    realFs.writeFileSync(file, '');
    const second = freshRoot();
    const busy = busyRenames('EPERM', 0);
    const dir = seaMain.unpackSomewhere(payload, [path.join(file, 'cache'), second], busy.io, () => undefined);
    expect(dir).toBe(path.join(second, 'exe-1.0.0-abc'));
    expect(busy.sleeps).toEqual([]);
    expect(existsSync(path.join(second, 'exe-1.0.0-abc', 'package.json'))).toBe(true);
  });

  it('keeps its cache where the tutorial does, WINLINK_CACHE_DIR first', () => {
    expect(seaMain.cacheRoot({ WINLINK_CACHE_DIR: '/x/cache' }, 'linux', '/home/ana')).toBe('/x/cache');
    expect(seaMain.cacheRoot({ WINLINK_CACHE_DIR: 'relative' }, 'linux', '/home/ana')).toBe('/home/ana/.cache/winlink-tutor');
  });
});
