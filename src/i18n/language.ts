/**
 * Which language the tutor speaks. A language has two parts that fall back separately:
 * - `windows`: the Windows display language whose labels the lessons show (one of the 43);
 * - `text`: the language of the lessons and UI strings (a full translation, else English).
 * `--lang it` is Italian Windows labels in English text; `--lang de-AT` is German (Germany)
 * labels and German text once there is a German translation.
 */
import { WINDOWS_LANGUAGES } from './windows-labels.js';
import { TEXT_LANGUAGES } from './ui-strings.js';

export interface Language {
  /** A Windows display language tag, e.g. "de-DE"; "en-US" for English. */
  readonly windows: string;
  /** A full-translation language, e.g. "de"; "en" when there is none for this language. */
  readonly text: string;
}

export const ENGLISH: Language = { windows: 'en-US', text: 'en' };

/**
 * Read a user's tag: BCP 47 ("pt-BR") or POSIX ("pt_BR.UTF-8@euro"). Null: not a language tag,
 * or "C"/"POSIX" (which mean no language: English).
 */
export function normalizeTag(raw: string): string | null {
  const tag = raw.trim().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (tag === '' || /^(c|posix)$/i.test(tag)) return null;
  const known = knownTags().get(tag.toLowerCase());
  if (known !== undefined) return known;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Windows calls Norwegian Bokmål "nb"; "no" is its macrolanguage. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { no: 'nb' };

/**
 * The Windows display language for a tag, or null when Windows has none for its language.
 * 1. The same tag (case aside): es-MX, fr-CA, pt-PT, sr-Latn-RS keep their own words.
 * 2. Else the one Windows language of that language (de-AT → de-DE, it → it-IT, sr → sr-Latn-RS).
 * 3. Where Windows has two, a rule per language (documented in the README):
 *    Chinese by script (Traditional → zh-TW: zh-Hant, zh-HK, zh-MO; else zh-CN);
 *    Spanish: Spain and bare "es" → es-ES, any other region (the Americas, es-419, es-US) → es-MX;
 *    Portuguese: Brazil and bare "pt" → pt-BR, any other region (pt-AO, pt-MZ) → pt-PT;
 *    French: fr-CA for Canada, else fr-FR; English: en-GB for GB and IE, else en-US.
 */
export function windowsLanguageFor(tag: string): string | null {
  const exact = WINDOWS_LANGUAGES.find((each) => each.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  let locale: Pick<Intl.Locale, 'language' | 'region' | 'maximize'>;
  try {
    locale = knownLanguage(tag) ?? new Intl.Locale(tag);
  } catch {
    return null;
  }
  const language = LANGUAGE_ALIASES[locale.language] ?? locale.language;
  const candidates = WINDOWS_LANGUAGES.filter((each) => each.toLowerCase().split('-')[0] === language);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const region = locale.region;
  switch (language) {
    case 'zh':
      return locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
    case 'es':
      return region === undefined || region === 'ES' ? 'es-ES' : 'es-MX';
    case 'pt':
      return region === undefined || region === 'BR' ? 'pt-BR' : 'pt-PT';
    case 'fr':
      return region === 'CA' ? 'fr-CA' : 'fr-FR';
    case 'en':
      return region === 'GB' || region === 'IE' ? 'en-GB' : 'en-US';
    default:
      return null;
  }
}

/**
 * The full translation for a tag: the same tag, else its language (de-AT → de; pt-PT → pt-BR,
 * the one Portuguese translation), else null (English text).
 */
export function textLanguageFor(tag: string): string | null {
  const lower = tag.toLowerCase();
  const exact = TEXT_LANGUAGES.find((each) => each.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return TEXT_LANGUAGES.find((each) => each.toLowerCase().split('-')[0] === language) ?? null;
}

/** A tag as a Language, or null when neither Windows nor the course knows its language. */
export function resolveLanguage(raw: string): Language | null {
  const tag = normalizeTag(raw);
  if (tag === null) return /^\s*(c|posix)([.@].*)?\s*$/i.test(raw) ? ENGLISH : null;
  const windows = windowsLanguageFor(tag);
  const text = textLanguageFor(tag);
  if (windows === null && text === null) return null;
  return { windows: windows ?? 'en-US', text: text ?? 'en' };
}

/**
 * The tags of the Windows and text languages and their bare languages ("de-de" → "de-DE", "ja"),
 * each as Intl.getCanonicalLocales gives it (test/i18n/language.test.ts checks every one): the
 * usual tags are read without Intl, whose first object costs ICU's set-up before the first frame.
 */
let known: Map<string, string> | undefined;
function knownTags(): Map<string, string> {
  if (known) return known;
  known = new Map();
  for (const tag of [...WINDOWS_LANGUAGES, ...TEXT_LANGUAGES]) {
    known.set(tag.toLowerCase(), tag);
    const language = tag.split('-')[0] ?? '';
    known.set(language.toLowerCase(), language.toLowerCase());
  }
  return known;
}

/**
 * A bare language of those (as `new Intl.Locale` reads it: that language, no region), without
 * Intl; Chinese needs Intl's script guess, so not it. Undefined for any other tag.
 */
export function knownLanguage(tag: string): Pick<Intl.Locale, 'language' | 'region' | 'maximize'> | undefined {
  if (tag === 'zh' || tag.includes('-') || knownTags().get(tag) !== tag) return undefined;
  return { language: tag, region: undefined, maximize: () => new Intl.Locale(tag).maximize() };
}
