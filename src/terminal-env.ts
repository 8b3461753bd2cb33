/** Decides colour and glyphs once, from the environment, for every output path. */
export interface TerminalEnv {
  readonly color: boolean;
  readonly unicode: boolean;
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

export function detectTerminal(env: NodeJS.ProcessEnv, isTTY: boolean, screenReaderFlag: boolean): TerminalEnv {
  const dumb = env.TERM === 'dumb';
  const screenReader = screenReaderFlag || env.INK_SCREEN_READER === 'true';
  const force = env.FORCE_COLOR;
  let color = isTTY && !dumb && !screenReader && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  // FORCE_COLOR wins over NO_COLOR, never over a screen reader.
  if (force !== undefined && !screenReader) color = force !== '0' && force !== 'false';
  return { color, unicode: !dumb && !screenReader, screenReader, dumb, hyperlinks: color && !screenReader && supportsHyperlinks(env) };
}
