import { Box, Text } from 'ink';
import { truncateLine } from '../text/wrap.js';
import { listRowText } from './list-row.js';
import type { ListItem } from './list-row.js';
import { useStyles, useT } from './theme.js';

interface Props {
  readonly items: readonly ListItem[];
  readonly selected: number;
  /** Rows available, including the "more" line when not everything fits. */
  readonly height: number;
  readonly columns: number;
}

/** First visible row so that the selected one is on screen. */
export function windowStart(selected: number, count: number, visible: number): number {
  if (count <= visible) return 0;
  return Math.min(Math.max(0, selected - visible + 1), count - visible);
}

/**
 * The start screen's list. Its selection lives in the tutor state, so number keys can mean
 * lesson numbers and the list never hides rows without saying so.
 */
export function MenuList({ items, selected, height, columns }: Props) {
  const styles = useStyles();
  const t = useT();
  const fits = items.length <= height;
  const visible = fits ? items.length : Math.max(1, height - 1);
  const start = windowStart(selected, items.length, visible);
  return (
    <Box flexDirection="column">
      {items.slice(start, start + visible).map((item, offset) => (
        <Text key={item.key} wrap="truncate-end">
          {listRowText(item.label, start + offset === selected, columns, styles, t)}
        </Text>
      ))}
      {fits ? null : (
        <Text wrap="truncate-end">{styles.dim(truncateLine(t('list.more', { count: items.length - visible }), columns))}</Text>
      )}
    </Box>
  );
}
