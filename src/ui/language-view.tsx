import { Box, Text } from 'ink';
import { languageName, type LanguageChoice } from '../i18n/language-choices.js';
import type { Translate } from '../i18n/ui-strings.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { footerLines } from './footer-lines.js';
import type { ListItem } from './list-row.js';
import { MenuList } from './menu-list.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly choices: readonly LanguageChoice[];
  /** The tag in use, marked in the list. */
  readonly current: string;
  readonly selected: number;
  readonly columns: number;
  readonly rows: number;
}

/** "Deutsch (Deutschland) · de-DE", with what the language gets and which one is in use. */
export function languageItems(choices: readonly LanguageChoice[], current: string, t: Translate): ListItem[] {
  return choices.map((choice, index) => {
    const labelsOnly = choice.kind === 'labels' ? ` · ${t('languages.labelsOnly')}` : '';
    const inUse = choice.tag === current ? t('languages.current') : '';
    return { key: choice.tag, label: `${languageName(choice.tag)} · ${choice.tag}${labelsOnly}${inUse}`, value: index };
  });
}

/** The start screen's language list (l): Enter takes the highlighted language, Esc goes back. */
export function LanguageView({ choices, current, selected, columns, rows }: Props) {
  const styles = useStyles();
  const t = useT();
  const footer = footerLines('languages', columns, rows, styles, {}, t);
  const note = rows >= 12 ? wrapLines(t('languages.note'), columns).slice(0, 2) : [];
  const height = Math.max(1, rows - 1 - 1 - note.length - footer.length);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.bold(truncateLine(t('languages.title'), columns))}</Text>
      {note.map((line, index) => (
        <Text key={`n${index}`} wrap="truncate-end">
          {styles.dim(line)}
        </Text>
      ))}
      <MenuList items={languageItems(choices, current, t)} selected={selected} height={height} columns={columns} />
      <FooterView lines={footer} />
    </Box>
  );
}
