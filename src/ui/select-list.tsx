import { Text } from 'ink';
import SelectInput from 'ink-select-input';
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
}

/** ink-select-input with our styles: the selected row is marked by ">" as well as colour. */
export function SelectList({ items, initialIndex = 0, limit, isFocused, onSelect }: Props) {
  const styles = useStyles();
  return (
    <SelectInput
      items={items.map((item) => ({ ...item }))}
      initialIndex={Math.min(initialIndex, Math.max(0, items.length - 1))}
      limit={Math.max(1, limit)}
      isFocused={isFocused}
      onSelect={(item) => onSelect(item.value)}
      // The marker is part of the row's text so a long, truncated label cannot squeeze it out.
      indicatorComponent={() => null}
      itemComponent={({ isSelected, label }) => (
        <Text wrap="truncate-end">{isSelected ? styles.accent(styles.bold(`> ${label}${styles.spoken ? ' (selected)' : ''}`)) : `  ${label}`}</Text>
      )}
    />
  );
}
