import { describe, expect, it } from 'vitest';
import { detectTerminal, detectTheme } from '../../src/terminal-env.js';

describe('terminal background (theme)', () => {
  it.each([
    ['15;0', 'dark'],
    ['0;15', 'light'],
    ['0;default;15', 'light'],
    ['7;0', 'dark'],
    ['0;7', 'light'],
    ['15;8', 'dark'],
    ['12;4', 'dark'],
    ['0;11', 'light'],
    ['15;default', 'both'],
    ['', 'both'],
    ['nonsense', 'both'],
    ['0;231', 'both'],
  ])('COLORFGBG=%j means a %s background', (value, theme) => {
    expect(detectTheme({ COLORFGBG: value })).toBe(theme);
  });

  it('is "both" (colours readable on either) when the terminal does not say', () => {
    expect(detectTheme({})).toBe('both');
  });

  it('WINLINK_THEME wins over COLORFGBG; other values are ignored', () => {
    expect(detectTheme({ WINLINK_THEME: 'light', COLORFGBG: '15;0' })).toBe('light');
    expect(detectTheme({ WINLINK_THEME: 'Dark', COLORFGBG: '0;15' })).toBe('dark');
    expect(detectTheme({ WINLINK_THEME: 'both', COLORFGBG: '0;15' })).toBe('both');
    expect(detectTheme({ WINLINK_THEME: 'solarized', COLORFGBG: '0;15' })).toBe('light');
  });

  it('is part of what detectTerminal decides', () => {
    expect(detectTerminal({ COLORFGBG: '0;15', TERM: 'xterm-256color' }, true, false).theme).toBe('light');
  });
});
