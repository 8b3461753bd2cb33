import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { serializeFile } from '../../src/progress/file-format.js';
import { holderIdentity, LockBrokenError, LockBusyError, type LockFs } from '../../src/progress/file-lock.js';
import { openProgressStore } from '../../src/progress/store.js';
import { ProgressSync } from '../../src/progress/progress-sync.js';
import { atStep, change, tempDir } from '../progress/helpers.js';
import { diffProgress } from '../../src/progress/ops.js';
import { sayEnglish } from '../../src/i18n/say.js';

const sample = atStep('quiz', 'q1', ['q0'], { answers: { q1: { option: 'right' } } });

describe('what the progress file holds', () => {
  it('only lesson state, readable by this user only', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, (progress) => ({ ...sample(progress), windows: '10' }));
    const file = JSON.parse(readFileSync(store.path, 'utf8')) as { courses: Record<string, Record<string, unknown>> };
    expect(Object.keys(file).sort()).toEqual(['counter', 'courses', 'format', 'version']);
    const course = file.courses.builtin ?? {};
    expect(Object.keys(course).sort()).toEqual(['generation', 'hardware', 'lastLesson', 'lessonGenerations', 'lessons', 'windows']);
    const lesson = (course.lessons as Record<string, Record<string, unknown>>).quiz ?? {};
    expect(Object.keys(lesson).sort()).toEqual(['answers', 'completed', 'currentIndex', 'currentStep', 'finished']);
    // Windows has no POSIX modes (fs reports 0o666 for every writable file).
    if (process.platform !== 'win32') expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('keeps fields it does not know (a newer release adds some) but drops any holding a product key', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, sample);
    const file = JSON.parse(readFileSync(store.path, 'utf8')) as Record<string, unknown> & { courses: { builtin: { lessons: { quiz: Record<string, unknown> } } } };
    file.productKey = 'XXXXX-XXXXX-XXXXX-XXXXX-3V66T';
    file.courses.builtin.lessons.quiz.password = 'hunter2';
    file.courses.builtin.lessons.quiz.answers = { q1: { option: 'right', note: 'x' } };
    writeFileSync(store.path, JSON.stringify(file));
    const reopened = openProgressStore({ dir });
    expect(reopened.load().lessons.quiz?.answers).toEqual({ q1: { option: 'right' } });
    change(reopened, atStep('quiz', 'q2', ['q0']));
    const text = readFileSync(store.path, 'utf8');
    expect(text).not.toMatch(/productKey|3V66T/);
    // Unknown fields are kept as they were (the answer's note with the answer it belongs to).
    const saved = JSON.parse(text) as { courses: { builtin: { lessons: { quiz: Record<string, unknown> } } } };
    expect(saved.courses.builtin.lessons.quiz).toMatchObject({ currentStep: 'q2', password: 'hunter2', answers: { q1: { option: 'right', note: 'x' } } });
    expect(reopened.notice).toBeNull();
  });

  it('reads a file with a byte order mark (added by some Windows editors) instead of moving it aside', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, sample);
    writeFileSync(store.path, `\uFEFF${readFileSync(store.path, 'utf8')}`);
    const reopened = openProgressStore({ dir });
    expect(reopened.load().lessons.quiz?.currentStep).toBe('q1');
    expect(reopened.notice).toBeNull();
  });

  it('moves aside a file too large to be progress at once, without reading it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), Buffer.alloc(9 * 1024 * 1024, 0x20));
    const store = openProgressStore({ dir });
    expect(store.load().lessons).toEqual({});
    expect(sayEnglish(store.notice!)).toMatch(/too large \(9 MB\)/);
    expect(readdirSync(dir).some((name) => name.startsWith('config.json.corrupt-'))).toBe(true);
  });
});

