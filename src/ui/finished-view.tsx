import { Box, Text } from 'ink';
import type { Lesson } from '../course/types.js';
import { wrapLines } from '../text/wrap.js';
import { footerLines } from './footer-lines.js';
import { useStyles } from './theme.js';

interface Props {
  readonly lesson: Lesson;
  readonly next: Lesson | undefined;
  readonly columns: number;
  readonly rows: number;
}

/** End of a lesson: what comes next, in words. */
export function FinishedView({ lesson, next, columns, rows }: Props) {
  const styles = useStyles();
  const footer = footerLines('finished', columns, rows, styles, { scrollable: false, hasNextLesson: next !== undefined });
  const text = [
    styles.good(`Lesson complete: ${lesson.title}`),
    '',
    next ? `Next: ${next.title}. Press Enter to start it.` : 'That was the last lesson. Well done! Press Esc or m for the lesson list.',
  ].flatMap((line) => (line ? wrapLines(line, columns) : ['']));
  const room = Math.max(1, rows - 1 - footer.length);
  return (
    <Box flexDirection="column" width={columns}>
      {text.slice(0, room).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
      {footer.map((line, index) => (
        <Text key={`f${index}`} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
