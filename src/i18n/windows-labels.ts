/**
 * Windows' own words for the Settings labels the lessons name, per Windows display language,
 * read from the Windows 11 24H2 language packs by scripts/extract-labels.mjs (never typed or
 * translated here). Each label records the resource file and key it came from. The labels and
 * the language list come with the code; a language's words (src/i18n/labels/<language>.json)
 * are read from disk the first time that language is asked for.
 */
import { perLanguage } from './catalog-file.js';
import catalog from './windows-labels.json' with { type: 'json' };

export interface LabelSource {
  /**
   * The resource file: a .pri (without language and extension), a Win32 string table such as
   * "shell32.dll.mui" (key: the string id), or null: no 24H2 source.
   */
  readonly file: string | null;
  readonly key: string | null;
  /** The en-US words (for a label without a source: the English the lessons use). */
  readonly english: string;
}

interface Catalog {
  readonly source: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, LabelSource>>;
  readonly languages: readonly string[];
  readonly missing: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

type Words = Readonly<Record<string, string>>;

const labels = catalog as Catalog;

/** The 43 Windows display languages, as Windows names them ("de-DE", "sr-Latn-RS"). */
export const WINDOWS_LANGUAGES: readonly string[] = labels.languages;
export const LABEL_SOURCE = labels.source;

/**
 * One Windows language's words, read once. A file that is missing or of the wrong shape (an
 * incomplete install) gives no words: every label is then shown in English and said to be the
 * English name, never a guess. Only strings are kept.
 */
export const labelWords = perLanguage<Words>(
  (windowsLanguage) => (WINDOWS_LANGUAGES.includes(windowsLanguage) ? `labels/${windowsLanguage}.json` : null),
  (file) => Object.fromEntries(Object.entries(file).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
);

export function isLabelName(name: string): boolean {
  return Object.hasOwn(labels.labels, name);
}

export function labelNames(): readonly string[] {
  return Object.keys(labels.labels);
}

export function labelSource(name: string): LabelSource | undefined {
  return labels.labels[name];
}

/**
 * A label in a Windows display language. `english: true` when that language has no words for
 * it (no 24H2 source, or absent from its pack): the reader must be told it is the English name.
 */
export function windowsLabel(name: string, windowsLanguage: string): { readonly text: string; readonly english: boolean } | undefined {
  const source = labels.labels[name];
  if (!source) return undefined;
  const text = labelWords(windowsLanguage)[name];
  if (text !== undefined) return { text: inline(text), english: false };
  return { text: source.english, english: !isEnglishWindows(windowsLanguage) };
}

/** A line break between two Chinese or Japanese characters (Korean puts spaces between words); 、。 as escapes, so the bundle stays ASCII (scripts/ascii-bundle.mjs). */
const CJK_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3001\u3002])[ \t]*\r?\n\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/**
 * A label's words as one line of text. Windows lays a few messages out on two lines (ja-JP's
 * "linked" message breaks after リンクされた); in a sentence the break is a space, or nothing
 * between two CJK characters, where Japanese puts no space.
 */
function inline(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  return text.replace(CJK_BREAK, '').replace(/\s*\r?\n\s*/g, ' ');
}

/** English Windows shows the English words; saying "(English name)" there would be noise. */
function isEnglishWindows(windowsLanguage: string): boolean {
  return windowsLanguage.toLowerCase().startsWith('en-');
}

/** Labels without words in a language, by language: the completeness report. */
export function missingLabels(): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, string[]> = {};
  for (const language of WINDOWS_LANGUAGES) {
    const absent = Object.keys(labels.labels).filter((name) => labelWords(language)[name] === undefined);
    if (absent.length > 0) out[language] = absent;
  }
  return out;
}
