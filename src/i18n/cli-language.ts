/**
 * The CLI's language: chosen from the real environment, then applied to the course (its Windows
 * labels). On Windows the display language is read with reg.exe only when --lang, WINLINK_LANG
 * and a saved choice are all absent; nothing here starts PowerShell.
 */
import { unknownLanguageError } from '../cli-args.js';
import { localizeCourse } from '../course/label-refs.js';
import type { Course } from '../course/types.js';
import { chooseLanguage, UnknownLanguageError, type ChosenLanguage } from './choose-language.js';
import { translator } from './ui-strings.js';

/** reg.exe normally answers in tens of milliseconds; this bounds the wait before the first frame. */
const REGISTRY_TIMEOUT_MS = 3_000;

export async function cliLanguage(flag: string | undefined, saved: string | null = null): Promise<ChosenLanguage> {
  try {
    return await chooseLanguage({ flag, env: process.env, saved, platform: process.platform, windowsDisplayLanguage });
  } catch (error) {
    if (error instanceof UnknownLanguageError) throw unknownLanguageError(error.message);
    throw error;
  }
}

async function windowsDisplayLanguage(): Promise<string | null> {
  const [{ createRegistryReader }, { realCommandRunner }, { windowsTools }, { readWindowsDisplayLanguage }] = await Promise.all([
    import('../probes/registry-reader.js'),
    import('../windows/command-runner.js'),
    import('../windows/windows-tools.js'),
    import('./windows-display-language.js'),
  ]);
  const regExe = windowsTools(process.env.SystemRoot).reg;
  return readWindowsDisplayLanguage(createRegistryReader({ run: realCommandRunner, regExe, timeoutMs: REGISTRY_TIMEOUT_MS }));
}

/** The course in the chosen language: every label reference in that Windows' words. */
export function courseIn(course: Course, chosen: ChosenLanguage): Course {
  const t = translator(chosen.language.text);
  return localizeCourse(course, chosen.language.windows, (label) => t('label.englishName', { label }));
}
