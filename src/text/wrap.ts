import { breakBetween, closesStyles, endsLineBadly, mayHoldCjk, startsLineBadly } from './line-breaks.js';
import { OpenStyles } from './open-styles.js';
import { forEachUnit, textUnits, type TextUnit } from './text-units.js';

export const MIN_WIDTH = 10;

const SPACE: TextUnit = { text: ' ', width: 1, escape: false };

interface Row {
  readonly units: TextUnit[];
  width: number;
}

/** Text placed as a whole: a word between spaces, or a piece of one between CJK break opportunities. */
type Word = Row;

/**
 * Wraps (ANSI-aware) to `width` columns; words longer than a line are broken, never cut off.
 * Text without CJK breaks like wrap-ansi's hard mode; Chinese and Japanese also between
 * characters, with kinsoku (line-breaks.ts). In one pass: each grapheme is measured once, so a single
 * 500 KB word costs about as much as 500 KB of ordinary words (wrap-ansi took minutes).
 */
export function wrapLines(text: string, width: number): string[] {
  const columns = Math.max(MIN_WIDTH, width);
  const styles = new OpenStyles();
  const out: string[] = [];
  for (const line of text.normalize().replace(/\r\n/g, '\n').split('\n')) {
    const rows = line.trim() === '' ? [{ units: [], width: 0 }] : wrapLine(line, columns);
    // Styles are closed at each row's end and opened again on the next, as wrap-ansi does.
    let previous = '';
    rows.forEach((row, index) => {
      let rendered = previous;
      for (const unit of trimEnd(row.units)) {
        if (unit.escape) styles.apply(unit.text);
        rendered += unit.text;
      }
      if (index < rows.length - 1) {
        rendered += styles.closing();
        previous = styles.opening();
      }
      out.push(rendered);
    });
  }
  return out;
}

function wrapLine(line: string, columns: number): Row[] {
  const rows: Row[] = [{ units: [], width: 0 }];
  const current = () => rows[rows.length - 1] as Row;
  // Chinese and Japanese also break between characters; other text only at spaces, as before.
  const cjk = mayHoldCjk(line);
  words(textUnits(line)).forEach((word, index) => {
    const row = current();
    if (index > 0 && row.width > 0) {
      row.units.push(SPACE);
      row.width++;
    }
    if (cjk) placePieces(word.units, columns, rows);
    else placeWord(word, columns, rows);
  });
  return rows;
}

/** Puts a word that may not be broken (unless it is wider than a line) on the last row or a new one. */
function placeWord(word: Word, columns: number, rows: Row[], breaker: typeof breakWord = breakWord): void {
  let row = rows[rows.length - 1] as Row;
  if (word.width > columns) {
    // Start the long word on this row only if that does not cost an extra row.
    const breaksHere = 1 + Math.floor((word.width - (columns - row.width) - 1) / columns);
    const breaksBelow = Math.floor((word.width - 1) / columns);
    if (breaksBelow < breaksHere) rows.push({ units: [], width: 0 });
    breaker(word.units, columns, rows);
    return;
  }
  if (row.width + word.width > columns && row.width > 0 && word.width > 0) {
    row = { units: [], width: 0 };
    rows.push(row);
  }
  row.units.push(...word.units);
  row.width += word.width;
}

/**
 * Places a space-free run that may hold CJK text as the pieces it may break between (see
 * line-breaks.ts), each like a word. Escapes between two pieces: those that end a style stay
 * with the piece before, the rest go with the piece after, so a row does not open a style it
 * never shows.
 */
