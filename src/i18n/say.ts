// Says the core's Sentences (src/probes/sentence.ts) in one language: the UI catalog's words, and
// Windows labels from the label catalog in the user's Windows display language.
import type { Sentence } from '../probes/sentence.js';
import { labelSlots } from './label-slots.js';
import { english, type Translate, type Values } from './ui-strings.js';

export type Say = (sentence: Sentence) => string;

/** `windowsLanguage`: the Windows display language whose labels fill label slots ("de-DE"). */
export function sayer(t: Translate, windowsLanguage = 'en-US'): Say {
  const say: Say = (sentence) => {
    const values: Record<string, string | number> = sentence.labels ? { ...labelSlots(sentence.labels, windowsLanguage, t) } : {};
    for (const [slot, value] of Object.entries(sentence.values ?? {})) {
      if (isSentenceList(value)) values[slot] = oneAfterAnother(t, value.map(say));
      else values[slot] = typeof value === 'object' ? say(value) : value;
    }
    return t(sentence.key, values as Values);
  };
  return say;
}

/** Whole sentences one after another, the language's way (a space in English, none in Japanese). */
export function oneAfterAnother(t: Translate, sentences: readonly string[]): string {
  const said = sentences.filter((text) => text !== '');
  return said.length === 0 ? '' : said.reduce((first, second) => t('probe.twoSentences', { first, second }));
}

function isSentenceList(value: NonNullable<Sentence['values']>[string]): value is readonly Sentence[] {
  return Array.isArray(value);
}

/** English with English Windows' labels: what --json has always said. */
export const sayEnglish: Say = sayer(english, 'en-US');

/** An error's words: our own errors' sentences are said; the system's text (with its code) stays as it is. */
export function sayMessage(say: Say, message: Sentence | string): string {
  return typeof message === 'string' ? message : say(message);
}
