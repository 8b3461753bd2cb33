import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../src/i18n/catalog-file.js';
import de from '../../src/i18n/ui/de.json' with { type: 'json' };
import { fallbacks, TEXT_LANGUAGES, translator, uiCatalog } from '../../src/i18n/ui-strings.js';
import { labelWords, WINDOWS_LANGUAGES } from '../../src/i18n/windows-labels.js';

// Start-up (issue 24): only English and the label list are in the bundle; another language's
// catalogs are read from src/i18n of the package when that language is in use. These tests keep
// what is read equal to the committed files and keep a broken install from crashing.
const ROOT = path.join(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'catalog-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the UI catalogs read from disk', () => {
  it('lists exactly the languages that have a catalog file', () => {
    const files = readdirSync(path.join(ROOT, 'src/i18n/ui')).map((name) => name.replace(/\.json$/, ''));
    expect([...TEXT_LANGUAGES].sort()).toEqual(files.sort());
  });

  it('gives every language its committed catalog whole', () => {
    for (const language of TEXT_LANGUAGES) {
      const committed = JSON.parse(readFileSync(path.join(ROOT, `src/i18n/ui/${language}.json`), 'utf8')) as unknown;
      expect(uiCatalog(language), language).toEqual(committed);
    }
    expect(uiCatalog('de')).toEqual(de);
  });

  it('falls back to English, never to a key or a crash, when a catalog file is missing or not a catalog', () => {
    const missing = uiCatalog('de', () => undefined);
    expect(missing).toEqual({});
    expect(translator('de', { de: missing })('cli.unexpected', { message: 'x' })).toBe('unexpected error: x');
    const plural = { one: '{done} von {count} Lektion', other: '{done} von {count} Lektionen' };
    const odd = uiCatalog('de', () => ({ 'cli.unexpected': 42, 'exit.saved': { one: 'x' }, 'menu.lessonsDone': plural, 'label.englishName': '{label} (engl.)', 'check.failed': { other: 'a', few: 3 } }));
    // Entries of the wrong shape count as missing: English, and listed as fallbacks.
    const t = translator('de', { de: odd });
    expect(t('menu.lessonsDone', { done: 1, count: 7 })).toBe('1 von 7 Lektionen');
    expect(t('label.englishName', { label: 'x' })).toBe('x (engl.)');
    expect(t('cli.unexpected', { message: 'x' })).toBe('unexpected error: x');
    expect(t('exit.saved')).toBe(translator('en')('exit.saved'));
    expect(t('check.failed')).toBe(translator('en')('check.failed'));
    const listed = fallbacks('de', { de: odd });
    expect(listed).toEqual(expect.arrayContaining(['cli.unexpected', 'exit.saved', 'check.failed']));
    expect(listed).not.toContain('menu.lessonsDone');
    expect(uiCatalog('de', () => ['a'])).toEqual({});
    expect(uiCatalog('xx', () => ({ 'cli.unexpected': 'no' }))).toEqual({});
  });
});

describe("the Windows labels' words read from disk", () => {
  it('gives each Windows language its committed words', () => {
    for (const language of WINDOWS_LANGUAGES) {
      expect(labelWords(language), language).toEqual(JSON.parse(readFileSync(path.join(ROOT, `src/i18n/labels/${language}.json`), 'utf8')));
    }
    expect(labelWords('de-DE')['activation.troubleshoot']).toBe('Problembehandlung');
  });

  it('gives no words (labels then show in English, said so) for a missing or odd file, and never reads a language it does not know', () => {
    expect(labelWords('de-DE', () => undefined)).toEqual({});
    expect(labelWords('de-DE', () => ({ settings: 'Einstellungen', 'settings.system': 7, other: null }))).toEqual({ settings: 'Einstellungen' });
    const asked: string[] = [];
    expect(labelWords('../../etc/passwd', (file) => asked.push(file))).toEqual({});
    expect(asked).toEqual([]);
  });
});

describe('readCatalogFile', () => {
  it('reads JSON, and gives undefined for a missing file, bad JSON, a folder or a FIFO (without blocking)', () => {
    writeFileSync(path.join(work, 'ok.json'), '{"a":"b"}');
    writeFileSync(path.join(work, 'bad.json'), '{"a":');
    execFileSync('mkfifo', [path.join(work, 'fifo.json')]);
    expect(readCatalogFile('ok.json', work)).toEqual({ a: 'b' });
    expect(readCatalogFile('none.json', work)).toBeUndefined();
    expect(readCatalogFile('bad.json', work)).toBeUndefined();
    expect(readCatalogFile('.', work)).toBeUndefined();
    expect(readCatalogFile('fifo.json', work)).toBeUndefined();
  });
});
