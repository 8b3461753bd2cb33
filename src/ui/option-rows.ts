import { stepTextPrefix } from '../course/step-limits.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { Styles } from '../text/styles.js';
import { displayWidth, wrapLines } from '../text/wrap.js';
import { selectedSuffix } from './list-row.js';

/** A quiz or choice option, wrapped to the window once: every line of it is shown in the list. */
export interface OptionItem {
  readonly key: string;
  readonly value: number;
  /** The option's text in lines, without the two-column "> " marker. */
  readonly lines: readonly string[];
}

/** A long option is wrapped, not cut; this many lines at most, so one option cannot fill the window. */
const MAX_OPTION_LINES = 12;

/**
 * Wraps "1. text" to the row, continuation lines aligned under the text. Room is kept on every
 * line for the marker and, in screen-reader mode, " (selected)", so the highlight never rewraps.
 */
export function optionRows(key: string, value: number, label: string, number: string, width: number, styles: Styles, t: Translate = english): OptionItem {
  const prefix = stepTextPrefix(label);
  const text = prefix.cut ? `${prefix.text}…` : label;
  const indent = displayWidth(number);
  const room = Math.max(1, width - 2 - indent - selectedSuffix(styles, t).length);
  let lines = wrapLines(text, room);
  if (lines.length > MAX_OPTION_LINES) lines = [...lines.slice(0, MAX_OPTION_LINES - 1), '…'];
  return { key, value, lines: lines.map((line, index) => (index === 0 ? number : ' '.repeat(indent)) + line) };
}

/** Which options are on screen: the highlighted one and as many neighbours as fit `height` lines. */
export function optionWindow(items: readonly OptionItem[], selected: number, height: number): { start: number; end: number } {
  const size = (index: number) => items[index]?.lines.length ?? 0;
  let start = 0;
  let used = 0;
  for (let index = 0; index <= selected; index++) used += size(index);
  while (used > height && start < selected) used -= size(start++);
  let end = selected + 1;
  while (end < items.length && used + size(end) <= height) used += size(end++);
  return { start, end: Math.min(end, items.length) };
}

/**
 * The options on screen in `height` lines. When not all fit, the last line says how many are
 * hidden (like the start screen's list), so nothing is left out without saying so.
 */
export function visibleOptions(items: readonly OptionItem[], selected: number, height: number): { start: number; end: number; hidden: number } {
  const fits = optionLineCount(items) <= height;
  const { start, end } = optionWindow(items, selected, fits ? height : Math.max(1, height - 1));
  return { start, end, hidden: items.length - (end - start) };
}

/** Total lines of a list of options. */
export function optionLineCount(items: readonly OptionItem[]): number {
  return items.reduce((sum, item) => sum + item.lines.length, 0);
}
