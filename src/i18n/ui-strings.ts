/**
 * The UI's own words, from one plain JSON catalog per language (English is the source and is
 * complete). `t(key, values)` fills `{name}` slots; a string with plural forms picks one with
 * Intl.PluralRules. A string missing from a catalog falls back to English, never to its key.
 */
import en from './ui/en.json' with { type: 'json' };
import de from './ui/de.json' with { type: 'json' };
import es from './ui/es.json' with { type: 'json' };
import fr from './ui/fr.json' with { type: 'json' };
import ja from './ui/ja.json' with { type: 'json' };
import ptBR from './ui/pt-BR.json' with { type: 'json' };

export type UiKey = keyof typeof en;
type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
export type UiCatalog = Readonly<Partial<Record<UiKey, Entry>>>;

/**
 * The full translations: a language is listed once its UI catalog is here; its lessons are in
 * lessons/<tag>/ (English where a lesson or step has no current translation).
 */
const CATALOGS: Readonly<Record<string, UiCatalog>> = { en, de, es, fr, ja, 'pt-BR': ptBR };
export const TEXT_LANGUAGES: readonly string[] = Object.keys(CATALOGS);

export type Values = Readonly<Record<string, string | number>>;
export type Translate = (key: UiKey, values?: Values) => string;

/** A lookup for one language; `catalogs` is for tests. */
export function translator(language: string, catalogs: Readonly<Record<string, UiCatalog>> = CATALOGS): Translate {
  const own = catalogs[language] ?? {};
  const plurals = new Map<string, Intl.PluralRules>();
  return (key, values = {}) => {
    const entry = own[key] ?? (en as Record<UiKey, Entry>)[key];
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      // Rules of the language the words are in. Creating Intl.PluralRules costs tens of
      // milliseconds on first use, so English (the first frame today) uses its own two forms.
      const locale = own[key] === undefined ? 'en' : language;
      const count = Number(values.count ?? 0);
      let form: Intl.LDMLPluralRule;
      if (locale === 'en') form = count === 1 ? 'one' : 'other';
      else {
        const rules = plurals.get(locale) ?? new Intl.PluralRules(locale);
        plurals.set(locale, rules);
        form = rules.select(count);
      }
      text = entry[form] ?? entry.other;
    }
    return text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
  };
}

/** The keys a language's catalog lacks (shown in English): the test lists them. */
export function fallbacks(language: string, catalogs: Readonly<Record<string, UiCatalog>> = CATALOGS): UiKey[] {
  const own = catalogs[language] ?? {};
  return (Object.keys(en) as UiKey[]).filter((key) => own[key] === undefined);
}

/** English, for code that runs before a language is chosen. */
export const english: Translate = translator('en');

/** Whether a string built from data (a probe's value, a setting's id) names a catalog entry. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}
