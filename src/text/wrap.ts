import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export const MIN_WIDTH = 10;

/** Wraps (ANSI-aware) to `width` columns; words longer than a line are broken, never cut off. */
export function wrapLines(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(MIN_WIDTH, width), { hard: true, trim: true }).split('\n');
}

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Shortens a single line to `width` columns with a visible ellipsis marker. */
export function truncateLine(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  const [first = ''] = wrapAnsi(text, Math.max(1, width - 1), { hard: true, trim: false }).split('\n');
  return `${first}…`;
}
