/** Raw key bytes as a terminal sends them, declared once for component and e2e tests. */
export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  ctrlC: '\u0003',
  home: '\u001B[H',
  end: '\u001B[F',
} as const;
