/**
 * The audit's repros of lost or resurrected progress, with two real App windows (and `reset`)
 * sharing one progress file. Each failed on the design that saved whole copies merged by clock.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { courseScope } from '../../src/progress/course-scope.js';
import { holderIdentity } from '../../src/progress/file-lock.js';
import { openProgressStore } from '../../src/progress/store.js';
import { testCourse } from '../fixtures/course.js';
import { tick } from '../ui/keys.js';
import { tempDir } from './helpers.js';
import { openWindow, type Window } from './window-harness.js';

const course = testCourse();
const open: Window[] = [];
const windowIn = (dir: string) => {
  const window = openWindow(dir, course);
  open.push(window);
  return window;
};
const saved = (dir: string) => openProgressStore({ dir, course: courseScope(course, '/test-course', '/test-course') }).load();

afterEach(() => {
  for (const window of open.splice(0)) window.close();
  vi.restoreAllMocks();
});

describe('two windows and reset on one progress file', () => {
  it('a reset in another terminal stays reset when an open window gets the next key (1)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    await a.type('2', 'n', 'm', '1', 'n', 'n');
    expect(Object.keys(saved(dir).lessons).sort()).toEqual(['basics', 'more']);
    openProgressStore({ dir, course: courseScope(course, '/test-course', '/test-course') }).reset();
    await a.type('n');
    expect(a.frame()).toContain('Progress was reset in another window');
    const after = saved(dir);
    // Only what was done after the reset: nothing of "more", no ticks from before.
    expect(Object.keys(after.lessons)).toEqual(['basics']);
    expect(after.lessons.basics?.completed).toEqual([]);
    expect(after.generation).not.toBe(0);
  });

  it('a window opened earlier resumes where another window left off, not where it once loaded (2)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    const b = windowIn(dir);
    await b.type('1', 'n', 'n', 'n', 'n');
    expect(saved(dir).lessons.basics?.currentStep).toBe('quiz');
    await a.type('1');
    expect(a.frame()).toContain('Step 5 of 5');
    expect(saved(dir).lessons.basics?.currentStep).toBe('quiz');
  });

  it('navigating in an older window does not revert a newer quiz answer (3)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    await a.type('1', 'G', '1');
    const b = windowIn(dir);
    await b.type('1', '2');
    expect(saved(dir).lessons.basics?.answers.quiz).toEqual({ option: 'right-answer' });
    await a.type('p', 'n');
    expect(saved(dir).lessons.basics?.answers.quiz).toEqual({ option: 'right-answer' });
    expect(saved(dir).lessons.basics?.completed).toContain('quiz');
  });

  it('a clock far behind (or ahead) changes nothing: position, answer and Windows choice are saved (4)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    await a.type('1', 'n');
    vi.spyOn(Date, 'now').mockReturnValue(0);
    const b = windowIn(dir);
    await b.type('1', 'n', '2');
    expect(saved(dir).windows).toBe('10');
    await b.type('g');
    expect(saved(dir).lessons.basics?.currentStep).toBe('welcome');
  });

  it('never saves without the lock: a change waits while another save holds it, then lands (5)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    await a.type('1');
    const before = readFileSync(`${dir}/config.json`, 'utf8');
    // Another window's save that takes far longer than a key may wait (a live process holds the lock).
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
    onTestFinished(() => void other.kill('SIGKILL'));
    writeFileSync(`${dir}/config.json.lock`, holderIdentity(other.pid ?? 0));
    await a.type('n', 'n');
    await tick(300);
    expect(readFileSync(`${dir}/config.json`, 'utf8')).toBe(before);
    expect(a.frame()).toMatch(/Not saved yet: another winlink-tutor .* is saving/);
    expect(a.sync.pending).toBeGreaterThan(0);
    rmSync(`${dir}/config.json.lock`);
    await tick(700);
    expect(a.sync.pending).toBe(0);
    expect(saved(dir).lessons.basics?.currentStep).toBe('which');
    expect(a.frame()).not.toMatch(/Not saved yet/);
  });

  it('a step un-ticked in one window stays un-ticked when another window saves elsewhere (6)', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    await a.type('1', 'n', 'x');
    expect(saved(dir).lessons.basics?.completed).toContain('do-thing');
    const b = windowIn(dir);
    await a.type('x');
    expect(saved(dir).lessons.basics?.completed).not.toContain('do-thing');
    await b.type('2', 'n');
    expect(saved(dir).lessons.basics?.completed).not.toContain('do-thing');
    expect(saved(dir).lessons.more?.currentStep).toBe('two');
  });

  it('after each save a window shows what the other did', async () => {
    const dir = tempDir();
    const a = windowIn(dir);
    const b = windowIn(dir);
    await b.type('2', 'n', 'n');
    expect(a.frame()).toContain('2. More (not started)');
    await a.type('j');
    expect(a.frame()).toContain('2. More (done)');
  });
});