function placePieces(units: readonly TextUnit[], columns: number, rows: Row[]): void {
  // Parts of the current piece before `part`, split where kinsoku held a break back (see placePiece).
  let held: Word[] = [];
  let part: Word = { units: [], width: 0 };
  let escapes: TextUnit[] = [];
  let previous: TextUnit | undefined;
  for (const unit of units) {
    if (unit.escape) {
      escapes.push(unit);
      continue;
    }
    const opportunity = previous === undefined ? 'no' : breakBetween(previous.text, unit.text);
    if (opportunity !== 'no') {
      let closing = 0;
      while (closing < escapes.length && closesStyles((escapes[closing] as TextUnit).text)) closing++;
      if (closing > 0) part.units.push(...escapes.slice(0, closing));
      held.push(part);
      part = { units: closing < escapes.length ? escapes.slice(closing) : [], width: 0 };
      if (opportunity === 'yes') {
        placePiece(held, columns, rows);
        held = [];
      }
    } else if (escapes.length > 0) {
      part.units.push(...escapes);
    }
    if (escapes.length > 0) escapes = [];
    part.units.push(unit);
    part.width += unit.width;
    previous = unit;
  }
  part.units.push(...escapes);
  held.push(part);
  placePiece(held, columns, rows);
}

/**
 * A piece goes whole onto a row when it fits a line. When it does not only because kinsoku glued
 * its parts (a Latin word that fits, with 。 after it), kinsoku gives way before the 。: a word is
 * never cut for it. When one part alone is wider than a line it is cut anyway, and the piece stays whole.
 */
function placePiece(parts: readonly Word[], columns: number, rows: Row[]): void {
  if (parts.length === 1) return placeWord(parts[0] as Word, columns, rows, breakPiece);
  const width = parts.reduce((sum, part) => sum + part.width, 0);
  if (width > columns && parts.every((part) => part.width <= columns)) {
    for (const part of parts) placeWord(part, columns, rows, breakPiece);
    return;
  }
  placeWord({ units: parts.flatMap((part) => part.units), width }, columns, rows, breakPiece);
}

/**
 * Breaks a piece wider than a line anywhere, as breakWord does, but with kinsoku where it can:
 * a row does not end with 「 or leave 。 to start the next; the characters before go down too
 * (while the row keeps one). Escapes that start a style go down with the text they style.
 */
function breakPiece(units: readonly TextUnit[], columns: number, rows: Row[]): void {
  let row = rows[rows.length - 1] as Row;
  for (const unit of units) {
    if (!unit.escape && row.width + unit.width > columns && row.width > 0) {
      const next: Row = { units: [], width: 0 };
      let cut = row.units.length;
      while (cut > 0 && (row.units[cut - 1] as TextUnit).escape) cut--;
      while (cut < row.units.length && closesStyles((row.units[cut] as TextUnit).text)) cut++;
      let first = unit;
      for (;;) {
        const last = lastVisible(row.units, cut);
        if (last <= 0 || lastVisible(row.units, last) < 0) break;
        const carried = row.units[last] as TextUnit;
        if (!startsLineBadly(first.text) && !endsLineBadly(carried.text)) break;
        if (next.width + carried.width + unit.width > columns) break;
        cut = last;
        while (cut > 0 && (row.units[cut - 1] as TextUnit).escape && !closesStyles((row.units[cut - 1] as TextUnit).text)) cut--;
        next.width += carried.width;
        row.width -= carried.width;
        first = carried;
      }
      next.units.push(...row.units.splice(cut));
      rows.push(next);
      row = next;
    }
    row.units.push(unit);
    row.width += unit.width;
  }
}

/**
 * Whether CJK text may be cut before the grapheme at `index` (spaces aside: the caller knows
 * those). Kinsoku does not count: the cut text ends with "…", no line starts with what follows.
 */
function breaksBefore(units: readonly TextUnit[], index: number): boolean {
  const unit = units[index];
  if (unit === undefined || unit.escape) return false;
  const before = units[lastVisible(units, index)];
  return before !== undefined && before.text !== ' ' && breakBetween(before.text, unit.text) !== 'no';
}

/** The index of the last grapheme (not escape) before `end`, or -1. */
function lastVisible(units: readonly TextUnit[], end: number): number {
  for (let index = end - 1; index >= 0; index--) if (!(units[index] as TextUnit).escape) return index;
  return -1;
}

