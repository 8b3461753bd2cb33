import { Box, Text } from 'ink';
import type { Lesson } from '../course/types.js';
import type { LessonProgress } from '../progress/model.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { lessonReport } from '../tutor/lesson-report.js';
import { footerLines } from './footer-lines.js';
import { useStyles } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly lesson: Lesson;
  readonly saved: LessonProgress | undefined;
  readonly next: Lesson | undefined;
  /** After the last lesson: the lessons of the course not done yet (titles). */
  readonly lessonsLeft: readonly string[];
  readonly columns: number;
  readonly rows: number;
}

/** End of a lesson: what was done, what was skipped (with a key back to it), what comes next. */
export function FinishedView({ lesson, saved, next, lessonsLeft, columns, rows }: Props) {
  const styles = useStyles();
  const { done, skipped } = lessonReport(lesson, saved);
  const footer = footerLines('finished', columns, rows, styles, { scrollable: false, hasNextLesson: next !== undefined, hasSkipped: skipped.length > 0 });
  const room = Math.max(1, rows - 1 - footer.length);
  const summary = skipped.length === 0 ? `All ${done} steps done.` : `Done: ${done} of ${lesson.steps.length} steps. Skipped:`;
  const left = lessonsLeft.length === 0 ? 'Every lesson of the course is done.' : `Lessons left: ${lessonsLeft.join('; ')}.`;
  const nextLine = next ? `Next: ${next.title}. Press Enter to start it.` : `That was the last lesson. ${left} Press Esc or m for the lesson list.`;
  const back = skipped[0] ? [`Press b to go back to step ${skipped[0].index + 1}.`] : [];
  // The skipped list gives way first: what comes next and the way back always stay on screen.
  const fixed = [styles.good(`Lesson complete: ${lesson.title}`), '', summary].flatMap((line) => (line ? wrapLines(line, columns) : ['']));
  const tail = ['', ...back, nextLine].flatMap((line) => (line ? wrapLines(line, columns) : ['']));
  const listRoom = Math.max(0, room - fixed.length - tail.length);
  const rowsOf = skipped.map((step) => truncateLine(`- ${step.index + 1}. ${step.title} (${step.why})`, columns));
  const list = rowsOf.length <= listRoom ? rowsOf : [...rowsOf.slice(0, Math.max(0, listRoom - 1)), truncateLine(`… and ${rowsOf.length - Math.max(0, listRoom - 1)} more (t lists every step)`, columns)];
  const text = [...fixed, ...list.slice(0, Math.max(0, listRoom)), ...tail];
  return (
    <Box flexDirection="column" width={columns}>
      {text.slice(0, room).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
      <FooterView lines={footer} />
    </Box>
  );
}
