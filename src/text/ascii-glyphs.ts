/**
 * The ASCII glyph set: for consoles that draw our symbols wrongly (conhost with a Chinese,
 * Japanese or Korean font draws "ambiguous width" glyphs such as `…`, arrows and box lines two
 * cells wide, so Ink's layout breaks) and for output Windows PowerShell 5.1 decodes with the
 * console's code page (`winlink-tutor print > course.txt`, `status --json | ConvertFrom-Json`).
 * Each glyph becomes exactly one ASCII character, so text measured before the swap keeps its
 * width and Ink's layout stays right.
 */
const GLYPHS: Readonly<Record<string, string>> = {
  '…': '.',
  '•': '*',
  '·': '.',
  '→': '>',
  '←': '<',
  '↑': '^',
  '↓': 'v',
  '›': '>',
  '‹': '<',
  '—': '-',
  '–': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '░': '.',
  '▒': ':',
  '✓': '+',
  '✔': '+',
  '✗': 'x',
  '✘': 'x',
};

// Box drawing (U+2500-U+257F), block elements (U+2580-U+259F) and the glyphs above.
const REPLACEABLE = new RegExp(`[\\u2500-\\u259f${Object.keys(GLYPHS).join('')}]`, 'gu');
const HORIZONTAL = new Set([...'─━┄┅┈┉╌╍═╴╶╸╺']);
const VERTICAL = new Set([...'│┃┆┇┊┋╎╏║╵╷╹╻']);

function asciiOf(glyph: string): string {
  const mapped = GLYPHS[glyph];
  if (mapped !== undefined) return mapped;
  if (HORIZONTAL.has(glyph)) return '-';
  if (VERTICAL.has(glyph)) return '|';
  // Other box-drawing pieces are corners and joints; block elements are bars.
  return glyph < '\u2580' ? '+' : '#';
}

/** `text` with every glyph of the set replaced by one ASCII character (escape sequences and other text untouched). */
export function toAsciiGlyphs(text: string): string {
  return text.replace(REPLACEABLE, asciiOf);
}

/** JSON text with everything beyond ASCII written as \u escapes: the same JSON, readable whatever code page decodes it. */
export function asciiJson(json: string): string {
  // Outside strings JSON.stringify writes ASCII only, so every such character is inside a string.
  return json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether output uses the ASCII glyph set: WINLINK_ASCII=1 or 0 decides; otherwise on Windows
 * when the output is not a terminal (a file or a pipe Windows PowerShell decodes by code page)
 * or when it is the classic console (conhost: not Windows Terminal, which sets WT_SESSION, nor
 * a terminal that names itself in TERM_PROGRAM, such as VS Code's).
 */
export function wantsAsciiGlyphs(env: NodeJS.ProcessEnv, isTTY: boolean, platform: NodeJS.Platform = process.platform): boolean {
  const chosen = env.WINLINK_ASCII?.trim();
  if (chosen === '1') return true;
  if (chosen === '0') return false;
  if (platform !== 'win32') return false;
  return !isTTY || (!env.WT_SESSION && !env.TERM_PROGRAM);
}

/** A stream whose text writes go through toAsciiGlyphs (for Ink, which writes whole frames as strings). */
export function asciiGlyphStream<T extends NodeJS.WritableStream>(stream: T): T {
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') {
        return (chunk: unknown, ...rest: unknown[]) => (target.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? toAsciiGlyphs(chunk) : chunk, ...rest);
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
