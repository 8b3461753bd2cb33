// A full product key is a secret; Windows itself shows only the last 5 characters, so do we.
const FULL_KEY = /(?<![A-Za-z0-9])[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}(?![A-Za-z0-9])/g;

/** Replaces every full 25-character product key in `text` with its last 5 characters. */
export function redactProductKeys(text: string): string {
  return text.replace(FULL_KEY, (key) => key.slice(-5));
}

/** Reduces a captured key field to at most its last 5 letters/digits; null when none. */
export function toPartialKey(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const chars = value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return chars === '' ? null : chars.slice(-5);
}
