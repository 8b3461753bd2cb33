import stringWidth from 'string-width';
import { SIMPLE_NARROW_CHARS } from './simple-width.js';

/**
 * Styled text as the units a terminal draws: escape sequences (no width) and graphemes (with
 * their column width, measured once). Wrapping and truncation walk these in one pass, so their
 * cost grows with the length of the text, never with its square.
 */
export interface TextUnit {
  readonly text: string;
  readonly width: number;
  /** An SGR style or OSC 8 hyperlink sequence (the only escapes our own styles write). */
  readonly escape: boolean;
}

// Lesson text is sanitised (no raw ESC), so the only escapes are the ones createStyles writes.
const ESCAPE = /\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007\u001B]*\u0007/g;
/** Characters that never join their neighbours into one grapheme: Latin, punctuation, CJK, kana. */
const STANDALONE = new RegExp(`^[\\u0020-\\u007E\\u00A0-\\u02FF\\u2010-\\u2027\\u2030-\\u205E\\u3000-\\u3029\\u3030-\\u3096\\u309B-\\u30FF\\u4E00-\\u9FFF\\uFF01-\\uFF9D${SIMPLE_NARROW_CHARS}]*$`);
/** Made on first need: the first segmenter of a process loads ICU data (~15-35 ms here). */
let segmenter: Intl.Segmenter | undefined;
/**
 * Text is read in slices: Intl.Segmenter slows down with the length of the string it walks
 * (quadratic in Node 20), and truncation can stop early. A slice's last grapheme may continue
 * in the next slice, so it is read again from there.
 */
const SLICE = 256;
/** Units are immutable, so one object per distinct grapheme serves every occurrence. */
const units = new Map<string, TextUnit>();

function unitOf(grapheme: string): TextUnit {
  let unit = units.get(grapheme);
  if (unit === undefined) {
    unit = { text: grapheme, width: stringWidth(grapheme), escape: false };
    if (units.size > 10_000) units.clear();
    units.set(grapheme, unit);
  }
  return unit;
}

/** Calls `visit` for each unit in order; stops early when it returns false. */
export function forEachUnit(text: string, visit: (unit: TextUnit) => boolean | void): void {
  let start = 0;
  for (const match of text.matchAll(ESCAPE)) {
    if (!visitRun(text.slice(start, match.index), visit)) return;
    if (visit({ text: match[0], width: 0, escape: true }) === false) return;
    start = match.index + match[0].length;
  }
  visitRun(text.slice(start), visit);
}

function visitRun(run: string, visit: (unit: TextUnit) => boolean | void): boolean {
  for (let start = 0; start < run.length; ) {
    const end = Math.min(run.length, start + SLICE);
    const slice = run.slice(start, end);
    // Standalone characters on both sides of the slice's end: no grapheme crosses it.
    if (STANDALONE.test(slice) && STANDALONE.test(run.charAt(end))) {
      for (const char of slice) if (visit(unitOf(char)) === false) return false;
      start = end;
      continue;
    }
    const segments = [...(segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(slice)];
    if (end < run.length && segments.length > 1) segments.pop();
    for (const { segment } of segments) {
      if (visit(unitOf(segment)) === false) return false;
      start += segment.length;
    }
  }
  return true;
}

/** Every unit of `text`. */
export function textUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  forEachUnit(text, (unit) => {
    units.push(unit);
  });
  return units;
}
