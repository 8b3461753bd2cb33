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

/**
 * One character folded: compatibility decomposition (NFKD: full-width "Ａ" and half-width "ｶ"
 * become "A" and "カ", "ﬁ" becomes "fi", "é" becomes "e" + accent), accents dropped, then full
 * case folding as upper-then-lower ("ß" → "SS" → "ss", "Σ"/"ς" → "σ").
 */
export function foldChar(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  return dropAccents(char.normalize('NFKD')).toUpperCase().toLowerCase();
}

/** The folded text: every character but ASCII folded one by one, ASCII lower-cased in one go. */
export function foldText(original: string): string {
  return original.replace(/[^\u0000-\u007f]/gu, foldChar).toLowerCase();
}

/**
 * Where the character that folded text's unit `foldedIndex` came from starts in the original
 * (walked only for a match, to show its snippet); the original's length past the end.
 */
export function originalIndex(original: string, foldedIndex: number): number {
  let folded = 0;
  let index = 0;
  // ASCII folds one unit to one unit: only the other characters are folded again to count.
  for (const match of original.matchAll(/[^\u0000-\u007f]/gu)) {
    const run = match.index - index;
    if (folded + run > foldedIndex) return index + (foldedIndex - folded);
    folded += run;
    index = match.index;
    const width = foldChar(match[0]).length;
    if (folded + width > foldedIndex) return index;
    folded += width;
    index += match[0].length;
  }
  return Math.min(original.length, index + (foldedIndex - folded));
}

/** Where `needle` (already folded) is in the original text, as [start, end); null when absent. */
export function findFolded(original: string, folded: string, needle: string): { readonly start: number; readonly end: number } | null {
  if (needle === '') return null;
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  return { start: originalIndex(original, at), end: originalIndex(original, at + needle.length) };
}
