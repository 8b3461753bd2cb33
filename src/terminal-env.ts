import { wantsAsciiGlyphs } from './text/ascii-glyphs.js';
import type { Theme } from './text/styles.js';

/** Decides colour and glyphs once, from the environment, for every output path. */
export interface TerminalEnv {
  readonly color: boolean;
  readonly theme: Theme;
  readonly unicode: boolean;
  /** The ASCII glyph set for everything written (text/ascii-glyphs.ts): classic Windows console, output to a file on Windows, WINLINK_ASCII=1. */
  readonly asciiGlyphs: boolean;
  readonly screenReader: boolean;
  readonly dumb: boolean;
  /** Terminal hyperlinks (OSC 8), only where the terminal is known to support them. */
  readonly hyperlinks: boolean;
}

/** Terminals known to render OSC 8 links; elsewhere the URL is shown as text only. */
function supportsHyperlinks(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.TERM === 'xterm-kitty') return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

/**
 * The background, where the environment tells: WINLINK_THEME (dark, light or both) set by the
 * user, else COLORFGBG ("foreground;background" in the 16 ANSI colours, set by rxvt, Konsole,
 * iTerm2 and others: background 0-6 or 8 is dark, 7 or 9-15 light). Otherwise `both`. The
 * terminal is not asked (OSC 11): an answer can take long or never come, and the first frame
 * would wait for it.
 */
export function detectTheme(env: NodeJS.ProcessEnv): Theme {
  const chosen = env.WINLINK_THEME?.trim().toLowerCase();
  if (chosen === 'dark' || chosen === 'light' || chosen === 'both') return chosen;
  const background = env.COLORFGBG?.split(';').at(-1)?.trim() ?? '';
  if (!/^\d{1,2}$/.test(background)) return 'both';
  const code = Number(background);
  if (code > 15) return 'both';
  return code === 7 || code >= 9 ? 'light' : 'dark';
}

export function detectTerminal(env: NodeJS.ProcessEnv, isTTY: boolean, screenReaderFlag: boolean, platform: NodeJS.Platform = process.platform): TerminalEnv {
  const dumb = env.TERM === 'dumb';
  const screenReader = screenReaderFlag || env.INK_SCREEN_READER === 'true';
  const force = env.FORCE_COLOR;
  let color = isTTY && !dumb && !screenReader && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  // FORCE_COLOR wins over NO_COLOR, never over a screen reader.
  if (force !== undefined && !screenReader) color = force !== '0' && force !== 'false';
  const asciiGlyphs = wantsAsciiGlyphs(env, isTTY, platform);
  return { color, theme: detectTheme(env), unicode: !dumb && !screenReader && !asciiGlyphs, asciiGlyphs, screenReader, dumb, hyperlinks: color && !screenReader && supportsHyperlinks(env) };
}
