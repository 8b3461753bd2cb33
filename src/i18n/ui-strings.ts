/**
 * The UI's own words, from one plain JSON catalog per language (English is the source and is
 * complete). `t(key, values)` fills `{name}` slots; a string with plural forms picks one with
 * Intl.PluralRules. A string missing from a catalog falls back to English, never to its key.
 */
import { isPlainObject, perLanguage } from './catalog-file.js';
import en from './ui/en.json' with { type: 'json' };

export type UiKey = keyof typeof en;
type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
export type UiCatalog = Readonly<Partial<Record<UiKey, Entry>>>;

/**
 * The full translations: a language is listed once its UI catalog is in src/i18n/ui/ (a test
 * keeps this list and the files equal); its lessons are in lessons/<tag>/ (English where a
 * lesson or step has no current translation). English comes with the code; the others are read
 * from disk the first time they are used.
 */
export const TEXT_LANGUAGES: readonly string[] = ['en', 'de', 'es', 'fr', 'ja', 'pt-BR'];

/**
 * A language's UI catalog, read once. A file that is missing or is not a JSON object gives none;
 * an entry of the wrong shape (not a string, nor plural forms with `other`) counts as missing
 * when it is looked up (a start reads a handful of its ~650 strings, so checking them all on
 * reading would cost more than the lookups). Either way the string falls back to English, never
 * to a key name or a crash.
 */
export const uiCatalog = perLanguage<UiCatalog>(
  (language) => (TEXT_LANGUAGES.includes(language) ? `ui/${language}.json` : null),
  (file) => file as UiCatalog,
  new Map([['en', en]]),
);

function isEntry(entry: unknown): entry is Entry {
  if (typeof entry === 'string') return true;
  return isPlainObject(entry) && typeof entry.other === 'string' && Object.values(entry).every((form) => typeof form === 'string');
}

export type Values = Readonly<Record<string, string | number>>;
export type Translate = (key: UiKey, values?: Values) => string;

/** A lookup for one language; `catalogs` is for tests. */
export function translator(language: string, catalogs?: Readonly<Record<string, UiCatalog>>): Translate {
  const own = (catalogs ? catalogs[language] : uiCatalog(language)) ?? {};
  const plurals = new Map<string, Intl.PluralRules>();
  return (key, values = {}) => {
    // A catalog read from disk may hold anything (a broken install): only an entry of the right
    // shape counts, anything else falls back to English like a missing one.
    const mine: unknown = Object.hasOwn(own, key) ? own[key] : undefined;
    const translated = isEntry(mine);
    const entry = translated ? mine : (en as Record<UiKey, Entry>)[key];
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      // Rules of the language the words are in. Creating Intl.PluralRules costs tens of
      // milliseconds on first use, so whole counts in the catalogs' languages (all the first
      // frame shows) take their forms from the table below.
      const locale = translated ? language : 'en';
      const count = Number(values.count ?? 0);
      let form = pluralForm(locale, count);
      if (form === undefined) {
        const rules = plurals.get(locale) ?? new Intl.PluralRules(locale);
        plurals.set(locale, rules);
        form = rules.select(count);
      }
      text = entry[form] ?? entry.other;
    }
    return text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
  };
}

/**
 * CLDR's plural rules of the catalogs' languages for whole numbers from 0 up, as Intl.PluralRules
 * selects them (test/i18n/ui-strings.test.ts compares every count to 2,000,000 and beyond):
 * "many" is a multiple of a million in Spanish, French and Portuguese. Undefined for anything
 * else (fractions, negative numbers, other languages): Intl answers those.
 */
export function pluralForm(language: string, count: number): Intl.LDMLPluralRule | undefined {
  if (!Number.isSafeInteger(count) || count < 0) return undefined;
  const million = count !== 0 && count % 1_000_000 === 0;
  switch (language) {
    case 'en':
    case 'de':
      return count === 1 ? 'one' : 'other';
    case 'es':
      return count === 1 ? 'one' : million ? 'many' : 'other';
    case 'fr':
    case 'pt-BR':
      return count <= 1 ? 'one' : million ? 'many' : 'other';
    case 'ja':
      return 'other';
    default:
      return undefined;
  }
}

/** The keys a language's catalog lacks (shown in English): the test lists them. */
export function fallbacks(language: string, catalogs?: Readonly<Record<string, UiCatalog>>): UiKey[] {
  const own = (catalogs ? catalogs[language] : uiCatalog(language)) ?? {};
  return (Object.keys(en) as UiKey[]).filter((key) => !isEntry(Object.hasOwn(own, key) ? own[key] : undefined));
}

/** English, for code that runs before a language is chosen. */
export const english: Translate = translator('en');

/** Whether a string built from data (a probe's value, a setting's id) names a catalog entry. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}
