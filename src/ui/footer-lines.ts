import type { Styles } from '../text/styles.js';
import { footerHints, type Context, type FooterSituation } from '../tutor/keymap.js';
import { wrapLines } from '../text/wrap.js';

/**
 * Footer text for a context, from the keymap, wrapped to the width. Small windows (under 16
 * rows or 30 columns) keep just help and quit, so the content keeps its room.
 */
export function footerLines(context: Context, width: number, rows: number, styles: Styles, situation: FooterSituation = {}): string[] {
  const compact = rows < 16 || width < 30;
  const hints = footerHints(context, situation).filter((hint) => !compact || hint.startsWith('?') || hint.startsWith('q'));
  return wrapLines(hints.join('  '), width).map((line) => styles.dim(line));
}
