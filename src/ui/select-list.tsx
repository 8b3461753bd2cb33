import { Text } from 'ink';
import SelectInput from 'ink-select-input';
import { listRowText } from './list-row.js';
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
  return (
    <SelectInput
      items={items.map((item) => ({ ...item }))}
      initialIndex={Math.min(initialIndex, Math.max(0, items.length - 1))}
      limit={Math.max(1, limit)}
      isFocused={isFocused}
      onSelect={(item) => onSelect(item.value)}
      // listRowText draws the marker; the full text of long options is spelled out in the body.
      indicatorComponent={() => null}
      itemComponent={({ isSelected = false, label }) => <Text wrap="truncate-end">{listRowText(label, isSelected, columns, styles)}</Text>}
    />
  );
}
