import { english, type Translate } from '../i18n/ui-strings.js';
import { Box, Text } from 'ink';
import { prepareClippedRow } from './ink-output.js';

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
          {shownLine(line)}
        </Text>
      ))}
    </Box>
  );
}

/** An empty Text would take no row: a blank line is drawn as one space. */
function shownLine(line: string): string {
  return line === '' ? ' ' : line;
}

/** Prepares the rows this view will draw for `lines` from the top, before they are shown. */
export function prepareScrollView(lines: readonly string[], height: number, width: number): void {
  for (const line of lines.slice(0, height)) prepareClippedRow(shownLine(line), width);
}

/** Clamps a stored scroll position to what the content allows. */
export function clampScroll(offset: number, total: number, height: number): number {
  return Math.max(0, Math.min(offset, total - height));
}

/** "lines 1–10 of 30, more below" — the position in words, shown when content overflows. */
export function scrollStatus(offset: number, total: number, height: number, t: Translate = english): string | null {
  if (total <= height) return null;
  const end = Math.min(total, offset + height);
  const more = t(end < total ? (offset > 0 ? 'scroll.moreBoth' : 'scroll.moreBelow') : 'scroll.moreAbove');
  return t('scroll.status', { first: offset + 1, last: end, total, more });
}
