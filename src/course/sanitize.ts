/**
 * Lesson text must never drive the terminal: ESC/CSI/OSC sequences, BEL and other C0/C1
 * controls are replaced by a visible placeholder before anything else sees the text.
 * Tabs become spaces (their width is terminal-dependent); CR/LF line endings become LF.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/**
 * Bidirectional embeddings, overrides and isolates make text show in another order than it is
 * stored ("Trojan Source"): neutralised like controls; validate reports them as errors.
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const UNSAFE = new RegExp(`${CONTROL.source}|${BIDI_CONTROL.source}`, 'g');
/** `&#27;`, `&#x9b;`…: markdown decodes character references, which would rebuild an ESC. */
const REFERENCES = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?/g;
export const CONTROL_PLACEHOLDER = '\uFFFD';
export const CONTROL_WARNING = `control character (e.g. ESC) in lesson text: it is shown as ${CONTROL_PLACEHOLDER}, never sent to the terminal`;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function sanitizeText(text: string): string {
  return normalizeNewlines(text)
    .replace(/\t/g, '    ')
    .replace(UNSAFE, CONTROL_PLACEHOLDER)
    .replace(REFERENCES, (reference, hex: string | undefined, decimal: string | undefined) =>
      isUnsafeCodePoint(codePointOf(hex, decimal)) ? CONTROL_PLACEHOLDER : reference,
    );
}

/** True when the text holds a control character or a character reference to one. */
export function hasControl(text: string): boolean {
  return CONTROL.test(text) || referencedCodePoints(text).some(isControlCodePoint);
}

/** True when sanitizeText would change something that is not layout (tabs, CR): controls, bidi controls. */
export function needsNeutralising(text: string): boolean {
  return hasControl(text) || BIDI_CONTROL.test(text) || referencedCodePoints(text).some(isUnsafeCodePoint);
}

/** Code points that `&#x…;` / `&#…;` references in the text stand for. */
export function referencedCodePoints(text: string): number[] {
  return [...text.matchAll(REFERENCES)].map(([, hex, decimal]) => codePointOf(hex, decimal));
}

/** Lines (1-based) that held control characters, so the validator can point at them. */
export function linesWithControls(text: string): number[] {
  const found: number[] = [];
  normalizeNewlines(text)
    .split('\n')
    .forEach((line, index) => {
      if (hasControl(line)) found.push(index + 1);
    });
  return found;
}

/** The number in `&#x1B;` (hex) or `&#27;` (decimal). */
export function codePointOf(hex: string | undefined, decimal: string | undefined): number {
  return hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
}

/** Controls, and numbers that are no character at all (a decoder might map them anywhere). */
function isControlCodePoint(code: number): boolean {
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return true;
  return code !== 0x09 && code !== 0x0a && CONTROL.test(String.fromCodePoint(code));
}

/** What a character reference must never be decoded to: controls and bidi controls. */
export function isUnsafeCodePoint(code: number): boolean {
  return isControlCodePoint(code) || BIDI_CONTROL.test(String.fromCodePoint(code));
}
