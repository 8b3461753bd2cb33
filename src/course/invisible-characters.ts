import type { Problem } from './front-matter.js';
import { BIDI_CONTROL, normalizeNewlines, referencedCodePoints } from './sanitize.js';

const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** A joiner between two emoji builds one emoji (👨‍👩‍👧): that one is meant to be there. */
const EMOJI_JOINER = /(\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?)\u200D(?=\p{Extended_Pictographic})/gu;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters that change what a reader sees without being seen: bidirectional controls can
 * reorder text on screen (an error: the sanitiser blanks them, which would garble the line),
 * zero-width characters hide inside words (a warning: sometimes they are meant). Checked on the
 * file as written, character references included, with the lines they are on.
 */
export function invisibleCharacters(source: string): { readonly errors: Problem[]; readonly warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  normalizeNewlines(source)
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      const bidi = [...text.matchAll(BIDI_CONTROLS)].map((match) => match[0].codePointAt(0) ?? 0);
      bidi.push(...referencedCodePoints(text).filter((code) => code <= 0x10ffff && BIDI_CONTROL.test(String.fromCodePoint(code))));
      for (const code of new Set(bidi)) {
        errors.push({ line, message: `bidirectional control character ${hex(code)} can make text show in another order than it is written; remove it` });
      }
      const hidden = [...text.replace(EMOJI_JOINER, '$1').matchAll(ZERO_WIDTH)].map((match) => match[0].codePointAt(0) ?? 0);
      for (const code of new Set(hidden)) {
        warnings.push({ line, message: `invisible zero-width character ${hex(code)}; remove it unless it is meant to be there` });
      }
    });
  return { errors, warnings };
}
