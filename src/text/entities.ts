import { ownEntry } from '../course/own-entry.js';
import { codePointOf, isUnsafeCodePoint } from '../course/sanitize.js';

/**
 * Markdown text may use HTML character references (`&amp;`, `&#8211;`). References to control
 * characters were already replaced when the lesson was loaded (course/sanitize.ts), so what is
 * left decodes to printable text. Unknown names stay as written.
 */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™' };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ownEntry(NAMED, name) ?? reference;
    const code = codePointOf(hex, decimal);
    // Belt and braces: never turn a reference into a control character here either.
    return isUnsafeCodePoint(code) ? reference : String.fromCodePoint(code);
  });
}
