// Text folded for search: case, accents and character width do not matter, and a match found in
// the folded text maps back to the original, so the snippet shows the user's own characters.
// Works character by character, so nothing assumes words or spaces (Japanese has neither).

/**
 * Latin, Greek and Cyrillic accents (combining diacritical marks): "é" = "e". Japanese voicing
 * marks (U+3099, U+309A) are letters' identity there (カ and ガ differ), so they are kept.
 */
const ACCENT_RANGES: readonly (readonly [number, number])[] = [[0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]];

function dropAccents(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!ACCENT_RANGES.some(([low, high]) => code >= low && code <= high)) out += char;
  }
  return out;
}

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, where its character starts in the original. */
  readonly from: readonly number[];
  /** The original's length, for a match that reaches the end. */
  readonly length: number;
}

/**
 * One character folded: compatibility decomposition (NFKD: full-width "Ａ" and half-width "ｶ"
 * become "A" and "カ", "ﬁ" becomes "fi", "é" becomes "e" + accent), accents dropped, then full
 * case folding as upper-then-lower ("ß" → "SS" → "ss", "Σ"/"ς" → "σ").
 */
export function foldChar(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  return dropAccents(char.normalize('NFKD')).toUpperCase().toLowerCase();
}

export function foldText(original: string): FoldedText {
  let text = '';
  const from: number[] = [];
  let index = 0;
  // for…of walks code points, so a surrogate pair (an emoji, a rare kanji) is one character.
  for (const char of original) {
    const folded = foldChar(char);
    text += folded;
    for (let unit = 0; unit < folded.length; unit++) from.push(index);
    index += char.length;
  }
  return { text, from, length: original.length };
}

/** A query folded the same way (a query needs no map back). */
export function foldQuery(query: string): string {
  return foldText(query).text;
}

/** Where `needle` (already folded) is in the original text, as [start, end); null when absent. */
export function findFolded(haystack: FoldedText, needle: string): { readonly start: number; readonly end: number } | null {
  if (needle === '') return null;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length;
  return { start: haystack.from[at] ?? 0, end: last < haystack.from.length ? (haystack.from[last] ?? haystack.length) : haystack.length };
}
