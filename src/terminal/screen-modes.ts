import type { TerminalEnv } from '../terminal-env.js';

/** The terminal modes the tutorial turns on while it runs, and must turn off on every way out. */
export interface ScreenModes {
  /** The alternate screen keeps the user's scrollback intact. */
  readonly altScreen: boolean;
  /** Bracketed paste: the terminal marks pasted text, so a pasted "q" is not a key. */
  readonly bracketedPaste: boolean;
}

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const PASTE_ON = '\u001B[?2004h';
const PASTE_OFF = '\u001B[?2004l';
export const SHOW_CURSOR = '\u001B[?25h';
export const HIDE_CURSOR = '\u001B[?25l';

/** A screen reader reads a plain scrolling screen; TERM=dumb may print escape codes as text. */
export function screenModesFor(terminal: TerminalEnv): ScreenModes {
  return { altScreen: !terminal.screenReader && !terminal.dumb, bracketedPaste: !terminal.dumb };
}

export function enterScreenModes(modes: ScreenModes): string {
  return (modes.altScreen ? ENTER_ALT_SCREEN : '') + (modes.bracketedPaste ? PASTE_ON : '');
}

export function leaveScreenModes(modes: ScreenModes): string {
  return (modes.bracketedPaste ? PASTE_OFF : '') + (modes.altScreen ? LEAVE_ALT_SCREEN : '');
}
