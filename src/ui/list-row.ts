import { english, type Translate } from '../i18n/ui-strings.js';
import type { Styles } from '../text/styles.js';
import { truncateLine } from '../text/wrap.js';

/** One row of the start screen's list. */
export interface ListItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/** In screen-reader mode the selected row says so in words, not only with its marker. */
export function selectedSuffix(styles: Styles, t: Translate = english): string {
  return styles.spoken ? t('list.selected') : '';
}

/**
 * One row of a list: "> label" when selected, "  label" otherwise, shortened with "…" by us
 * rather than by Ink, because screen-reader output ignores Ink's truncation. The marker is part
 * of the text, so a long label cannot squeeze it out.
 */
export function listRowText(label: string, isSelected: boolean, columns: number, styles: Styles, t: Translate = english): string {
  if (!isSelected) return `  ${truncateLine(label, columns - 2)}`;
  return styles.accent(styles.bold(`> ${truncateLine(label, columns - 2 - selectedSuffix(styles, t).length)}${selectedSuffix(styles, t)}`));
}
