import type { Styles } from '../text/styles.js';
import { displayWidth } from '../text/wrap.js';

/** "step 3 of 7 ███░░░░" fitted to `width`; the words carry the information, the bar decorates. */
export function progressLine(label: string, done: number, total: number, width: number, styles: Styles): string {
  // Columns, not characters: "ステップ" takes eight.
  const room = Math.min(30, width - displayWidth(label) - 1);
  if (room < 5 || total <= 0 || styles.spoken) return label;
  const filled = Math.round((done / total) * room);
  return `${label} ${styles.accent(styles.barFull.repeat(filled))}${styles.dim(styles.barEmpty.repeat(room - filled))}`;
}
