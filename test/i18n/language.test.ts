import { describe, expect, it } from 'vitest';
import { said } from '../../src/probes/sentence.js';
import { chooseLanguage, UnknownLanguageError } from '../../src/i18n/choose-language.js';
import { ENGLISH, knownLanguage, normalizeTag, resolveLanguage, windowsLanguageFor } from '../../src/i18n/language.js';
import { TEXT_LANGUAGES } from '../../src/i18n/ui-strings.js';
import { WINDOWS_LANGUAGES } from '../../src/i18n/windows-labels.js';
import { readWindowsDisplayLanguage } from '../../src/i18n/windows-display-language.js';
import type { RegistryReader, RegRead } from '../../src/probes/registry-reader.js';

describe('a language tag', () => {
  it('of a Windows or text language, or its bare language, is read as Intl reads it, without Intl', () => {
    const tags = [...WINDOWS_LANGUAGES, ...TEXT_LANGUAGES];
    const languages = [...new Set(tags.map((tag) => tag.split('-')[0] ?? ''))];
    expect(languages.length).toBeGreaterThan(35);
    for (const tag of [...tags, ...languages]) {
      for (const spelling of [tag, tag.toLowerCase(), tag.toUpperCase(), tag.replace(/-/g, '_')]) expect(normalizeTag(spelling), spelling).toBe(Intl.getCanonicalLocales(tag)[0]);
    }
    for (const language of languages) {
      const locale = new Intl.Locale(language);
      const known = knownLanguage(language);
      if (language === 'zh') expect(known).toBeUndefined();
      else expect({ language: known?.language, region: known?.region, maximized: known?.maximize().toString() }, language).toEqual({ language: locale.language, region: locale.region, maximized: locale.maximize().toString() });
    }
    for (const other of ['de-AT', 'DE', 'iw', 'zh', 'x', 'pt-BR', 'de-DE']) expect(knownLanguage(other), other).toBeUndefined();
  });

  it('is read in BCP 47 and POSIX spelling', () => {
    expect(normalizeTag('de_DE.UTF-8')).toBe('de-DE');
    expect(normalizeTag('sr_RS@latin')).toBe('sr-RS');
    expect(normalizeTag('pt-br')).toBe('pt-BR');
    expect(normalizeTag('C')).toBeNull();
    expect(normalizeTag('C.UTF-8')).toBeNull();
    expect(normalizeTag('not a tag')).toBeNull();
  });

  it('keeps a regional variant Windows has, and falls back by region to one it has', () => {
    expect(windowsLanguageFor('es-MX')).toBe('es-MX');
    expect(windowsLanguageFor('es-AR')).toBe('es-MX');
    expect(windowsLanguageFor('es-419')).toBe('es-MX');
    expect(windowsLanguageFor('es')).toBe('es-ES');
    expect(windowsLanguageFor('pt')).toBe('pt-BR');
    expect(windowsLanguageFor('pt-AO')).toBe('pt-PT');
    expect(windowsLanguageFor('fr-CA')).toBe('fr-CA');
    expect(windowsLanguageFor('fr-BE')).toBe('fr-FR');
    expect(windowsLanguageFor('de-AT')).toBe('de-DE');
    expect(windowsLanguageFor('en-IE')).toBe('en-GB');
    expect(windowsLanguageFor('en-AU')).toBe('en-US');
    expect(windowsLanguageFor('zh-HK')).toBe('zh-TW');
    expect(windowsLanguageFor('zh-Hans-SG')).toBe('zh-CN');
    expect(windowsLanguageFor('sr')).toBe('sr-Latn-RS');
    expect(windowsLanguageFor('no')).toBe('nb-NO');
    expect(windowsLanguageFor('sw')).toBeNull();
  });

  it('gives English text with the Windows labels of a language without a translation', () => {
    expect(resolveLanguage('it')).toEqual({ windows: 'it-IT', text: 'en' });
    expect(resolveLanguage('pl-PL')).toEqual({ windows: 'pl-PL', text: 'en' });
  });

  it("gives a translation's text to its regions, with the region's Windows labels", () => {
    expect(resolveLanguage('de-AT')).toEqual({ windows: 'de-DE', text: 'de' });
    expect(resolveLanguage('en')).toEqual(ENGLISH);
    expect(resolveLanguage('POSIX')).toEqual(ENGLISH);
    expect(resolveLanguage('sw')).toBeNull();
    expect(resolveLanguage('xx-YY')).toBeNull();
  });
});

