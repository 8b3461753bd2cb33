/**
 * Files in a lessons folder (or at the lesson cache's path) that are not lessons: a FIFO, a link
 * to /dev/zero, a folder named like a lesson, macOS/editor dot-files. Each used to hang, eat
 * memory or stop the course (reliability review 2026-12, N7, N12, N14).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { assertBuilt, CLI, STACK_LINE } from './helpers/cli.js';

const LESSONS = fileURLToPath(new URL('../../lessons', import.meta.url));
const posix = process.platform !== 'win32';

beforeAll(() => assertBuilt());

function courseCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winlink-special-'));
  cpSync(LESSONS, dir, { recursive: true });
  return dir;
}

/** Runs the built CLI; a run that blocks is killed after a few seconds (code null). */
function run(args: readonly string[], env: Record<string, string> = {}) {
  const home = mkdtempSync(path.join(tmpdir(), 'winlink-special-home-'));
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache'), ...env },
    input: '',
    encoding: 'utf8',
    timeout: 8_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.runIf(posix)('lesson files that are not regular files (N7)', () => {
  it('a FIFO named like a lesson is reported at once, with file and line, instead of blocking', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-fifo-'));
    execFileSync('mkfifo', [path.join(dir, '01-a.md')]);
    for (const command of [['validate', dir], ['list', '--lessons-dir', dir]]) {
      const result = run(command);
      expect(result.code, `${command.join(' ')} must end, not block`).toBe(1);
      expect(result.stdout + result.stderr).toContain(`${path.join(dir, '01-a.md')}:1: not a regular file`);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('a link to /dev/zero is refused without reading it (it used to grow to ~10 GB)', () => {
    const dir = courseCopy();
    symlinkSync('/dev/zero', path.join(dir, '09-z.md'));
    const result = run(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, '09-z.md')}:1: not a regular file`);
  });

  it('a folder named like a lesson gets the same message', () => {
    const dir = courseCopy();
    mkdirSync(path.join(dir, '09-folder.md'));
    const loaded = loadCourse(dir);
    expect(loaded.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([expect.stringMatching(/^1: not a regular file/)]);
  });
});

describe.runIf(posix)('a FIFO or device at the lesson cache path (N12)', () => {
  it('every course-loading command still works and ignores it', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'winlink-cache-fifo-'));
    const first = run(['list'], { XDG_CACHE_HOME: cacheHome });
    expect(first.code).toBe(0);
    const folder = path.join(cacheHome, 'winlink-tutor');
    const [name] = readdirSync(folder).filter((file) => file.startsWith('lessons-'));
    const cacheFile = path.join(folder, name ?? '');
    rmSync(cacheFile);
    execFileSync('mkfifo', [cacheFile]);
    for (const command of [['list'], ['print', '1'], ['report', '--json']]) {
      const result = run(command, { XDG_CACHE_HOME: cacheHome });
      expect(result.code, `${command.join(' ')} must end, not block`).toBe(0);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    rmSync(cacheFile);
    symlinkSync('/dev/zero', cacheFile);
    const linked = run(['list'], { XDG_CACHE_HOME: cacheHome });
    expect(linked).toMatchObject({ code: 0, stdout: first.stdout });
  });
});

describe('dot-files in a lessons folder (N14)', () => {
  it('macOS AppleDouble and editor lock files are not lessons and do not stop the course', () => {
    const dir = courseCopy();
    writeFileSync(path.join(dir, '._01-why-link.md'), 'x');
    writeFileSync(path.join(dir, '.#02-before-you-start.md'), 'u@h.1:1');
    const loaded = loadCourse(dir);
    expect(loaded.errors).toEqual([]);
    expect(loaded.course.lessons.length).toBe(loadCourse(LESSONS).course.lessons.length);
  });
});

describe('an empty --lessons-dir (N17)', () => {
  it('says no folder was given instead of "lessons folder  does not exist"', () => {
    const result = run(['list', '--lessons-dir', '']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('winlink-tutor: no lessons folder was given (the name is empty)\n');
  });
});
