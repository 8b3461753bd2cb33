// The core's Sentences said in English, deep inside any value: tests keep comparing the words
// users and --json see (the same English as before the words became data).
import { sayEnglish } from '../../src/i18n/say.js';
import { isUiKey } from '../../src/i18n/ui-strings.js';
import type { Sentence } from '../../src/probes/sentence.js';

function isSentence(value: object): value is Sentence {
  const fields = Object.keys(value);
  return 'key' in value && typeof value.key === 'string' && isUiKey(value.key) && fields.every((field) => ['key', 'values', 'labels'].includes(field));
}

export function inEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEnglish);
  if (value === null || typeof value !== 'object') return value;
  if (isSentence(value)) return sayEnglish(value);
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, inEnglish(item)]));
}
