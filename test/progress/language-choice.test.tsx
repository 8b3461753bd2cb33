// The language chosen on the start screen: a top-level field of the progress file, kept by every
// save of any course, absent until a choice is made; and the start screen that makes it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeCourse } from '../../src/course/label-refs.js';
import { loadCourse } from '../../src/course/load-course.js';
import { chooseLanguage } from '../../src/i18n/choose-language.js';
import { ENGLISH } from '../../src/i18n/language.js';
import { parseFile, serializeFile } from '../../src/progress/file-format.js';
import { memoryProgressStore } from '../../src/progress/memory-store.js';
import { emptyProgress } from '../../src/progress/model.js';
import { diffProgress } from '../../src/progress/ops.js';
import { ProgressSync } from '../../src/progress/progress-sync.js';
import { LockBusyError } from '../../src/progress/file-lock.js';
import { said } from '../../src/probes/sentence.js';
import { openProgressStore, savedLanguage } from '../../src/progress/store.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { Localized } from '../../src/ui/localized.js';
import { keys, tick } from '../ui/keys.js';
import { resizeTo } from '../ui/resize.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'winlink-lang-'));
  dirs.push(dir);
  return dir;
};

describe('the language choice in the progress file', () => {
  it('is written at the top, kept by later saves, and read back without the lock', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    store.apply([]);
    const file = path.join(dir, 'config.json');
    expect(readFileSync(file, 'utf8')).not.toContain('language');
    store.saveLanguage('de-DE');
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('de-DE');
    // Another course's window saves: the choice stays.
    const other = openProgressStore({ dir, course: { key: 'dir:/elsewhere' } });
    other.apply(diffProgress(emptyProgress(), { ...emptyProgress(), windows: '10' }));
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('de-DE');
    expect(savedLanguage(file)).toBe('de-DE');
    expect(openProgressStore({ dir }).language()).toBe(null);
    const reopened = openProgressStore({ dir });
    reopened.load();
    expect(reopened.language()).toBe('de-DE');
    expect(savedLanguage(path.join(dir, 'missing.json'))).toBeNull();
  });

  it('round-trips through the file format; a value that is not a tag is ignored, not a reason to refuse the file', () => {
    const text = serializeFile({ counter: 1, courses: { builtin: emptyProgress() }, language: 'ja-JP' });
    expect(parseFile(text).language).toBe('ja-JP');
    const odd = JSON.stringify({ ...JSON.parse(text), language: { evil: true } });
    expect(parseFile(odd).language).toBeNull();
    expect(serializeFile({ counter: 1, courses: {} })).not.toContain('language');
  });

  it('is used when --lang and WINLINK_LANG are absent, and loses to them', async () => {
    const sources = { env: { LANG: 'fr_FR.UTF-8' }, saved: 'de-DE', platform: 'linux' as const };
    expect((await chooseLanguage(sources)).language.windows).toBe('de-DE');
    expect((await chooseLanguage({ ...sources, flag: 'it' })).language.windows).toBe('it-IT');
    expect((await chooseLanguage({ ...sources, env: { WINLINK_LANG: 'es-MX' } })).language.windows).toBe('es-MX');
  });
});

describe('a language choice waiting to be saved', () => {
  it('stays pending while the file is busy (never thrown at the key), and is saved by a later flush', () => {
    const store = memoryProgressStore();
    let busy = true;
    const busyStore = { ...store, saveLanguage: (tag: string | null, waitMs?: number) => (busy ? thrower() : store.saveLanguage(tag, waitMs)) };
    const sync = new ProgressSync(busyStore, store.load());
    sync.chooseLanguage('de-DE');
    expect(sync.pending).toBe(1);
    const failed = sync.flush();
    expect(failed).toMatchObject({ kind: 'failed', busy: true });
    expect(sync.pending).toBe(1);
    expect(store.language()).toBeNull();
    busy = false;
    expect(sync.flush()).toMatchObject({ kind: 'saved', dropped: 0 });
    expect(sync.pending).toBe(0);
    expect(store.language()).toBe('de-DE');
    expect(sync.flush()).toEqual({ kind: 'idle' });
  });
});

function thrower(): never {
  throw new LockBusyError('another winlink-tutor is saving', said('progress.lock.busy'));
}

describe('the start screen language list', () => {
  it('shows the language, changes it with l, keeps the choice, and the lessons show that Windows’ labels', async () => {
    const raw = loadCourse(DEFAULT_LESSONS_DIR).course;
    const course = localizeCourse(raw, 'en-US', (label) => label);
    const store = memoryProgressStore();
    const progress = store.load();
    const app = render(
      <Localized
        course={course}
        language={{ texts: () => raw, chosen: { language: ENGLISH, from: 'default' } }}
        // The App saves the choice itself (with the progress, retried like any change).
        onChoose={() => {}}
        initial={initialState(course, progress)}
        sync={new ProgressSync(store, progress)}
        styles={plainStyles}
      />,
    );
    try {
      await resizeTo(app.stdout, 80, 24);
      const frame = () => app.lastFrame() ?? '';
      expect(frame()).toContain('Language: American English (en-US)');
      app.stdin.write('l');
      await tick(60);
      expect(frame()).toContain('Deutsch (Deutschland) · de-DE');
      expect(frame()).toContain('American English · en-US (in use)');
      // Esc leaves the list without a change.
      app.stdin.write(keys.escape);
      await tick(60);
      expect(store.language()).toBeNull();
      app.stdin.write('l');
      await tick(60);
      app.stdin.write('j');
      await tick(60);
      app.stdin.write(keys.enter);
      await tick(60);
      expect(store.language()).toBe('de-DE');
      expect(frame()).toContain('Sprache: Deutsch (Deutschland) (de-DE)');
      // Lesson 2, step 2: Settings > System > About in German Windows' words.
      app.stdin.write('2');
      await tick(60);
      app.stdin.write('n');
      await tick(60);
      expect(frame()).toContain('Einstellungen > System > Info');
    } finally {
      app.unmount();
    }
  });
});
