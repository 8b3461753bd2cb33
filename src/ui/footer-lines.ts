import { english, type Translate } from '../i18n/ui-strings.js';
import type { Styles } from '../text/styles.js';
import { footerEntries, type Context, type FooterHint, type FooterSituation } from '../tutor/keymap.js';
import { displayWidth, wrapLines } from '../text/wrap.js';

const GAP = '  ';

/**
 * Footer text for a context, from the keymap, at most two lines (one in small windows: under
 * 16 rows or 30 columns), so the content keeps its room. A key and its label always stay on
 * one line; hints that do not fit are dropped, least useful first (the help overlay lists all).
 */
export function footerLines(context: Context, width: number, rows: number, styles: Styles, situation: FooterSituation = {}, t: Translate = english): readonly string[] {
  // Packing measures every hint; a screen asks again on every key, so the answer is kept.
  let byStyles = packed.get(t);
  if (!byStyles) packed.set(t, (byStyles = new WeakMap()));
  let cache = byStyles.get(styles);
  if (!cache) byStyles.set(styles, (cache = new Map()));
  const key = `${context} ${width} ${rows} ${JSON.stringify(situation)}`;
  let lines = cache.get(key);
  if (!lines) {
    if (cache.size >= PACKED_LIMIT) cache.clear();
    lines = packFooter(context, width, rows, styles, situation, t);
    cache.set(key, lines);
  }
  return lines;
}

const packed = new WeakMap<Translate, WeakMap<Styles, Map<string, readonly string[]>>>();
const PACKED_LIMIT = 200;

function packFooter(context: Context, width: number, rows: number, styles: Styles, situation: FooterSituation, t: Translate): string[] {
  const maxLines = rows < 16 || width < 30 ? 1 : 2;
  let hints = footerEntries(context, situation, t);
  let lines = packHints(hints, width);
  while (lines.length > maxLines) {
    const droppable = hints.filter((entry) => entry.rank !== Infinity);
    if (droppable.length === 0) break;
    const least = droppable.reduce((a, b) => (b.rank < a.rank ? b : a));
    hints = hints.filter((entry) => entry !== least);
    lines = packHints(hints, width);
  }
  return lines.map((line) => styles.dim(line));
}

/** Packs whole hints onto lines; only a single hint wider than the window is ever broken. */
function packHints(hints: readonly FooterHint[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { hint } of hints) {
    const joined = line === '' ? hint : line + GAP + hint;
    if (displayWidth(joined) <= width || line === '') {
      line = joined;
      continue;
    }
    lines.push(line);
    line = hint;
  }
  if (line !== '') lines.push(line);
  return lines.flatMap((packed) => (displayWidth(packed) > width ? wrapLines(packed, width) : [packed]));
}
