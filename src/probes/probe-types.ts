// What a probe answers: a value Windows proved, or "unknown" with the reason. Never a guess.
import type { Sentence } from './sentence.js';

export interface Known<T> {
  readonly known: true;
  readonly value: T;
}

export interface Unknown {
  readonly known: false;
  /** Why this could not be read here, as data the command says in the user's language. */
  readonly reason: Sentence;
}

export type Probed<T> = Known<T> | Unknown;

export const known = <T>(value: T): Known<T> => ({ known: true, value });
export const unknown = (reason: Sentence): Unknown => ({ known: false, reason });

/** The value, or null when unknown (for JSON fields that are "null when unknown"). */
export const valueOrNull = <T>(probed: Probed<T>): T | null => (probed.known ? probed.value : null);

/** A probe's answer: `value` is one of the catalog's values, or null (unknown); `text` says it in words. */
export interface ProbeAnswer {
  readonly value: string | null;
  readonly text: Sentence;
}
