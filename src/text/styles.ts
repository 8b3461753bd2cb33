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

export function createStyles(options: { color: boolean; unicode: boolean; screenReader?: boolean; hyperlinks?: boolean }): Styles {
  const spoken = options.screenReader ?? false;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return {
    color: options.color,
    bold: (text) => chalk.bold(text),
    italic: (text) => chalk.italic(text),
    dim: (text) => chalk.dim(text),
    code: (text) => (options.color ? chalk.cyan(text) : `\`${text}\``),
    codeBlock: (text) => chalk.cyan(text),
    // Underline, not blue: dark blue is hard to read on dark terminals.
    link: (text) => chalk.underline(text),
    hyperlink: (text, url) => (options.hyperlinks && LINKABLE.test(url) ? `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007` : text),
    heading: (text) => chalk.bold.underline(text),
    label: (text) => chalk.bold.magenta(text),
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    accent: (text) => chalk.cyan(text),
    bullet: options.unicode ? '•' : '-',
    rule: options.unicode ? '─' : '-',
    quote: options.unicode ? '│ ' : '> ',
    barFull: spoken ? '' : options.unicode ? '█' : '#',
    barEmpty: spoken ? '' : options.unicode ? '░' : '.',
    spoken,
  };
}

export const plainStyles: Styles = createStyles({ color: false, unicode: false });
