/**
 * Where a line of Chinese or Japanese text may break. Such text has no spaces between words, so
 * a break is allowed between any two CJK characters and between CJK and other text; never inside
 * a run of Latin letters (a word). Kinsoku (JIS X 4051): closing brackets, 、。 and small kana never
 * start a line, opening brackets never end one. A simplified UAX #14 that covers what lessons hold.
 */

/**
 * A fast gate for a whole line: false means no character below is CJK, so the line wraps at
 * spaces only, exactly as before (English pays one regular-expression test per line).
 * A superset of isCjk: BMP blocks from CJK radicals to the end of the unified ideographs,
 * compatibility ideographs and forms, full-width forms, and the supplementary ideograph planes.
 */
const MAY_HOLD_CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]|[\uD840-\uD8BF]/;

export function mayHoldCjk(text: string): boolean {
  return MAY_HOLD_CJK.test(text);
}

/**
 * Han (with radicals, strokes, compatibility and supplementary ideographs), CJK symbols and
 * punctuation, Hiragana, Katakana, Bopomofo, enclosed CJK, full-width and half-width forms.
 * Hangul is left out: Korean puts spaces between words and wraps at them.
 */
export function isCjk(grapheme: string): boolean {
  const code = grapheme.codePointAt(0) ?? 0;
  if (code < 0x2e80) return false;
  return (
    (code <= 0x312f) || // radicals, Kangxi, description, CJK punctuation, kana, Bopomofo
    (code >= 0x3190 && code <= 0x4dbf) || // kanbun, strokes, katakana extension, enclosed, compatibility, extension A
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe1f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff9f) || // full-width forms, half-width katakana
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/** Never at the start of a line: closing brackets and quotes, stops and commas, small kana, marks that follow. */
const NO_START = new Set([
  ...')]},.:;!?%\'"',
  ...'）〕］｝〉》」』】〙〗〟｠’”»›｣',
  ...'、。，．・：；？！‼⁇⁈⁉｡､･',
  ...'ヽヾゝゞ々〻ー゛゜ﾞﾟｰ゠〜～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ',
  ...'％‰℃°′″',
]);

/** Never at the end of a line: opening brackets and quotes. */
const NO_END = new Set([...'([{\'"', ...'（〔［｛〈《「『【〘〖〝｟‘“«‹｢']);

/**
 * Whether a line may break between two graphemes that touch (no space between them): only where
 * one of them is CJK, and never after a line-end prohibited one. Before a line-start prohibited
 * one kinsoku holds the break back ('kinsoku'), and gives way only so as not to cut a word that fits a line.
 */
export function breakBetween(before: string, after: string): 'yes' | 'kinsoku' | 'no' {
  if (NO_END.has(before) || (!isCjk(before) && !isCjk(after))) return 'no';
  return NO_START.has(after) ? 'kinsoku' : 'yes';
}

export function startsLineBadly(grapheme: string): boolean {
  return NO_START.has(grapheme);
}

export function endsLineBadly(grapheme: string): boolean {
  return NO_END.has(grapheme);
}

/**
 * An escape that only ends styles or a hyperlink (SGR 0, 22-29, 39, 49; OSC 8 with no target):
 * at a break it stays with the text before it, while one that starts a style goes with the text after.
 */
export function closesStyles(escape: string): boolean {
  if (escape.startsWith('\u001B]8;;')) return escape === '\u001B]8;;\u0007';
  return escape
    .slice(2, -1)
    .split(';')
    .every((param) => {
      const code = Number(param || '0');
      return code === 0 || (code >= 22 && code <= 29) || code === 39 || code === 49;
    });
}
