import { Chalk } from 'chalk';

/** How text is decorated. Plain mode uses ASCII markers so nothing depends on colour or glyphs. */
export interface Styles {
  readonly color: boolean;
  bold(text: string): string;
  italic(text: string): string;
  dim(text: string): string;
  /** Inline code: coloured, or in backticks when there is no colour to set it apart. */
  code(text: string): string;
  codeBlock(text: string): string;
  link(text: string): string;
  /** Makes `text` a clickable link to `url` where the terminal supports it; else `text`. */
  hyperlink(text: string, url: string): string;
  heading(text: string): string;
  label(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  accent(text: string): string;
  readonly bullet: string;
  readonly rule: string;
  readonly quote: string;
  readonly barFull: string;
  readonly barEmpty: string;
  /** Screen-reader mode: say state in words ("selected"), draw no bars. */
  readonly spoken: boolean;
}

// Lesson text is sanitised before it gets here; this also refuses anything that could end the sequence early.
const LINKABLE = /^(https:\/\/|ms-settings:)[^\s\u0000-\u001f\u007f-\u009f]+$/;

/**
 * Which background the colours are for: `dark` and `light` where the terminal says what its
 * background is (terminal-env.ts), `both` (colours readable on either) where it does not.
 */
export type Theme = 'dark' | 'light' | 'both';

export function createStyles(options: { color: boolean; unicode: boolean; screenReader?: boolean; hyperlinks?: boolean; theme?: Theme }): Styles {
  const spoken = options.screenReader ?? false;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const theme = options.theme ?? 'dark';
  // Cyan and faint text are pale on a white background, blue is dark on a black one: code and
  // highlights are cyan on dark terminals, blue on light ones, magenta (readable on both) when
  // the background is not known. Faint text is used on dark backgrounds only.
  const highlight = theme === 'dark' ? chalk.cyan : theme === 'light' ? chalk.blue : chalk.magenta;
  const faint = theme === 'dark' ? chalk.dim : (text: string) => text;
  // Green is light in many palettes: on a light or unknown background it is bold too.
  const success = theme === 'dark' ? chalk.green : chalk.green.bold;
  return {
    color: options.color,
    bold: (text) => chalk.bold(text),
    italic: (text) => chalk.italic(text),
    dim: (text) => faint(text),
    code: (text) => (options.color ? highlight(text) : `\`${text}\``),
    codeBlock: (text) => highlight(text),
    // Underline, not blue: dark blue is hard to read on dark terminals.
    link: (text) => chalk.underline(text),
    hyperlink: (text, url) => (options.hyperlinks && LINKABLE.test(url) ? `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007` : text),
    heading: (text) => chalk.bold.underline(text),
    label: (text) => chalk.bold.magenta(text),
    good: (text) => success(text),
    bad: (text) => chalk.red(text),
    accent: (text) => highlight(text),
    bullet: options.unicode ? '•' : '-',
    rule: options.unicode ? '─' : '-',
    quote: options.unicode ? '│ ' : '> ',
    barFull: spoken ? '' : options.unicode ? '█' : '#',
    barEmpty: spoken ? '' : options.unicode ? '░' : '.',
    spoken,
  };
}

export const plainStyles: Styles = createStyles({ color: false, unicode: false });
