/**
 * Characters a terminal draws one column wide, each its own grapheme whatever stands next to it:
 * printable ASCII, Latin-1 and Latin Extended letters, general punctuation, arrows, maths, box
 * drawing, block elements, geometric shapes and dingbats, minus anything that is emoji
 * (Extended_Pictographic), a mark, a control, a format or space character other than U+00A0.
 * For text made only of these, string-width's answer is the text's length, without its grapheme
 * segmenter and Unicode regexes, whose first use costs tens of milliseconds at start-up.
 * test/text/simple-width.test.ts checks every character here against string-width and
 * Intl.Segmenter; test/build/lazy-string-width.test.ts, the bundled string-width against the published one.
 */
export const SIMPLE_NARROW_CHARS =
  '\\u0020-\\u007E\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u024F\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E' +
  '\\u2190-\\u2193\\u219A-\\u21A8\\u21AB-\\u22FF\\u2500-\\u25A9\\u25AC-\\u25B5\\u25B7-\\u25BF\\u25C1-\\u25FA\\u25FF' +
  '\\u2700-\\u2701\\u2703-\\u2704\\u2706-\\u2707\\u270E\\u2710-\\u2711\\u2713\\u2715\\u2717-\\u271C\\u271E-\\u2720' +
  '\\u2722-\\u2727\\u2729-\\u2732\\u2735-\\u2743\\u2745-\\u2746\\u2748-\\u274B\\u274D\\u274F-\\u2752\\u2756\\u2758-\\u2762' +
  '\\u2765-\\u2794\\u2798-\\u27A0\\u27A2-\\u27AF\\u27B1-\\u27BE';

const SIMPLE_NARROW = new RegExp(`^[${SIMPLE_NARROW_CHARS}]*$`);

/** The column width of `text` (no escape sequences) if it holds only such characters, else undefined. */
export function simpleWidth(text: string): number | undefined {
  return SIMPLE_NARROW.test(text) ? text.length : undefined;
}
