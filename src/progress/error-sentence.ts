// What a progress error says to the user, as data: our own errors carry a Sentence (said at the
// edge in the user's language); any other error (the system's, with its code) says its message.
import { sayEnglish } from '../i18n/say.js';
import type { Sentence } from '../probes/sentence.js';

/** One of our errors: `.sentence` is said in the user's language, `.message` is its English (logs, tests). */
export class SentenceError extends Error {
  constructor(readonly sentence: Sentence) {
    super(sayEnglish(sentence));
  }
}

export function errorSentence(error: unknown): Sentence | string {
  if (error instanceof Error && 'sentence' in error && isSentence(error.sentence)) return error.sentence;
  return error instanceof Error ? error.message : String(error);
}

function isSentence(value: unknown): value is Sentence {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}
