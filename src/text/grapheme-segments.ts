/**
 * A stand-in for `new Intl.Segmenter(locales, { granularity: 'grapheme' })` that answers text of
 * simple characters without one. The first Intl object a process makes costs about as much CPU
 * as a fifth of Node's own start (ICU's locale data is set up then), and three dependencies on the
 * way to the first frame (slice-ansi, @alcalzone/ansi-tokenize, wrap-ansi's string-width) make a
 * segmenter when they are imported; scripts/lazy-segmenters.mjs gives them this instead.
 *
 * Text made only of simple narrow characters (src/text/simple-width.ts: each its own grapheme
 * whatever stands next to it) and control characters other than CR (a control is a grapheme of
 * its own; only CR LF pairs) is one grapheme per UTF-16 unit: all of them are in the BMP. Any
 * other text goes to a real segmenter, made with the same arguments on first need.
 * test/text/grapheme-segments.test.ts compares both on every such character and random text.
 */
import { SIMPLE_NARROW_CHARS, SIMPLE_WIDE_CHARS } from './simple-width.js';

const ONE_UNIT_GRAPHEMES = new RegExp(`^[\\u0000-\\u000C\\u000E-\\u001F\\u007F-\\u009F${SIMPLE_NARROW_CHARS}${SIMPLE_WIDE_CHARS}]*$`);

/** The part of Intl.Segments the dependencies use: iteration and `containing`. */
export interface GraphemeSegments extends Iterable<Intl.SegmentData> {
  containing(codeUnitIndex?: number): Intl.SegmentData | undefined;
}

export interface GraphemeSegmenter {
  segment(input: string): GraphemeSegments;
}

class OneUnitSegments implements GraphemeSegments {
  constructor(private readonly input: string) {}

  containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
    // As Intl: the index is converted to an integer; outside the text there is no segment.
    const index = Math.trunc(Number(codeUnitIndex)) || 0;
    if (index < 0 || index >= this.input.length) return undefined;
    return { segment: this.input[index] as string, index, input: this.input };
  }

  *[Symbol.iterator](): Iterator<Intl.SegmentData> {
    for (let index = 0; index < this.input.length; index++) yield { segment: this.input[index] as string, index, input: this.input };
  }
}

export function graphemeSegmenter(locales?: string | readonly string[], options?: Intl.SegmenterOptions): GraphemeSegmenter {
  if (options?.granularity !== undefined && options.granularity !== 'grapheme') throw new RangeError('graphemeSegmenter: grapheme granularity only');
  let real: Intl.Segmenter | undefined;
  return {
    segment(input: string): GraphemeSegments {
      const text = String(input);
      if (ONE_UNIT_GRAPHEMES.test(text)) return new OneUnitSegments(text);
      real ??= new Intl.Segmenter(locales as string | string[] | undefined, options);
      return real.segment(text);
    },
  };
}
