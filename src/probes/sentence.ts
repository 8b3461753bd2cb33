// What the core says, as data: a UI catalog key and the values of its slots. The core never picks
// a language; the command or the UI says a Sentence in the user's (src/i18n/say.ts), and --json
// says it in English, as it always did.
import type { UiKey } from '../i18n/ui-strings.js';

export interface Sentence {
  readonly key: UiKey;
  /**
   * Slot values: data (names, numbers, Windows' own words), a nested sentence said in the same
   * language, or a list of whole sentences said one after another (a reading's notes).
   */
  readonly values?: Readonly<Record<string, string | number | Sentence | readonly Sentence[]>>;
  /** Slots filled with Windows labels (keys of the label catalog), in the user's Windows display language. */
  readonly labels?: Readonly<Record<string, string>>;
}

export function said(key: UiKey, values?: Sentence['values'], labels?: Sentence['labels']): Sentence {
  return { key, ...(values === undefined ? {} : { values }), ...(labels === undefined ? {} : { labels }) };
}

/** Whether two sentences say the same thing (the same key, values and labels). */
export function sameSentence(a: Sentence, b: Sentence): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
