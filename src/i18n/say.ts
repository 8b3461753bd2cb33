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
    for (const [slot, value] of Object.entries(sentence.values ?? {})) values[slot] = typeof value === 'object' ? say(value) : value;
    return t(sentence.key, values as Values);
  };
  return say;
}

/** English with English Windows' labels: what --json has always said. */
export const sayEnglish: Say = sayer(english, 'en-US');

/** An error's words: our own errors' sentences are said; the system's text (with its code) stays as it is. */
export function sayMessage(say: Say, message: Sentence | string): string {
  return typeof message === 'string' ? message : say(message);
}
