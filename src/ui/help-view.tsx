import { Box, Text } from 'ink';
import { wrapLines } from '../text/wrap.js';
import { helpRows } from '../tutor/keymap.js';
import { ScrollView, clampScroll } from './scroll-view.js';
import { footerLines } from './footer-lines.js';
import { useStyles } from './theme.js';
import type { Styles } from '../text/styles.js';
import { FooterView } from './footer-view.js';

/**
 * The classic Windows console (conhost) has QuickEdit on: a click starts a selection, and while
 * it lasts every write blocks, so the tutorial looks frozen. Node cannot switch that off for the
 * session without native code, so the help says what to do.
 */
export const QUICK_EDIT_NOTE = 'In the classic Windows console, a click in the window starts a selection and pauses the tutorial until the selection ends: press Esc (or right-click).';

/** Help text generated from the keymap, so it always matches what the keys do; on Windows, the QuickEdit note after it. */
export function helpLines(width: number, styles: Styles, onWindows = false): string[] {
  const keyWidth = Math.min(16, Math.floor(width / 3));
  const keys = helpRows().flatMap(({ keys, description }) => {
    if (width < 40) return [styles.bold(keys), ...wrapLines(`  ${description}`, width)];
    const text = wrapLines(description, width - keyWidth - 1);
    return text.map((line, index) => `${index === 0 ? styles.bold(keys.padEnd(keyWidth)) : ' '.repeat(keyWidth)} ${line}`);
  });
  return onWindows ? [...keys, '', ...wrapLines(QUICK_EDIT_NOTE, width)] : keys;
}

/** The overlay's lines, footer and the rows left for the lines (title and a blank line above). */
function helpLayout(columns: number, rows: number, styles: Styles, onWindows: boolean) {
  const footer = footerLines('help', columns, rows, styles);
  return { lines: helpLines(columns, styles, onWindows), footer, height: Math.max(1, rows - 1 - 2 - footer.length) };
}

export function HelpView({ columns, rows, scroll, onWindows = false }: { readonly columns: number; readonly rows: number; readonly scroll: number; readonly onWindows?: boolean }) {
  const styles = useStyles();
  const { lines, footer, height } = helpLayout(columns, rows, styles, onWindows);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.bold('Keys (press ? or Esc to close)')}</Text>
      <Text> </Text>
      <ScrollView lines={lines} offset={clampScroll(scroll, lines.length, height)} height={height} />
      <FooterView lines={footer} />
    </Box>
  );
}

export function helpScrollMax(columns: number, rows: number, styles: Styles, onWindows = false): { max: number; page: number } {
  const { lines, height } = helpLayout(columns, rows, styles, onWindows);
  return { max: Math.max(0, lines.length - height), page: Math.max(1, height - 1) };
}
