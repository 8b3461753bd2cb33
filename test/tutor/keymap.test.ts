import { describe, expect, it } from 'vitest';
import { commandFor, footerHints, helpRows, type KeyName, type KeyPress } from '../../src/tutor/keymap.js';

const press = (input: string, options: { names?: KeyName[]; ctrl?: boolean; meta?: boolean } = {}): KeyPress => ({
  input,
  names: new Set(options.names ?? []),
  ctrl: options.ctrl ?? false,
  meta: options.meta ?? false,
});

describe('keymap', () => {
  it('Alt+key is never a command: Alt+q does not quit, Alt+1 opens no lesson', () => {
    expect(commandFor(press('q'), 'menu')).toBe('app.quit');
    expect(commandFor(press('q', { meta: true }), 'menu')).toBeNull();
    expect(commandFor(press('1', { meta: true }), 'menu')).toBeNull();
    expect(commandFor(press('', { names: ['downArrow'], meta: true }), 'text')).toBeNull();
  });

  it('Esc alone still goes back to the menu, and closes help', () => {
    expect(commandFor(press('', { names: ['escape'] }), 'text')).toBe('app.menu');
    expect(commandFor(press('', { names: ['escape'] }), 'help')).toBe('app.help');
  });

  it('Ctrl+Z suspends everywhere; other Ctrl keys do nothing', () => {
    for (const context of ['menu', 'text', 'quiz', 'finished', 'help'] as const) {
      expect(commandFor(press('z', { ctrl: true }), context)).toBe('app.suspend');
    }
    expect(commandFor(press('q', { ctrl: true }), 'menu')).toBeNull();
    expect(commandFor(press('z'), 'menu')).toBeNull();
  });

  it('help lists Ctrl+Z; the footer leaves it to help', () => {
    expect(helpRows().map((row) => row.keys)).toContain('Ctrl+Z');
    expect(footerHints('menu').join(' ')).not.toContain('Ctrl+Z');
  });
});
