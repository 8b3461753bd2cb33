// Colour, links (OSC 8) and other escapes the renderer adds; a match is looked for in the text.
const ESCAPES = /\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/**
 * The first line of a step showing `query` (case-insensitive), or, when a wrap split the
 * query, the first line with its first word; 0 when neither is found.
 */
export function revealLine(lines: readonly string[], query: string): number {
  const plain = lines.map((line) => line.replace(ESCAPES, '').toLowerCase());
  const needle = query.toLowerCase();
  const whole = plain.findIndex((line) => line.includes(needle));
  if (whole >= 0) return whole;
  const word = needle.split(/\s+/)[0] ?? '';
  return Math.max(0, word ? plain.findIndex((line) => line.includes(word)) : 0);
}
