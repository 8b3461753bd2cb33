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

/**
 * The same for characters two columns wide, all in the BMP and none emoji or a mark: CJK
 * ideographs, radicals and strokes, kana, CJK punctuation, bopomofo, enclosed CJK, Yi, Hangul
 * syllables and compatibility jamo, full-width forms. Japanese text on the first screen is made
 * of these and simple narrow characters, so it is measured without string-width's segmenter and
 * Unicode regexes too. test/text/simple-width.test.ts checks every one (as for the narrow ones).
 */
export const SIMPLE_WIDE_CHARS =
  '\\u2329-\\u232A\\u2630-\\u2637\\u268A-\\u268F\\u2E80-\\u2E99\\u2E9B-\\u2EF3\\u2F00-\\u2FD5\\u2FF0-\\u3029\\u3031-\\u303C\\u303E' +
  '\\u3041-\\u3096\\u309B-\\u30FF\\u3105-\\u312F\\u3131-\\u3163\\u3165-\\u318E\\u3190-\\u31E5\\u31EF-\\u321E\\u3220-\\u3247' +
  '\\u3250-\\u3296\\u3298\\u329A-\\uA48C\\uA490-\\uA4C6\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE10-\\uFE19\\uFE30-\\uFE52' +
  '\\uFE54-\\uFE66\\uFE68-\\uFE6B\\uFF01-\\uFF60\\uFFE0-\\uFFE6';

const SIMPLE_NARROW = new RegExp(`^[${SIMPLE_NARROW_CHARS}]*$`);
const SIMPLE = new RegExp(`^[${SIMPLE_NARROW_CHARS}${SIMPLE_WIDE_CHARS}]*$`);
const SIMPLE_WIDE = new RegExp(`[${SIMPLE_WIDE_CHARS}]`, 'g');

/** The column width of `text` (no escape sequences) if it holds only such characters, else undefined. */
export function simpleWidth(text: string): number | undefined {
  if (SIMPLE_NARROW.test(text)) return text.length;
  if (!SIMPLE.test(text)) return undefined;
  // One column each, and one more for each wide one.
  return text.length + (text.match(SIMPLE_WIDE)?.length ?? 0);
}
