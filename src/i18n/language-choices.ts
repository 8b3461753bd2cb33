/**
 * The languages the start screen offers: English, the five full translations (their text falls
 * back to English until their catalogs are written, but they get their own Windows labels), then
 * every other Windows display language (Windows labels in English text). Names come from the
 * runtime's own locale data (Intl.DisplayNames), each in its own language, never typed here.
 */
import { learnLanguageName, rememberedLanguageName } from './language-names.js';
import { WINDOWS_LANGUAGES } from './windows-labels.js';

export type ChoiceKind = 'english' | 'full' | 'labels';

export interface LanguageChoice {
  /** A Windows display language tag, e.g. "de-DE"; what the progress file keeps. */
  readonly tag: string;
  readonly kind: ChoiceKind;
}

/** The full translations issue 23 asks for, as Windows display languages. */
export const FULL_TRANSLATIONS: readonly string[] = ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP'];

export function languageChoices(): readonly LanguageChoice[] {
  const rest = WINDOWS_LANGUAGES.filter((tag) => tag !== 'en-US' && !FULL_TRANSLATIONS.includes(tag));
  return [
    { tag: 'en-US', kind: 'english' },
    ...FULL_TRANSLATIONS.map((tag): LanguageChoice => ({ tag, kind: 'full' })),
    ...rest.map((tag): LanguageChoice => ({ tag, kind: 'labels' })),
  ];
}

/**
 * "Deutsch (Deutschland)", in the language itself; the tag when the runtime has no name for it.
 * A name this runtime gave in an earlier run is read back (language-names.ts): no Intl object
 * before the first frame.
 */
export function languageName(tag: string): string {
  const remembered = rememberedLanguageName(tag);
  if (remembered !== undefined) return remembered;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name === undefined) return tag;
    learnLanguageName(tag, name);
    return name;
  } catch {
    return tag;
  }
}
