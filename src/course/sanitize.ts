/**
 * Lesson text must never drive the terminal: ESC/CSI/OSC sequences, BEL and other C0/C1
 * controls are replaced by a visible placeholder before anything else sees the text.
 * Tabs become spaces (their width is terminal-dependent); CR/LF line endings become LF.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
export const CONTROL_PLACEHOLDER = '\uFFFD';

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function sanitizeText(text: string): string {
  return normalizeNewlines(text).replace(/\t/g, '    ').replace(CONTROL, CONTROL_PLACEHOLDER);
}

/** Lines (1-based) that held control characters, so the validator can point at them. */
export function linesWithControls(text: string): number[] {
  const lines = normalizeNewlines(text).split('\n');
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(line)) found.push(index + 1);
  });
  return found;
}
