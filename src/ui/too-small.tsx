import { Box, Text } from 'ink';
import { wrapLines } from '../text/wrap.js';
import { MIN_COLUMNS, MIN_ROWS } from './lesson-layout.js';
import { useT } from './theme.js';

/** Shown instead of a broken layout, wrapped to fit; the user can resize, or quit with q. */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  const text = useT()('tooSmall', { columns, rows, minColumns: MIN_COLUMNS, minRows: MIN_ROWS });
  const lines = wrapLines(text, columns).slice(0, Math.max(1, rows - 1));
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
