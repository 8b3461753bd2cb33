/**
 * A drop-in for Ink 6's internal `build/output.js` (the class that turns the laid-out tree into
 * the frame's text), swapped in at bundle time by scripts/build.mjs. Same input, same output,
 * byte for byte (test/ui/ink-output.test.ts compares the two), but cheaper per keypress:
 *
 * - Ink builds a cell object for every column of every row and turns each line of text into
 *   styled cells, anew on every frame. Here a row written by one text at column 0 (nearly every
 *   row of the tutor's screens) becomes its string directly, and rows nobody wrote stay empty.
 * - What a line costs (its width, its clipped form, its final string) is remembered across
 *   frames, so the header, the footer and a step seen before cost a lookup. The memory is
 *   bounded: each cache is dropped whole when it grows past its limit of entries.
 *
 * Rows written by several texts or not at column 0 are built cell by cell exactly as Ink does.
 */
import { styledCharsFromTokens, styledCharsToString, tokenize, type StyledChar } from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

type Transformer = (line: string, index: number) => string;

interface Clip {
  readonly x1: number | undefined;
  readonly x2: number | undefined;
  readonly y1: number | undefined;
  readonly y2: number | undefined;
}

type Operation =
  | { readonly type: 'write'; readonly x: number; readonly y: number; readonly text: string; readonly transformers: readonly Transformer[] }
  | { readonly type: 'clip'; readonly clip: Clip }
  | { readonly type: 'unclip' };

/** Entries per cache before it is dropped and refilled: a few screens' worth of lines. */
export const CACHE_LIMIT = 4000;

function cached<T>(compute: (key: string) => T, limit = CACHE_LIMIT): (key: string) => T {
  const map = new Map<string, T>();
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      if (map.size >= limit) map.clear();
      value = compute(key);
      map.set(key, value);
    }
    return value;
  };
}

// Cached values are shared between frames and rows: never mutated after they are made.
// Styled cells take an object per character: kept only for the few rows painted cell by cell.
const styledChars = cached((line) => styledCharsFromTokens(tokenize(line)), CACHE_LIMIT / 10);
const widthOf = cached((text) => stringWidth(text));
const widestLineOf = cached((text) => text.split('\n').reduce((widest, line) => Math.max(widest, widthOf(line)), 0));
/** The `widest-line` package's function, cached: Ink measures every Text with it on every frame. */
export const widestLine = (text: string): number => widestLineOf(text);
/** A row holding only `line` from column 0: its cells' string, trailing blanks dropped. */
const rowString = cached((line) => styledCharsToString(styledCharsFromTokens(tokenize(line))).trimEnd());
/** Keyed "from,to,line": the two numbers never hold a comma, the line may. */
const slice = cached((key) => {
  const first = key.indexOf(',');
  const second = key.indexOf(',', first + 1);
  return sliceAnsi(key.slice(second + 1), Number(key.slice(0, first)), Number(key.slice(first + 1, second)));
});

const BLANK: StyledChar = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) as unknown as StyledChar['styles'] });

interface Segment {
  readonly x: number;
  readonly line: string;
}

export default class Output {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { readonly width: number; readonly height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { readonly transformers: readonly Transformer[] }): void {
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    // What each row receives, in the order Ink would paint it.
    const rows: (Segment[] | undefined)[] = Array.from({ length: this.height }, () => undefined);
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      if (operation.type === 'unclip') clips.pop();
      if (operation.type !== 'write') continue;
      let { x, y } = operation;
      let lines = operation.text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        // Entirely outside the clip: nothing to draw.
        if (clipHorizontally) {
          const width = widestLineOf(operation.text);
          if (x + width < clip.x1! || x > clip.x2!) continue;
        }
        if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
        if (clipHorizontally) {
          const { x1, x2 } = clip as { x1: number; x2: number };
          lines = lines.map((line) => {
            const from = x < x1 ? x1 - x : 0;
            const width = widthOf(line);
            const to = x + width > x2 ? x2 - x : width;
            return slice(`${from},${to},${line}`);
          });
          if (x < x1) x = x1;
        }
        if (clipVertically) {
          const { y1, y2 } = clip as { y1: number; y2: number };
          const from = y < y1 ? y1 - y : 0;
          const to = y + lines.length > y2 ? y2 - y : lines.length;
          lines = lines.slice(from, to);
          if (y < y1) y = y1;
        }
      }
      let offsetY = 0;
      for (const [index, original] of lines.entries()) {
        const row = y + offsetY;
        // As in Ink: a line whose row is not in the frame stops this text's rows from advancing.
        if (!Number.isInteger(row) || row < 0 || row >= this.height) continue;
        let line = original;
        for (const transformer of operation.transformers) line = transformer(line, index);
        (rows[row] ??= []).push({ x, line });
        offsetY++;
      }
    }
    const output = rows.map((segments) => {
      if (segments === undefined) return '';
      const only = segments.length === 1 ? segments[0]! : undefined;
      if (only && only.x === 0) return rowString(only.line);
      return this.paintRow(segments);
    });
    return { output: output.join('\n'), height: this.height };
  }

  /** A row written by several texts or off column 0, cell by cell as Ink paints it. */
  private paintRow(segments: readonly Segment[]): string {
    const cells: (StyledChar | undefined)[] = new Array<StyledChar>(this.width).fill(BLANK);
    for (const { x, line } of segments) {
      let offsetX = x;
      for (const character of styledChars(line)) {
        cells[offsetX] = character;
        const characterWidth = Math.max(1, widthOf(character.value));
        // A wide character covers the next cells: blank them so nothing shows through.
        for (let index = 1; index < characterWidth; index++) cells[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
        offsetX += characterWidth;
      }
    }
    return styledCharsToString(cells.filter((cell): cell is StyledChar => cell !== undefined)).trimEnd();
  }
}

/**
 * Makes ahead what drawing `line` alone in a row of a box clipped to `clipWidth` columns (from
 * column 0, no style transform) will need, so that frame finds it in the caches. Only a guess
 * about a future frame: a line drawn differently simply misses the cache.
 */
export function prepareClippedRow(line: string, clipWidth: number): void {
  const width = widestLineOf(line);
  rowString(slice(`0,${width > clipWidth ? clipWidth : width},${line}`));
}
