import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languageName } from '../../src/i18n/language-choices.js';
import { forgetLanguageNames, languageNamesFile, loadLanguageNames, runtimeKey, saveLanguageNames } from '../../src/i18n/language-names.js';

const work = mkdtempSync(path.join(tmpdir(), 'language-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const Real = Intl.DisplayNames;
let made = 0;
beforeEach(() => {
  forgetLanguageNames();
  made = 0;
  const Counting = function (...args: ConstructorParameters<typeof Intl.DisplayNames>) {
    made++;
    return new Real(...args);
  } as unknown as typeof Intl.DisplayNames;
  Object.defineProperty(Intl, 'DisplayNames', { value: Counting, configurable: true, writable: true });
});
afterEach(() => Object.defineProperty(Intl, 'DisplayNames', { value: Real, configurable: true, writable: true }));

const runtimeName = (tag: string) => new Real([tag], { type: 'language' }).of(tag);

describe('language names kept between runs (src/i18n/language-names.ts)', () => {
  it('a name the runtime gave is read back by the next run without an Intl object', () => {
    const file = languageNamesFile(path.join(work, 'kept'));
    loadLanguageNames(file);
    expect(languageName('de-DE')).toBe(runtimeName('de-DE'));
    expect(made).toBe(1);
    saveLanguageNames(file);
    // The next run:
    forgetLanguageNames();
    made = 0;
    loadLanguageNames(file);
    expect(languageName('de-DE')).toBe(runtimeName('de-DE'));
    expect(made).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ key: runtimeKey(), names: { 'de-DE': runtimeName('de-DE') } });
  });

  it('ignores names kept by another runtime, of another shape, or unfit for the screen', () => {
    const cases: unknown[] = [
      { key: runtimeKey({ ...process.versions, icu: '1.0' }), names: { 'en-US': 'Forged' } },
      { key: runtimeKey(), names: ['en-US', 'Forged'] },
      { key: runtimeKey(), names: { 'en-US': 7 } },
      { key: runtimeKey(), names: { 'en-US': 'Forged\u001B[2J' } },
      { key: runtimeKey(), names: { 'en-US': 'Forged\u202E' } },
      { key: runtimeKey(), names: { 'en-US': '' } },
      { key: runtimeKey(), names: { 'en-US': 'x'.repeat(101) } },
      { key: runtimeKey(), names: { '../en-US': 'Forged' } },
      'not json',
    ];
    for (const [index, data] of cases.entries()) {
      forgetLanguageNames();
      const file = path.join(work, `bad-${index}.json`);
      writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
      loadLanguageNames(file);
      expect(languageName('en-US'), JSON.stringify(data)).toBe(runtimeName('en-US'));
    }
    loadLanguageNames(path.join(work, 'missing.json'));
    loadLanguageNames(work); // a folder: ignored
  });

  it('a folder it cannot write only costs the cache', () => {
    const blocker = path.join(work, 'blocker');
    writeFileSync(blocker, '');
    expect(languageName('fr-FR')).toBe(runtimeName('fr-FR'));
    expect(() => saveLanguageNames(languageNamesFile(path.join(blocker, 'cache')))).not.toThrow();
  });
});
