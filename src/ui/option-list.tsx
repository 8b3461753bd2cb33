import { Box, Text } from 'ink';
import { selectedSuffix } from './list-row.js';
import { truncateLine } from '../text/wrap.js';
import { visibleOptions, type OptionItem } from './option-rows.js';
import { useStyles, useT } from './theme.js';

interface Props {
  readonly items: readonly OptionItem[];
  readonly selected: number;
  /** Lines available, including the "more" line when not every option fits. */
  readonly height: number;
  readonly columns: number;
}

/**
 * Quiz and choice options, each wrapped over as many lines as it needs. The highlight is tutor
 * state, so this only draws: "> " and colour mark the highlighted option, and in screen-reader
 * mode the words "(selected)" too.
 */
export function OptionList({ items, selected, height, columns }: Props) {
  const styles = useStyles();
  const t = useT();
  const { start, end, hidden } = visibleOptions(items, selected, height);
  // A one-line list (the smallest windows) shows the highlighted option only.
  const showMore = hidden > 0 && height >= 2;
  const room = showMore ? height - 1 : height;
  const rows = items.slice(start, end).flatMap((item, offset) => {
    const isSelected = start + offset === selected;
    return item.lines.map((line, index) => {
      if (!isSelected) return { key: `${item.key}/${index}`, text: `  ${line}` };
      const text = index === 0 ? `> ${line}${selectedSuffix(styles, t)}` : `  ${line}`;
      return { key: `${item.key}/${index}`, text: styles.accent(styles.bold(text)) };
    });
  });
  return (
    <Box flexDirection="column">
      {rows.slice(0, room).map((row) => (
        <Text key={row.key} wrap="truncate-end">
          {row.text}
        </Text>
      ))}
      {showMore ? <Text wrap="truncate-end">{styles.dim(truncateLine(t('options.more', { count: hidden, last: Math.min(9, items.length) }), columns))}</Text> : null}
    </Box>
  );
}
