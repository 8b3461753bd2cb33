import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_COURSE, FILE_MARKER } from '../../src/progress/file-format.js';
import { emptyProgress } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';
import { atStep, change, tempDir } from './helpers.js';
import { sayEnglish } from '../../src/i18n/say.js';

describe('progress store', () => {
  it('starts empty, saves, and loads what was saved', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual(emptyProgress());
    const saved = change(store, atStep('why-link', 'step-2', ['step-1']));
    expect(openProgressStore({ dir }).load()).toEqual(saved);
    expect(saved.lessons['why-link']?.currentStep).toBe('step-2');
    expect(store.path).toBe(path.join(dir, 'config.json'));
  });

  it('writes a marked file for this user only, and leaves no lock or temporary file', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, atStep('a', 's'));
    // Windows has no POSIX modes (fs reports 0o666 for every writable file).
    if (process.platform !== 'win32') expect(statSync(store.path).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(store.path, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: FILE_MARKER, version: 2, counter: 1 });
    expect(Object.keys(file.courses as object)).toEqual([BUILTIN_COURSE]);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('counts saves in the file and notices when another window saved', () => {
    const dir = tempDir();
    const first = openProgressStore({ dir });
    const second = openProgressStore({ dir });
    first.load();
    second.load();
    change(first, atStep('a', 'a1'));
    expect(first.changed()).toBe(false);
    expect(second.changed()).toBe(true);
    expect(second.load().lessons.a?.currentStep).toBe('a1');
    expect(second.changed()).toBe(false);
    change(second, atStep('b', 'b1'));
    expect((JSON.parse(readFileSync(first.path, 'utf8')) as { counter: number }).counter).toBe(2);
  });

  it('moves a corrupt file aside, keeps it, and says so once', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), '{ not json');
    const store = openProgressStore({ dir, now: () => new Date('2026-11-25T10:00:00Z') });
    expect(store.load()).toEqual(emptyProgress());
    expect(sayEnglish(store.notice!)).toMatch(/could not be read \(.*\), so it was moved to .*config\.json\.corrupt-2026-11-25T10-00-00-000Z/);
    const kept = readdirSync(dir).find((name) => name.startsWith('config.json.corrupt-'));
    expect(kept && readFileSync(path.join(dir, kept), 'utf8')).toBe('{ not json');
  });

  it('never writes through a link: a config.json pointing at another JSON file is moved aside, its target untouched', () => {
    const dir = tempDir();
    const target = path.join(tempDir(), 'tsconfig.json');
    const original = '{ "compilerOptions": { "strict": true } }\n';
    writeFileSync(target, original, { mode: 0o644 });
    symlinkSync(target, path.join(dir, 'config.json'));
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual(emptyProgress());
    change(store, atStep('a', 'a1'));
    expect(readFileSync(target, 'utf8')).toBe(original);
    // Windows has no POSIX modes (fs reports 0o666 for every writable file).
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(lstatSync(store.path).isSymbolicLink()).toBe(false);
    expect(sayEnglish(store.notice!)).toMatch(/link to another file/);
    const aside = readdirSync(dir).find((name) => name.startsWith('config.json.corrupt-'));
    expect(aside && lstatSync(path.join(dir, aside)).isSymbolicLink()).toBe(true);
  });

  it('refuses a JSON file that is not ours (a tsconfig.json copied over it) instead of taking it as old progress', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), '{ "compilerOptions": { "strict": true } }');
    const store = openProgressStore({ dir });
    expect(store.load()).toEqual(emptyProgress());
    expect(sayEnglish(store.notice!)).toMatch(/not a winlink-tutor progress file/);
  });

  it('keeps progress apart per course: another lesson folder reusing an id does not share or reset it', () => {
    const dir = tempDir();
    const builtin = openProgressStore({ dir });
    const other = openProgressStore({ dir, course: { key: 'dir:/somewhere/else' } });
    change(builtin, atStep('why-link', 'benefits', ['intro']));
    expect(other.load().lessons).toEqual({});
    change(other, atStep('why-link', 'other-step'));
    other.reset();
    expect(builtin.load().lessons['why-link']?.currentStep).toBe('benefits');
    expect(other.load().lessons).toEqual({});
  });

  it('shows only lessons and steps the course has, but keeps the rest on disk while the file is small', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, atStep('newer-lesson', 'x'));
    change(store, atStep('kept', 'b', ['a', 'newer-step']));
    // A window of an older version of the course: it must not erase what it does not know yet.
    const outline = new Map([['kept', new Set(['a', 'b'])]]);
    const older = openProgressStore({ dir, course: { key: BUILTIN_COURSE, outline } });
    expect(Object.keys(older.load().lessons)).toEqual(['kept']);
    expect(older.load().lessons.kept?.completed).toEqual(['a']);
    change(older, atStep('kept', 'a', ['a']));
    expect(readFileSync(older.path, 'utf8')).toMatch(/newer-lesson[\s\S]*newer-step/);
  });

  it('prunes what the course no longer has once its progress grows large', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    change(store, (progress) => {
      let bulk = progress;
      for (let index = 0; index < 400; index++) bulk = atStep(`gone-${index}`, 'x'.repeat(600))(bulk);
      return atStep('kept', 'b', ['a'])(bulk);
    });
    const outline = new Map([['kept', new Set(['a', 'b'])]]);
    const pruned = openProgressStore({ dir, course: { key: BUILTIN_COURSE, outline } });
    change(pruned, atStep('kept', 'a', ['a']));
    expect(readFileSync(pruned.path, 'utf8')).not.toMatch(/gone-/);
  });
});
