import { Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS } from './lesson-layout.js';

/** Shown instead of a broken layout; the user can resize, or quit with q. */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  return <Text wrap="truncate-end">{`Window too small (${columns}x${rows}); need ${MIN_COLUMNS}x${MIN_ROWS}. q quits.`}</Text>;
}
