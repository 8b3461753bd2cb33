import { Box, Text } from 'ink';

interface Props {
  readonly lines: readonly string[];
  readonly offset: number;
  readonly height: number;
}

/** Shows `height` lines starting at `offset`; the frame never grows past the window. */
export function ScrollView({ lines, offset, height }: Props) {
  const visible = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {visible.map((line, index) => (
        <Text key={offset + index} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}

/** Clamps a stored scroll position to what the content allows. */
export function clampScroll(offset: number, total: number, height: number): number {
  return Math.max(0, Math.min(offset, total - height));
}

/** "lines 1–10 of 30, more below" — the position in words, shown when content overflows. */
export function scrollStatus(offset: number, total: number, height: number): string | null {
  if (total <= height) return null;
  const end = Math.min(total, offset + height);
  const more = end < total ? (offset > 0 ? 'more above and below' : 'more below') : 'more above';
  return `lines ${offset + 1}-${end} of ${total}, ${more}`;
}
