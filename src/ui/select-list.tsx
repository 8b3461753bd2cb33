import { Text } from 'ink';
import SelectInput from 'ink-select-input';
import { truncateLine } from '../text/wrap.js';
import { useStyles } from './theme.js';

export interface ListItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

interface Props {
  readonly items: readonly ListItem[];
  readonly initialIndex?: number;
  readonly limit: number;
  readonly isFocused: boolean;
  readonly onSelect: (value: number) => void;
  readonly columns: number;
}

/** ink-select-input with our styles: the selected row is marked by ">" as well as colour. */
export function SelectList({ items, initialIndex = 0, limit, isFocused, onSelect, columns }: Props) {
  const styles = useStyles();
  // Truncated here (with "…"), not by Ink: screen-reader output ignores Ink's truncation, and
  // the full text of long options is spelled out in the step body.
  const suffix = styles.spoken ? ' (selected)' : '';
  const fitted = items.map((item) => ({ ...item, label: truncateLine(item.label, columns - 2 - suffix.length) }));
  return (
    <SelectInput
      items={fitted}
      initialIndex={Math.min(initialIndex, Math.max(0, items.length - 1))}
      limit={Math.max(1, limit)}
      isFocused={isFocused}
      onSelect={(item) => onSelect(item.value)}
      // The marker is part of the row's text so a long, truncated label cannot squeeze it out.
      indicatorComponent={() => null}
      itemComponent={({ isSelected, label }) => (
        <Text wrap="truncate-end">{isSelected ? styles.accent(styles.bold(`> ${label}${suffix}`)) : `  ${label}`}</Text>
      )}
    />
  );
}