describe('choosing the language', () => {
  const posix = { platform: 'linux' as const };

  it('takes --lang first, then WINLINK_LANG, then the saved choice, then the locale', async () => {
    const env = { WINLINK_LANG: 'fr', LANG: 'de_DE.UTF-8' };
    expect(await chooseLanguage({ ...posix, env, flag: 'ja', saved: 'it-IT' })).toEqual({ language: { windows: 'ja-JP', text: 'ja' }, from: 'flag' });
    expect((await chooseLanguage({ ...posix, env, saved: 'it-IT' })).from).toBe('env');
    expect(await chooseLanguage({ ...posix, env: { LANG: 'de_DE.UTF-8' }, saved: 'it-IT' })).toEqual({ language: { windows: 'it-IT', text: 'en' }, from: 'saved' });
    expect(await chooseLanguage({ ...posix, env: { LANG: 'de_DE.UTF-8' } })).toEqual({ language: { windows: 'de-DE', text: 'de' }, from: 'locale' });
  });

  it('reads LC_ALL, LC_MESSAGES, LANG in POSIX order; C and POSIX mean English', async () => {
    expect((await chooseLanguage({ ...posix, env: { LC_ALL: 'fr_CA.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'it_IT' } })).language.windows).toBe('fr-CA');
    expect((await chooseLanguage({ ...posix, env: { LC_ALL: '', LC_MESSAGES: 'de_DE', LANG: 'it_IT' } })).language.windows).toBe('de-DE');
    expect((await chooseLanguage({ ...posix, env: { LC_ALL: 'C', LANG: 'de_DE.UTF-8' } })).language).toEqual(ENGLISH);
    expect(await chooseLanguage({ ...posix, env: { LANG: 'sw_KE.UTF-8' } })).toEqual({ language: ENGLISH, from: 'default' });
    expect(await chooseLanguage({ ...posix, env: {} })).toEqual({ language: ENGLISH, from: 'default' });
  });

  it('refuses an unknown --lang or WINLINK_LANG instead of guessing', async () => {
    await expect(chooseLanguage({ ...posix, env: {}, flag: 'klingon' })).rejects.toThrow(UnknownLanguageError);
    await expect(chooseLanguage({ ...posix, env: { WINLINK_LANG: 'xx' } })).rejects.toThrow('WINLINK_LANG=xx');
  });

  it('on Windows asks the display language only when nothing earlier answered, and ignores LANG', async () => {
    let asked = 0;
    const windowsDisplayLanguage = async () => {
      asked += 1;
      return 'pt-PT';
    };
    const windows = { platform: 'win32' as const, windowsDisplayLanguage };
    expect(await chooseLanguage({ ...windows, env: { LANG: 'de_DE.UTF-8' } })).toEqual({ language: { windows: 'pt-PT', text: 'pt-BR' }, from: 'windows' });
    await chooseLanguage({ ...windows, env: {}, flag: 'de' });
    expect(asked).toBe(1);
    expect(await chooseLanguage({ platform: 'win32', env: { LANG: 'de_DE.UTF-8' }, windowsDisplayLanguage: async () => null })).toEqual({ language: ENGLISH, from: 'default' });
  });
});

describe('the Windows display language from the registry', () => {
  const reader = (answers: Record<string, RegRead>): RegistryReader => ({
    value: async (key, name) => answers[`${key}|${name}`] ?? { kind: 'absent' },
    subkeys: async () => ({ kind: 'unknown', reason: said('probe.notRead') }),
  });
  const multi = (data: string): RegRead => ({ kind: 'value', value: { type: 'REG_MULTI_SZ', data } });
  const USER = 'HKCU\\Control Panel\\Desktop|PreferredUILanguages';
  const MACHINE = 'HKCU\\Control Panel\\Desktop\\MuiCached|MachinePreferredUILanguages';

  it("takes the user's chosen language first, then the system's", async () => {
    expect(await readWindowsDisplayLanguage(reader({ [USER]: multi('de-DE\\0en-US'), [MACHINE]: multi('en-US') }))).toBe('de-DE');
    expect(await readWindowsDisplayLanguage(reader({ [MACHINE]: multi('sr-Latn-RS') }))).toBe('sr-Latn-RS');
    expect(await readWindowsDisplayLanguage(reader({}))).toBeNull();
  });

  it('says unknown for an answer that is not clearly Windows\' (never the next place)', async () => {
    expect(await readWindowsDisplayLanguage(reader({ [USER]: { kind: 'unknown', reason: said('probe.reg.timedOut') }, [MACHINE]: multi('fr-FR') }))).toBeNull();
    expect(await readWindowsDisplayLanguage(reader({ [USER]: { kind: 'value', value: { type: 'REG_SZ', data: 'de-DE' } } }))).toBeNull();
    expect(await readWindowsDisplayLanguage(reader({ [USER]: multi('') }))).toBeNull();
    expect(await readWindowsDisplayLanguage(reader({ [USER]: multi('Deutsch') }))).toBeNull();
  });
});
