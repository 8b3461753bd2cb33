import { useInput, type Key } from 'ink';
import { commandFor, type Command, type Context, type KeyName, type KeyPress } from '../tutor/keymap.js';

const NAMES: readonly KeyName[] = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end', 'return', 'escape', 'backspace', 'delete'];

export function toKeyPress(input: string, key: Key): KeyPress {
  // Ink reports Esc as meta too; Alt+key is meta without escape.
  return { input, ctrl: key.ctrl, meta: key.meta && !key.escape, names: new Set(NAMES.filter((name) => key[name])) };
}

/**
 * Ink strips the ESC from a sequence it does not know and passes the rest as typed text:
 * "[<0;10;5M" (a mouse report), "[12;3R" (a cursor position report). Never keys.
 */
export function isSequenceLeftover(input: string): boolean {
  return /^[[O]./s.test(input);
}

/** The only place the app reads keys: each key becomes one named command for the current context. */
export function useCommands(context: () => Context, onCommand: (command: Command, input: string) => void, isActive = true): void {
  useInput(
    (input, key) => {
      if (isSequenceLeftover(input)) return;
      // Fast typing or a slow machine can deliver several letters in one read ("nn"): one command each.
      const presses = input.length > 1 && /^[\x20-\x7e]+$/.test(input) ? [...input].map((char) => toKeyPress(char, key)) : [toKeyPress(input, key)];
      for (const press of presses) {
        const command = commandFor(press, context());
        if (command) onCommand(command, press.input);
      }
    },
    { isActive },
  );
}
