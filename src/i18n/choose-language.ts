/**
 * Which language to speak, first answer wins: --lang, WINLINK_LANG, the choice made on the start
 * screen (kept with the progress), then the user's language (on Windows the display language,
 * elsewhere LC_ALL, LC_MESSAGES, LANG in POSIX order), then English.
 */
import { ENGLISH, resolveLanguage, type Language } from './language.js';

export type LanguageOrigin = 'flag' | 'env' | 'saved' | 'windows' | 'locale' | 'default';

export interface LanguageSources {
  readonly flag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly saved?: string | null | undefined;
  readonly platform: NodeJS.Platform;
  /** Windows only: the display language, or null when unknown. Not called when an earlier source answers. */
  readonly windowsDisplayLanguage?: () => Promise<string | null>;
}

export interface ChosenLanguage {
  readonly language: Language;
  readonly from: LanguageOrigin;
}

/** --lang and WINLINK_LANG must name a language; cli-args checks the flag, this the variable. */
export class UnknownLanguageError extends Error {}

/**
 * POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first that is set decides, and
 * "C" or "POSIX" there mean English.
 */
export function posixLocale(env: Readonly<Record<string, string | undefined>>): string | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

export async function chooseLanguage(sources: LanguageSources): Promise<ChosenLanguage> {
  if (sources.flag !== undefined) {
    const language = resolveLanguage(sources.flag);
    if (language) return { language, from: 'flag' };
    throw new UnknownLanguageError(`--lang ${sources.flag}`);
  }
  const fromEnv = sources.env.WINLINK_LANG;
  if (fromEnv !== undefined && fromEnv !== '') {
    const language = resolveLanguage(fromEnv);
    if (language) return { language, from: 'env' };
    throw new UnknownLanguageError(`WINLINK_LANG=${fromEnv}`);
  }
  const saved = sources.saved ? resolveLanguage(sources.saved) : null;
  if (saved) return { language: saved, from: 'saved' };
  if (sources.platform === 'win32') {
    const tag = sources.windowsDisplayLanguage ? await sources.windowsDisplayLanguage() : null;
    const language = tag === null ? null : resolveLanguage(tag);
    return language ? { language, from: 'windows' } : { language: ENGLISH, from: 'default' };
  }
  const locale = posixLocale(sources.env);
  const language = locale === null ? null : resolveLanguage(locale);
  return language ? { language, from: 'locale' } : { language: ENGLISH, from: 'default' };
}
