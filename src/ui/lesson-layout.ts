import type { Translate } from '../i18n/ui-strings.js';
import type { Context } from '../tutor/keymap.js';
import type { Styles } from '../text/styles.js';
import { footerLines } from './footer-lines.js';

/** The start screen needs title, progress, one row of the list, the "more" line and the footer. */
export const MIN_ROWS = 7;
export const MIN_COLUMNS = 20;
const HEADER_LINES = 3;

export interface LessonLayout {
  readonly tooSmall: boolean;
  readonly footer: readonly string[];
  /** Lines for the option list; when options do not fit, its last line counts the hidden ones. */
  readonly listHeight: number;
  readonly bodyHeight: number;
}

/**
 * Splits the window between header, body, option list and footer so the frame is always
 * shorter than the terminal (Ink clears the whole screen, scrollback included, otherwise).
 */
export interface LayoutInput {
  readonly columns: number;
  readonly rows: number;
  readonly context: Context;
  /** Lines the options take when all are shown (long options wrap over several). */
  readonly listLines: number;
  /** Lines of scrollable content, to know whether the scroll keys apply. */
  readonly contentLines: number;
  readonly styles: Styles;
  readonly onWindows?: boolean;
  readonly t?: Translate;
}

export function lessonLayout(input: LayoutInput): LessonLayout {
  const { columns, rows, context, listLines, styles } = input;
  const budget = rows - 1;
  const tooSmall = rows < MIN_ROWS || columns < MIN_COLUMNS;
  const fit = (scrollable: boolean) => {
    const footer = footerLines(context, columns, rows, styles, { onWindows: input.onWindows ?? true, scrollable }, input.t);
    const fixed = HEADER_LINES + footer.length + 1; // +1: scroll position / status line
    const listHeight = listLines === 0 ? 0 : Math.max(1, Math.min(listLines, budget - fixed - 2));
    const bodyHeight = Math.max(1, budget - fixed - listHeight);
    return { tooSmall: tooSmall || fixed + listHeight + 1 > budget, footer, listHeight, bodyHeight };
  };
  // Scroll keys are only offered when there is something to scroll; a longer footer can only
  // shrink the body, so one second pass settles it.
  const plain = fit(false);
  return input.contentLines > plain.bodyHeight ? fit(true) : plain;
}