/** Fills rows with a word's graphemes; escapes stay on the row of the text they style. */
function breakWord(units: readonly TextUnit[], columns: number, rows: Row[]): void {
  let row = rows[rows.length - 1] as Row;
  units.forEach((unit, index) => {
    if (!unit.escape && row.width + unit.width > columns) {
      row = { units: [], width: 0 };
      rows.push(row);
    }
    row.units.push(unit);
    row.width += unit.width;
    if (row.width === columns && index < units.length - 1) {
      row = { units: [], width: 0 };
      rows.push(row);
    }
  });
  // A last row holding only escapes belongs to the row before it.
  const last = rows[rows.length - 1] as Row;
  const before = rows[rows.length - 2];
  if (last.width === 0 && last.units.length > 0 && before) {
    before.units.push(...last.units);
    rows.pop();
  }
}

/** Words split on single spaces, as wrap-ansi splits them (so runs of spaces are kept inside a row). */
function words(units: readonly TextUnit[]): Word[] {
  const result: Word[] = [{ units: [], width: 0 }];
  for (const unit of units) {
    const word = result[result.length - 1] as Word;
    if (unit.text === ' ') {
      result.push({ units: [], width: 0 });
    } else {
      word.units.push(unit);
      word.width += unit.width;
    }
  }
  return result;
}

/** Drops spaces after the last visible character, keeping any escapes among them. */
function trimEnd(units: readonly TextUnit[]): readonly TextUnit[] {
  let last = units.length - 1;
  while (last >= 0 && (units[last]?.width === 0 || units[last]?.text === ' ')) last--;
  if (last === units.length - 1) return units;
  return [...units.slice(0, last + 1), ...units.slice(last + 1).filter((unit) => unit.text !== ' ')];
}

/** Pads with spaces to `width` columns: wide (CJK) characters take two, so `padEnd` misaligns them. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function displayWidth(text: string): number {
  let width = 0;
  forEachUnit(text, (unit) => {
    width += unit.width;
  });
  return width;
}

/**
 * Shortens a single line to `width` columns with a visible ellipsis marker, at a word boundary
 * when the cut word would fit on a line of its own. Reads only the beginning of the text, so a
 * title of any length costs no more than a short one.
 */
export function truncateLine(text: string, width: number): string {
  const head: TextUnit[] = [];
  let used = 0;
  // Enough to know whether it fits, and where the word at the cut ends.
  forEachUnit(text, (unit) => {
    head.push(unit);
    used += unit.width;
    return used <= 2 * width + 1;
  });
  if (used <= width) return text;
  const room = Math.max(1, width - 1);
  let cut = head.length;
  for (let index = 0, columns = 0; index < head.length; index++) {
    const unit = head[index] as TextUnit;
    if (columns + unit.width > room) {
      cut = index;
      break;
    }
    columns += unit.width;
  }
  // At a space, or in Chinese and Japanese text also between characters (line-breaks.ts).
  const cjk = mayHoldCjk(head.map((unit) => unit.text).join(''));
  const breaksAt = (index: number) => head[index]?.text === ' ' || (cjk && breaksBefore(head, index));
  if (!breaksAt(cut)) {
    let space = cut - 1;
    while (space >= 0 && !breaksAt(space)) space--;
    const rest = head.slice(space < 0 || head[space]?.text === ' ' ? space + 1 : space);
    const end = rest.findIndex((unit, index) => unit.text === ' ' || (cjk && index > 0 && breaksBefore(rest, index)));
    const wordWidth = (end === -1 ? rest : rest.slice(0, end)).reduce((sum, unit) => sum + unit.width, 0);
    if (space > 0 && wordWidth <= room) cut = space;
  }
  const styles = new OpenStyles();
  let shown = '';
  for (const unit of trimEnd(head.slice(0, cut))) {
    if (unit.escape) styles.apply(unit.text);
    shown += unit.text;
  }
  return `${shown}${styles.closing()}…`;
}
