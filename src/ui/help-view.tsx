import { Box, Text } from 'ink';
import { english, type Translate } from '../i18n/ui-strings.js';
import { wrapLines } from '../text/wrap.js';
import { helpRows } from '../tutor/keymap.js';
import { ScrollView, clampScroll } from './scroll-view.js';
import { footerLines } from './footer-lines.js';
import { useStyles, useT } from './theme.js';
import type { Styles } from '../text/styles.js';
import { FooterView } from './footer-view.js';

/**
 * The classic Windows console (conhost) has QuickEdit on: a click starts a selection, and while
 * it lasts every write blocks, so the tutorial looks frozen. Node cannot switch that off for the
 * session without native code, so the help says what to do (help.quickEdit).
 *
 * Help text generated from the keymap, so it always matches what the keys do; on Windows, the QuickEdit note after it. */
export function helpLines(width: number, styles: Styles, t: Translate = english, onWindows = false, windowsLanguage = 'en-US'): string[] {
  const keyWidth = Math.min(16, Math.floor(width / 3));
  const keys = helpRows(t, windowsLanguage).flatMap(({ keys, description }) => {
    if (width < 40) return [styles.bold(keys), ...wrapLines(`  ${description}`, width)];
    const text = wrapLines(description, width - keyWidth - 1);
    return text.map((line, index) => `${index === 0 ? styles.bold(keys.padEnd(keyWidth)) : ' '.repeat(keyWidth)} ${line}`);
  });
  return onWindows ? [...keys, '', ...wrapLines(t('help.quickEdit'), width)] : keys;
}

/** The overlay's lines, footer and the rows left for the lines (title and a blank line above). */
function helpLayout(columns: number, rows: number, styles: Styles, t: Translate, onWindows: boolean, windowsLanguage: string) {
  const footer = footerLines('help', columns, rows, styles, {}, t);
  return { lines: helpLines(columns, styles, t, onWindows, windowsLanguage), footer, height: Math.max(1, rows - 1 - 2 - footer.length) };
}

/** `language`: the Windows display language whose labels the help names ("de-DE"). */
export function HelpView({ columns, rows, scroll, onWindows = false, language = 'en-US' }: { readonly columns: number; readonly rows: number; readonly scroll: number; readonly onWindows?: boolean; readonly language?: string }) {
  const styles = useStyles();
  const t = useT();
  const { lines, footer, height } = helpLayout(columns, rows, styles, t, onWindows, language);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.bold(t('help.title'))}</Text>
      <Text> </Text>
      <ScrollView lines={lines} offset={clampScroll(scroll, lines.length, height)} height={height} />
      <FooterView lines={footer} />
    </Box>
  );
}

export function helpScrollMax(columns: number, rows: number, styles: Styles, t: Translate = english, onWindows = false, windowsLanguage = 'en-US'): { max: number; page: number } {
  const { lines, height } = helpLayout(columns, rows, styles, t, onWindows, windowsLanguage);
  return { max: Math.max(0, lines.length - height), page: Math.max(1, height - 1) };
}
