/** Decides colour and glyphs once, from the environment, for every output path. */
export interface TerminalEnv {
  readonly color: boolean;
  readonly unicode: boolean;
  readonly screenReader: boolean;
  readonly dumb: boolean;
}

export function detectTerminal(env: NodeJS.ProcessEnv, isTTY: boolean, screenReaderFlag: boolean): TerminalEnv {
  const dumb = env.TERM === 'dumb';
  const screenReader = screenReaderFlag || env.INK_SCREEN_READER === 'true';
  const force = env.FORCE_COLOR;
  let color = isTTY && !dumb && !screenReader && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  if (force !== undefined) color = force !== '0' && force !== 'false';
  return { color, unicode: !dumb && !screenReader, screenReader, dumb };
}
