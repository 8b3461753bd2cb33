/**
 * Which styles and hyperlink are open at a point of styled text, so a line break can close
 * them at the end of one row and open them again on the next: each row is drawn on its own,
 * and a style left open would bleed into the footer.
 */
const CLOSE_CODE: Readonly<Record<number, number>> = { 1: 22, 2: 22, 3: 23, 4: 24, 7: 27, 8: 28, 9: 29 };

export class OpenStyles {
  /** Open SGR codes → the code that closes them. Foreground and background take one slot each. */
  private readonly sgr = new Map<string, { readonly open: string; readonly close: number }>();
  private link = '';

  /** Updates the state with an escape sequence met in the text. */
  apply(escape: string): void {
    if (escape.startsWith('\u001B]8;;')) {
      this.link = escape.slice(5, -1);
      return;
    }
    const params = escape.slice(2, -1).split(';').map(Number);
    for (let index = 0; index < params.length; index++) {
      const code = params[index] ?? 0;
      if (code === 0) this.sgr.clear();
      else if (code === 22) ['1', '2'].forEach((key) => this.sgr.delete(key));
      else if (code >= 23 && code <= 29) this.sgr.delete(String(code - 20));
      else if (code === 39) this.sgr.delete('fg');
      else if (code === 49) this.sgr.delete('bg');
      else if (CLOSE_CODE[code] !== undefined) this.sgr.set(String(code), { open: String(code), close: CLOSE_CODE[code] });
      else if (isColour(code)) {
        // 38;5;n and 38;2;r;g;b carry their colour in the parameters that follow.
        const extra = code % 10 === 8 ? (params[index + 1] === 5 ? 2 : 4) : 0;
        const open = params.slice(index, index + 1 + extra).join(';');
        const background = (code >= 40 && code <= 48) || code >= 100;
        this.sgr.set(background ? 'bg' : 'fg', { open, close: background ? 49 : 39 });
        index += extra;
      }
    }
  }

  /** What ends a row: the hyperlink first, then the styles. */
  closing(): string {
    const link = this.link ? '\u001B]8;;\u0007' : '';
    return link + [...new Set([...this.sgr.values()].map((style) => style.close))].map((code) => `\u001B[${code}m`).join('');
  }

  /** What starts the next row: the styles, then the hyperlink. */
  opening(): string {
    const link = this.link ? `\u001B]8;;${this.link}\u0007` : '';
    return [...this.sgr.values()].map((style) => `\u001B[${style.open}m`).join('') + link;
  }
}

function isColour(code: number): boolean {
  return (code >= 30 && code <= 38) || (code >= 40 && code <= 48) || (code >= 90 && code <= 97) || (code >= 100 && code <= 107);
}
