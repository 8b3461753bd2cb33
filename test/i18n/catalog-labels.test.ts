// No UI catalog string types a Windows label: where a string names one, a slot holds it and the
// code fills it from the label catalog in the user's Windows display language (label-slots.ts).
// Typed words are wrong for some Windows (es-ES says "Encontrar mi dispositivo", es-MX "Buscar mi
// dispositivo") and stay English where a translator kept Windows' English ("page Settings").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelNames, labelSource, WINDOWS_LANGUAGES, windowsLabel } from '../../src/i18n/windows-labels.js';
import { escape, PAGE_NAMED } from '../fixtures/label-forms.js';

const CATALOGS = path.join(import.meta.dirname, '../../src/i18n/ui');

/** A catalog's strings by key (each plural form on its own), slots taken out. */
function catalogStrings(language: string): [string, string][] {
  const catalog = JSON.parse(readFileSync(path.join(CATALOGS, `${language}.json`), 'utf8')) as Record<string, string | Record<string, string>>;
  return Object.entries(catalog).flatMap(([key, value]) =>
    (typeof value === 'string' ? [value] : Object.values(value)).map((text): [string, string] => [key, text.replace(/\{\w+\}/g, ' ')]));
}

/** The Windows display languages whose words a catalog might type: its language's, and English. */
function windowsLanguagesOf(language: string): string[] {
  const primary = language.split('-')[0];
  return [...new Set([...WINDOWS_LANGUAGES.filter((tag) => tag.split('-')[0] === primary), 'en-US'])];
}

// How each language names the Settings app itself in running text ({label}: the app's one-word
// label); a page is named as in PAGE_NAMED (test/fixtures/label-forms.ts). A phrase label is
// caught by its own words.
const APP_NAMED: Readonly<Record<string, readonly string[]>> = {
  en: ['(?:in|open) {label}', '{label} app'],
  de: ['Einstellungs(?:seite|-App)', 'in den {label}'],
  fr: ['dans {label}', 'application {label}'],
  es: ['en {label}', 'aplicación {label}'],
  'pt-BR': ['n[ao]s? {label}', 'app {label}', 'aplicativo {label}'],
  ja: ['{label} ?アプリ'],
};

/**
 * A catalog's label words. A label of several words (in English or in that Windows) is caught
 * by its own words, with the case Windows writes them in (the tutor saying "activity history" is
 * not quoting "Activity history"); a one-word Settings page only as a page, the Settings app
 * only as the app (a single word like "Start" or "Einstellungen" is also an ordinary word).
 */
function typedLabels(language: string, strings: readonly (readonly [string, string])[] = catalogStrings(language)): string[] {
  const found: string[] = [];
  for (const name of labelNames()) {
    const english = labelSource(name)!.english;
    for (const windows of windowsLanguagesOf(language)) {
      const words = windowsLabel(name, windows)!.text.replace(/[.。]$/, '');
      const phrase = /\s/.test(english) || /\s/.test(words);
      const forms = phrase ? [escape(words)]
        : name === 'settings' ? [...PAGE_NAMED[language]!, ...APP_NAMED[language]!].map((form) => form.replace('{label}', escape(words)))
          : name.startsWith('settings.') ? PAGE_NAMED[language]!.map((form) => form.replace('{label}', escape(words))) : [];
      for (const form of forms) {
        // Japanese writes no spaces between words, so a label there has no word boundary.
        const bounded = language === 'ja' ? form : `(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`;
        const pattern = new RegExp(bounded.replace(/’/g, "['’]"), phrase ? 'u' : 'iu');
        for (const [key, text] of strings) {
          const match = pattern.exec(text);
          if (match) found.push(`${language} ${key}: "${match[0]}" (label ${name})`);
        }
      }
    }
  }
  return [...new Set(found)].sort();
}

/** Label words a catalog string may hold as plain words ('*': every catalog), and why. */
const NOT_LABELS: readonly { readonly where: string; readonly name: string; readonly why: string }[] = [
  { where: '*', name: 'activation.message.activated', why: 'the tutor states the state itself ("Windows is activated" as a status or a verify line), it does not quote the message' },
  { where: '*', name: 'activation.state', why: 'the tutor\'s own status ("Activation state unknown", ライセンス認証の状態を確認), not the field it reads' },
  { where: 'ja', name: 'shell.run-as-administrator', why: '管理者として実行されている: how the tutor itself runs ("running as administrator"), not the command\'s name' },
];

describe('the UI catalogs and the Windows label catalog', () => {
  const languages = readdirSync(CATALOGS).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));
  const known = (language: string, line: string) => NOT_LABELS.filter((entry) => (entry.where === '*' || entry.where === language) && line.includes(`(label ${entry.name})`));

  it.each(languages)('%s: types no Windows label; a slot holds it', (language) => {
    expect(typedLabels(language).filter((line) => known(language, line).length === 0)).toEqual([]);
  });

  it('lists only plain uses that are there', () => {
    const used = new Set(languages.flatMap((language) => typedLabels(language).flatMap((line) => known(language, line))));
    expect(NOT_LABELS.filter((entry) => !used.has(entry))).toEqual([]);
  });

  it('sees the ways the catalogs typed labels before (the check is not blind)', () => {
    const typed = (language: string, text: string) => typedLabels(language, [['old', text]]);
    // Each line as a catalog held it: a switch's name, the Settings app and its pages, English left in a translation.
    expect(typed('en', 'Find my device')).toEqual(['en old: "Find my device" (label settings.find-my-device)']);
    expect(typed('en', 'suggested content in Settings')).toEqual(['en old: "in Settings" (label settings)']);
    expect(typed('en', 'o open Settings page')).toEqual(['en old: "Settings page" (label settings)', 'en old: "open Settings" (label settings)']);
    expect(typed('es', 'Encontrar mi dispositivo')).toEqual(['es old: "Encontrar mi dispositivo" (label settings.find-my-device)']);
    expect(typed('es', 'Buscar mi dispositivo')).toEqual(['es old: "Buscar mi dispositivo" (label settings.find-my-device)']);
    expect(typed('fr', 'ouvrir la page Settings ou le lien')).toEqual(['fr old: "page Settings" (label settings)']);
    expect(typed('fr', 'Page de Paramètres\u00a0: {page}')).toEqual(['fr old: "Page de Paramètres" (label settings)']);
    expect(typed('de', 'Einstellungsseite: {page}')).toEqual(['de old: "Einstellungsseite" (label settings)']);
    expect(typed('de', 'Aktivitätsverlauf')).toEqual(['de old: "Aktivitätsverlauf" (label settings.privacy.activity-history)']);
    expect(typed('pt-BR', 'Página das configurações: {page}')).toEqual(['pt-BR old: "Página das configurações" (label settings)']);
    expect(typed('ja', '設定アプリでのおすすめコンテンツ')).toEqual(['ja old: "設定アプリ" (label settings)']);
    expect(typed('ja', 'デバイスの検索')).toEqual(['ja old: "デバイスの検索" (label settings.find-my-device)']);
    // Ordinary words are not labels: a lower-case description, a slot, "Windows is activated" as the tutor's own words.
    expect(typed('en', 'privacy settings; location services; the {settings} page')).toEqual([]);
  });
});
