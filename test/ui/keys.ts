/** Keys as a terminal sends them, declared once for component tests. */
export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
} as const;

/** Ink renders asynchronously after input; give it a moment. */
export const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