describe('the lock', () => {
  it('takes over a lock whose process is gone', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(dir, 'config.json.lock'), String(dead));
    change(openProgressStore({ dir }), sample);
    expect(existsSync(path.join(dir, 'config.json.lock'))).toBe(false);
    expect(openProgressStore({ dir }).load().lessons.quiz?.currentStep).toBe('q1');
  });

  it('never writes without it: a lock held by a live process makes the save wait, then keeps the change pending', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    const loaded = store.load();
    // Another window's lock: this test process stands in for it (its start proves it still holds it).
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
    onTestFinished(() => void other.kill('SIGKILL'));
    writeFileSync(path.join(dir, 'config.json.lock'), holderIdentity(other.pid ?? 0));
    expect(() => store.apply(diffProgress(loaded, sample(loaded)), 50)).toThrow(LockBusyError);
    expect(existsSync(store.path)).toBe(false);
    const sync = new ProgressSync(store, loaded);
    sync.record(loaded, sample(loaded));
    expect(sync.flush(20)).toMatchObject({ kind: 'failed', busy: true });
    expect(sync.pending).toBeGreaterThan(0);
    fs.rmSync(path.join(dir, 'config.json.lock'));
    expect(sync.flush()).toMatchObject({ kind: 'saved' });
    expect(openProgressStore({ dir }).load().lessons.quiz?.currentStep).toBe('q1');
  });

  it('a folder in place of the lock is reported at once, not waited on', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'config.json.lock'));
    const store = openProgressStore({ dir });
    const loaded = store.load();
    expect(() => store.apply(diffProgress(loaded, sample(loaded)), 60_000)).toThrow(LockBrokenError);
    expect(() => store.apply(diffProgress(loaded, sample(loaded)), 60_000)).toThrow(/^remove config\.json\.lock from .+: it is not a file$/);
  });

  it('an unreadable lock is reported at once, not waited on', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json.lock'), '123');
    const unreadable: LockFs = {
      ...fs,
      readFileSync: ((file: fs.PathOrFileDescriptor, options?: unknown) => {
        if (String(file).endsWith('.lock')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return fs.readFileSync(file, options as BufferEncoding);
      }) as typeof fs.readFileSync,
    };
    const store = openProgressStore({ dir, fs: unreadable });
    const loaded = store.load();
    expect(() => store.apply(diffProgress(loaded, sample(loaded)), 60_000)).toThrow(/^remove config\.json\.lock from .+: it cannot be read \(EACCES\)$/);
  });
});

describe('a broken disk', () => {
  /** node:fs whose writes fail with `code` once the file name matches. */
  function failingWrites(code: string, match: RegExp, opened: Set<number>): LockFs {
    const names = new Map<number, string>();
    return {
      ...fs,
      openSync: ((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
        const fd = fs.openSync(file, flags, mode);
        names.set(fd, String(file));
        opened.add(fd);
        return fd;
      }) as typeof fs.openSync,
      closeSync: (fd: number) => {
        opened.delete(fd);
        fs.closeSync(fd);
      },
      writeSync: ((fd: number, ...rest: unknown[]) => {
        if (match.test(names.get(fd) ?? '')) throw Object.assign(new Error(`${code}: write failed`), { code });
        return (fs.writeSync as (fd: number, ...args: unknown[]) => number)(fd, ...rest);
      }) as typeof fs.writeSync,
    };
  }

  it.each([
    ['the lock file', /\.lock$/],
    ['the temporary file', /\.tmp-/],
  ])('disk full while writing %s: nothing left behind, no descriptor leaked, the old file intact', (_name, match) => {
    const dir = tempDir();
    change(openProgressStore({ dir }), sample);
    const before = readFileSync(path.join(dir, 'config.json'), 'utf8');
    const opened = new Set<number>();
    const store = openProgressStore({ dir, fs: failingWrites('ENOSPC', match, opened) });
    const loaded = store.load();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(() => store.apply(diffProgress(loaded, atStep('quiz', 'q9')(loaded)))).toThrow(/ENOSPC/);
    }
    expect(opened.size).toBe(0);
    expect(readdirSync(dir)).toEqual(['config.json']);
    expect(readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(before);
  });

  it('a progress file this user cannot read (left by a sudo run) is found when the store opens, for the memory fallback', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), '{}');
    const unreadable: LockFs = {
      ...fs,
      openSync: ((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
        if (String(file).endsWith('config.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.openSync(file, flags, mode);
      }) as typeof fs.openSync,
    };
    expect(() => openProgressStore({ dir, fs: unreadable })).toThrow(/EACCES/);
  });

  it('a read-only folder is found when the store opens (the CLI then keeps progress in memory)', () => {
    const readOnly: LockFs = {
      ...fs,
      accessSync: () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    expect(() => openProgressStore({ dir: tempDir(), fs: readOnly })).toThrow(/EROFS/);
  });
});

describe('files left by killed instances', () => {
  it('removes temporary files of writes that were killed, but not fresh ones', () => {
    const dir = tempDir();
    const old = path.join(dir, 'config.json.tmp-1234-a1b2c3d4');
    const fresh = path.join(dir, 'config.json.tmp-1235-d4e5f6a7');
    writeFileSync(old, '{"version":1');
    writeFileSync(fresh, '{"version":1');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    change(openProgressStore({ dir }), sample);
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.tmp-1235-d4e5f6a7']);
  });

  it('a file written by this version reads back exactly', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), serializeFile({ counter: 7, courses: {} }));
    expect(openProgressStore({ dir }).load().lessons).toEqual({});
  });
});
