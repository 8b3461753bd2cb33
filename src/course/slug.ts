import { sha256Hex } from './sha256.js';

/** `Open the Activation page` → `open-the-activation-page`: stable ids from headings. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a step or quiz option that has no explicit one; progress is saved against it, so it
 * depends on the text only, never on the position (reordering must not move a saved answer).
 * Text with ASCII letters or digits keeps the slug earlier releases derived, byte for byte (saved
 * progress still maps); text in any other script keeps its own letters and digits
 * (`Да, всегда` → `да-всегда`); text with neither (`!!!`, emoji) gets a hash of itself.
 */
export function deriveId(text: string): string {
  const ascii = slugify(text);
  if (ascii) return ascii;
  const letters = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (letters) return letters;
  return `text-${sha256Hex(text.normalize('NFC').trim()).slice(0, 12)}`;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
