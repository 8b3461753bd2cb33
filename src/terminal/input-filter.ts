/**
 * Sits between the terminal and Ink: passes typed keys on and drops what only looks like
 * keys. Pasted text (bracketed paste), Alt-modified keys and escape sequences that are not a
 * key we use (mouse reports, cursor position reports, focus events, ...) never reach Ink,
 * because Ink hands their leftovers to every input handler as text ("[<0;10;5M" holds a 1,
 * which opens lesson 1). Pure: no I/O, the caller passes the clock.
 */

const ESC = '\u001B';
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;
/**
 * A paste whose end marker never came (a broken terminal) must not swallow keys forever: a
 * chunk arriving this long after the last pasted one is typed again.
 */
export const PASTE_GAP_MS = 1_000;

/** Arrow keys, Home and End (CSI or SS3), optionally with Shift or Ctrl. */
const CURSOR_KEY = /^\u001B(?:\[(?:1;(\d+))?|O)[ABCDHF]$/;
/** Home, Insert, Delete, End, PageUp, PageDown as "ESC [ n ~", optionally with Shift or Ctrl. */
const TILDE_KEY = /^\u001B\[[1-8](?:;(\d+))?~$/;
/** xterm modifier parameter minus one: bit 2 is Alt, bit 8 is Meta. */
const ALT_OR_META = 2 | 8;

/** Whether an escape sequence is one of the keys the tutorial reads (and not Alt-modified). */
export function isKeySequence(sequence: string): boolean {
  const match = CURSOR_KEY.exec(sequence) ?? TILDE_KEY.exec(sequence);
  if (!match) return false;
  const modifier = match[1] === undefined ? 0 : Number(match[1]) - 1;
  return (modifier & ALT_OR_META) === 0;
}

type Scan = { readonly end: number } | 'incomplete';

const isParameterOrIntermediate = (code: number) => code >= 0x20 && code <= 0x3f;
const isFinal = (code: number) => code >= 0x40 && code <= 0x7e;

/** Where the escape sequence starting at `start` (an ESC) ends, or that its rest has not come yet. */
function scanSequence(text: string, start: number): Scan {
  const kind = text[start + 1];
  if (kind === undefined) return 'incomplete';
  if (kind === '[') {
    let index = start + 2;
    // Legacy Linux console function keys: ESC [ [ A.
    if (text[index] === '[') index += 1;
    for (; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (isParameterOrIntermediate(code)) continue;
      if (!isFinal(code)) return { end: index };
      // X10 mouse reports carry three raw bytes after "ESC [ M".
      if (text[index] === 'M' && index === start + 2) return index + 4 <= text.length ? { end: index + 4 } : 'incomplete';
      return { end: index + 1 };
    }
    return 'incomplete';
  }
  if (kind === 'O') {
    if (start + 2 >= text.length) return 'incomplete';
    return { end: isFinal(text.charCodeAt(start + 2)) ? start + 3 : start + 2 };
  }
  if (kind === ESC) {
    // ESC ESC [ ...: an Alt-modified special key. Otherwise the first ESC is the Escape key.
    return text[start + 2] === '[' || text[start + 2] === 'O' ? scanSequence(text, start + 1) : { end: start + 1 };
  }
  // ESC + one character (a whole code point): Alt + that key.
  const codePoint = text.codePointAt(start + 1) ?? 0;
  return { end: start + 1 + (codePoint > 0xffff ? 2 : 1) };
}

export interface InputFilter {
  /** Filters one chunk read from the terminal; returns what Ink should read. */
  push(chunk: string, now: number): string;
  /** True while the end of a chunk is held back because it may be the start of a sequence. */
  readonly holding: boolean;
  /** Gives up waiting for the rest: a lone ESC is the Escape key, anything longer is dropped. */
  flush(): string;
}

export function createInputFilter(): InputFilter {
  let pending = '';
  let inPaste = false;
  let lastPasteAt = 0;
  return {
    push(chunk, now) {
      if (inPaste && now - lastPasteAt > PASTE_GAP_MS) inPaste = false;
      const text = pending + chunk;
      pending = '';
      let out = '';
      let index = 0;
      while (index < text.length) {
        const escape = text.indexOf(ESC, index);
        const plainEnd = escape < 0 ? text.length : escape;
        if (plainEnd > index) {
          if (!inPaste) out += text.slice(index, plainEnd);
          index = plainEnd;
          continue;
        }
        const scan = scanSequence(text, index);
        if (scan === 'incomplete') {
          pending = text.slice(index);
          break;
        }
        const sequence = text.slice(index, scan.end);
        index = scan.end;
        if (sequence === PASTE_START) inPaste = true;
        else if (sequence === PASTE_END) inPaste = false;
        else if (!inPaste && (sequence === ESC || isKeySequence(sequence))) out += sequence;
      }
      if (inPaste) lastPasteAt = now;
      return out;
    },
    get holding() {
      return pending !== '';
    },
    flush() {
      const held = pending;
      pending = '';
      return held === ESC && !inPaste ? ESC : '';
    },
  };
}
