import { ownEntry } from '../course/own-entry.js';
import { codePointOf, isUnsafeCodePoint } from '../course/sanitize.js';

/**
 * Markdown text may use HTML character references (`&amp;`, `&#8211;`). References to control
 * characters were already replaced when the lesson was loaded (course/sanitize.ts), so what is
 * left decodes to printable text. Unknown names stay as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', trade: '™',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', euro: '€', bull: '•', OElig: 'Œ', oelig: 'œ',
  ...latin1(),
};
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;

/** HTML's names for U+00A0-U+00FF (`&eacute;`, `&uuml;`, `&szlig;` …), in code point order. */
function latin1(): Record<string, string> {
  const names =
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
    'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
    'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
  // Except the soft hyphen: an invisible character is better left written out.
  return Object.fromEntries(names.split(' ').flatMap((name, index) => (name === 'shy' ? [] : [[name, String.fromCodePoint(0xa0 + index)]])));
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ownEntry(NAMED, name) ?? reference;
    const code = codePointOf(hex, decimal);
    // Belt and braces: never turn a reference into a control character here either.
    return isUnsafeCodePoint(code) ? reference : String.fromCodePoint(code);
  });
}
