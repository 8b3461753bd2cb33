import type { Styles } from '../text/styles.js';
import { footerHints, type Context, type FooterSituation } from '../tutor/keymap.js';
import { wrapLines } from '../text/wrap.js';

/** Footer text for a context, from the keymap; `compact` keeps just help and quit for tiny windows. */
export function footerLines(context: Context, width: number, styles: Styles, compact: boolean, situation: FooterSituation = {}): string[] {
  const hints = footerHints(context, situation).filter((hint) => !compact || hint.startsWith('?') || hint.startsWith('q'));
  return wrapLines(hints.join('  '), width).map((line) => styles.dim(line));
}
