/**
 * Sits between the terminal and Ink: passes typed keys on and drops what only looks like
 * keys. Pasted text (bracketed, or a burst no one can type), Alt-modified keys, terminal
 * replies and escape sequences that are not a key we use (mouse reports, cursor position
 * reports, focus events, OSC/DCS strings, ...) never reach Ink, because Ink hands their
 * leftovers to every input handler as text ("[<0;10;5M" holds a 1, which opens lesson 1).
 * Pure: no I/O, the caller passes the clock.
 */

const ESC = '\u001B';
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;
/**
 * A paste whose end marker never came (a broken terminal) must not swallow keys forever: a
 * chunk arriving this long after the last pasted one is typed again.
 */
export const PASTE_GAP_MS = 1_000;

/**
 * Terminals that do not mark pastes (Windows consoles, tmux without -p, many over ssh) send the
 * text as if typed, but faster than anyone types: one read holding several different
 * characters. A person's keys arrive one per read, unless the app was busy (drawing a long step,
 * searching a large course) while they typed: then a few pile up, at most one per
 * MIN_KEY_INTERVAL_MS of that busy time. A held key repeats one character (several in one read
 * when the app was busy for a moment).
 */
export const MIN_KEY_INTERVAL_MS = 25;
/** The same character this many times in one read is a held key whose repeats piled up, not a paste. */
export const MAX_REPEATS = 10;
/** After a paste, reads this soon after it are its rest (a paste sent in pieces over a slow link). */
export const PASTE_TAIL_MS = 200;

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

/** ESC ] (OSC), ESC P (DCS), ESC X (SOS), ESC ^ (PM), ESC _ (APC): strings up to BEL or ST. */
const STRING_KINDS = new Set([']', 'P', 'X', '^', '_']);

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
  if (STRING_KINDS.has(kind)) {
    // Terminal replies (an OSC 11 colour, a DCS XTVERSION) end with BEL or ST (ESC \): all of it
    // is one sequence, never typed text.
    for (let index = start + 2; index < text.length; index += 1) {
      if (text[index] === '\u0007') return { end: index + 1 };
      if (text[index] === ESC) return text[index + 1] === undefined ? 'incomplete' : { end: text[index + 1] === '\\' ? index + 2 : index };
    }
    return 'incomplete';
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
  /**
   * Filters one chunk read from the terminal; returns what Ink should read. `busyMs`: how long
   * the app was busy (not waiting for input) since the previous chunk.
   */
  push(chunk: string, now: number, busyMs?: number): string;
  /** True while the end of a chunk is held back because it may be the start of a sequence. */
  readonly holding: boolean;
  /** Gives up waiting for the rest: a lone ESC is the Escape key, anything longer is dropped. */
  flush(): string;
}

export function createInputFilter(): InputFilter {
  let pending = '';
  let inPaste = false;
  let lastPasteAt = 0;
  const bursts = createBurstDetector();
  return {
    push(chunk, now, busyMs = 0) {
      if (inPaste && now - lastPasteAt > PASTE_GAP_MS) inPaste = false;
      const text = pending + chunk;
      pending = '';
      // What passes, in order; typed text is held apart until the whole read is judged.
      const parts: { readonly text: string; readonly typed: boolean }[] = [];
      let index = 0;
      while (index < text.length) {
        const escape = text.indexOf(ESC, index);
        const plainEnd = escape < 0 ? text.length : escape;
        if (plainEnd > index) {
          if (!inPaste) parts.push({ text: text.slice(index, plainEnd), typed: true });
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
        else if (!inPaste && (sequence === ESC || isKeySequence(sequence))) parts.push({ text: sequence, typed: false });
      }
      if (inPaste) lastPasteAt = now;
      const typed = parts.filter((part) => part.typed).map((part) => part.text).join('');
      if (!bursts.isPaste(typed, now, busyMs)) return parts.map((part) => part.text).join('');
      // Ctrl+C still interrupts, even right after a paste.
      return parts.map((part) => (part.typed ? (part.text.includes(CTRL_C) ? CTRL_C : '') : part.text)).join('');
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

const CTRL_C = '\u0003';

/**
 * Tells an unmarked paste from typing, one read at a time (`typed`: the read's text outside
 * escape sequences and bracketed pastes). Text with no ASCII at all is let through: it cannot
 * be a command, and an input method commits a whole word in one read.
 */
function createBurstDetector(): { isPaste(typed: string, now: number, busyMs: number): boolean } {
  let lastReadAt = Number.NEGATIVE_INFINITY;
  let pasteUntil = Number.NEGATIVE_INFINITY;
  return {
    isPaste(typed, now, busyMs) {
      const elapsed = now - lastReadAt;
      lastReadAt = now;
      if (typed === '') return false;
      const chars = [...typed];
      const ascii = /[\u0000-\u007f]/.test(typed);
      // A single key just after a paste is its tail; it does not make the paste last longer.
      if (chars.length === 1) return ascii && now <= pasteUntil;
      const heldKey = chars.length <= MAX_REPEATS && chars.every((char) => char === chars[0]);
      // Keys typed while the app was busy most of the time since the last read pile up.
      const piledUp = busyMs >= elapsed / 2 && chars.length <= 1 + Math.floor(busyMs / MIN_KEY_INTERVAL_MS);
      const paste = now <= pasteUntil || !(heldKey || piledUp);
      if (!paste || !ascii) return false;
      pasteUntil = now + PASTE_TAIL_MS;
      return true;
    },
  };
}
