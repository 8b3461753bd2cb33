import type { Styles } from '../text/styles.js';
import { footerHints, type Context } from '../tutor/keymap.js';
import { wrapLines } from '../text/wrap.js';

/** Footer text for a context, from the keymap; `compact` keeps just help and quit for tiny windows. */
export function footerLines(context: Context, width: number, styles: Styles, compact: boolean, onWindows = true): string[] {
  const hints = footerHints(context, onWindows).filter((hint) => !compact || hint.startsWith('?') || hint.startsWith('q'));
  return wrapLines(hints.join('  '), width).map((line) => styles.dim(line));
}
