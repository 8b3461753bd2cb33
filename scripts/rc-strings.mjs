/**
 * Reads the string tables of a decompiled .mui resource (the .mui.rc text dumps of
 * m417z/windows-language-files), for labels that live in a classic Win32 resource rather than a
 * .pri, such as the Start menu name of Command Prompt (shell32.dll.mui, string 22022):
 *
 *   STRINGTABLE
 *   LANGUAGE LANG_ENGLISH, SUBLANG_ENGLISH_US
 *   {
 *     22022, 	"Command Prompt"
 *   }
 *
 * Keys are the string ids ("22022"). Each string becomes one candidate for `language`, the
 * language of the pack the file came from, so `pickCandidate` applies as it does to .pri dumps.
 */

const STRING_LINE = /^\s*(\d+),\s*"((?:[^"]|"")*)"\s*$/;

/**
 * rc escapes: "" for a quote, \xHH for a Latin-1 character (the dumps write á in cs-CZ as \xE1,
 * always two digits: "\xE1dek" is "ádek"), \n …
 */
function unescape(text) {
  return text
    .replace(/""/g, '"')
    .replace(/\\(x[0-9A-Fa-f]{2}|r\\n|[nrt\\"])/g, (_all, code) => {
      if (code.startsWith('x')) return String.fromCharCode(parseInt(code.slice(1), 16));
      return { 'r\\n': '\n', n: '\n', r: '', t: '\t', '\\': '\\', '"': '"' }[code];
    });
}

/**
 * @param {string} text the .mui.rc dump, already decoded (the files are UTF-16LE)
 * @param {string} language e.g. "de-DE"
 * @returns {Map<string, { qualifiers: Record<string, string>, value: string }[]>}
 */
export function parseRcStrings(text, language) {
  const keys = new Map();
  let inTable = false;
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^STRINGTABLE\b/.test(line)) inTable = true;
    else if (inTable && /^\}/.test(line)) inTable = false;
    if (!inTable) continue;
    const found = STRING_LINE.exec(line);
    if (!found) continue;
    const candidates = keys.get(found[1]) ?? [];
    candidates.push({ qualifiers: { Language: language.toUpperCase() }, value: unescape(found[2]) });
    keys.set(found[1], candidates);
  }
  return keys;
}

/** A dump as text: .mui.rc files are UTF-16LE with a byte-order mark, .pri dumps UTF-8. */
export function decodeDump(buffer) {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  return buffer.toString('utf8');
}
