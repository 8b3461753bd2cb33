import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'winlink-files-'));

const sample: ProgressData = {
  ...emptyProgress(),
  windows: '10',
  windowsUpdatedAt: 3,
  lastLesson: 'quiz',
  updatedAt: 4,
  lessons: { quiz: { ...emptyLessonProgress('q1'), completed: ['q0'], answers: { q1: { choice: 2, correct: true } }, updatedAt: 4 } },
};

describe('what the progress file holds', () => {
  it('has only lesson-state keys, readable by this user only', () => {
    const cwd = tempDir();
    const store = openProgressStore({ cwd });
    store.save(sample);
    const file = JSON.parse(readFileSync(store.path, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['lastLesson', 'lessons', 'updatedAt', 'version', 'windows', 'windowsUpdatedAt']);
    const lesson = (file.lessons as Record<string, Record<string, unknown>>).quiz ?? {};
    expect(Object.keys(lesson).sort()).toEqual(['answers', 'completed', 'currentIndex', 'currentStep', 'finished', 'updatedAt']);
    expect(Object.keys((lesson.answers as Record<string, object>).q1 ?? {}).sort()).toEqual(['choice', 'correct']);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    // No lock or temporary file stays behind after a save.
    expect(readdirSync(cwd)).toEqual(['config.json']);
  });

  it('drops keys someone added by hand (e.g. a product key) on the next save', () => {
    const cwd = tempDir();
    const withExtras = {
      ...sample,
      productKey: 'XXXXX-XXXXX-XXXXX-XXXXX-3V66T',
      lessons: { quiz: { ...sample.lessons.quiz, password: 'hunter2', answers: { q1: { choice: 2, correct: true, note: 'x' } } } },
    };
    writeFileSync(path.join(cwd, 'config.json'), JSON.stringify(withExtras));
    const store = openProgressStore({ cwd });
    expect(store.load()).toEqual(sample);
    store.save(sample);
    const text = readFileSync(store.path, 'utf8');
    expect(text).not.toMatch(/productKey|3V66T|password|hunter2|note/);
    expect(store.notice).toBeNull();
  });
});

describe('files left by killed instances', () => {
  it('takes over a lock whose process is gone, at once', () => {
    const cwd = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(cwd, 'config.json.lock'), String(dead));
    const started = Date.now();
    openProgressStore({ cwd }).save(sample);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(existsSync(path.join(cwd, 'config.json.lock'))).toBe(false);
    expect(openProgressStore({ cwd }).load()).toEqual(sample);
  });

  it('does not wait forever for a lock that is never released', () => {
    const cwd = tempDir();
    // Held by a live process (this one) that never lets go.
    writeFileSync(path.join(cwd, 'config.json.lock'), String(process.pid));
    const started = Date.now();
    openProgressStore({ cwd }).save(sample);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(openProgressStore({ cwd }).load()).toEqual(sample);
  });

  it('removes temporary files of writes that were killed, but not fresh ones', () => {
    const cwd = tempDir();
    const old = path.join(cwd, 'config.json.tmp-1764064800a1b2c3');
    const fresh = path.join(cwd, 'config.json.tmp-1764064900d4e5f6');
    writeFileSync(old, '{"version":1');
    writeFileSync(fresh, '{"version":1');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    openProgressStore({ cwd }).save(sample);
    expect(readdirSync(cwd).sort()).toEqual(['config.json', 'config.json.tmp-1764064900d4e5f6']);
  });
});
