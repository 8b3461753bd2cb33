import { Box, Text } from 'ink';
import type { Lesson } from '../course/types.js';
import type { Translate } from '../i18n/ui-strings.js';
import type { LessonProgress } from '../progress/model.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { lessonReport } from '../tutor/lesson-report.js';
import { footerLines } from './footer-lines.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly lesson: Lesson;
  readonly saved: LessonProgress | undefined;
  readonly next: Lesson | undefined;
  /** After the last lesson: the lessons of the course not done yet (titles). */
  readonly lessonsLeft: readonly string[];
  /** After the last lesson: the course summary line (courseChecksLine). */
  readonly courseLine?: string;
  /** A privacy lesson on Windows: the settings that changed since it opened (privacyReport). */
  readonly privacy?: { readonly pending: boolean; readonly changes: readonly string[] } | null;
  readonly columns: number;
  readonly rows: number;
}

/** End of a lesson: what was done, what was skipped (with a key back to it), what comes next. */
export function FinishedView({ lesson, saved, next, lessonsLeft, courseLine, privacy = null, columns, rows }: Props) {
  const styles = useStyles();
  const t = useT();
  const { done, skipped } = lessonReport(lesson, saved);
  const footer = footerLines('finished', columns, rows, styles, { scrollable: false, hasNextLesson: next !== undefined, hasSkipped: skipped.length > 0 }, t);
  const room = Math.max(1, rows - 1 - footer.length);
  const summary = skipped.length === 0 ? t('finished.allDone', { done }) : t('finished.someDone', { done, count: lesson.steps.length });
  const left = lessonsLeft.length === 0 ? t('finished.courseDone') : t('finished.lessonsLeft', { lessons: lessonsLeft.join('; ') });
  const nextLine = next ? t('finished.next', { title: next.title }) : t('finished.last', { left });
  const back = skipped[0] ? [t('finished.back', { step: skipped[0].index + 1 })] : [];
  // The skipped list gives way first: what comes next and the way back always stay on screen.
  const fixed = [styles.good(t('finished.title', { title: lesson.title })), '', summary].flatMap((line) => (line ? wrapLines(line, columns) : ['']));
  const course = !next && courseLine ? ['', courseLine] : [];
  const tail = ['', ...back, ...course, nextLine].flatMap((line) => (line ? wrapLines(line, columns) : ['']));
  // The privacy before/after comes before the skipped list, and gives way after it.
  const settings = privacyLines(privacy, columns, Math.max(0, room - fixed.length - tail.length), t);
  const listRoom = Math.max(0, room - fixed.length - settings.length - tail.length);
  const rowsOf = skipped.map((step) => truncateLine(t('finished.skippedStep', { number: step.index + 1, title: step.title, why: t(`skipped.${step.kind}`) }), columns));
  const list = rowsOf.length <= listRoom ? rowsOf : [...rowsOf.slice(0, Math.max(0, listRoom - 1)), truncateLine(t('finished.moreSkipped', { count: rowsOf.length - Math.max(0, listRoom - 1) }), columns)];
  const text = [...fixed, ...settings, ...list.slice(0, Math.max(0, listRoom)), ...tail];
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

/** The privacy summary in at most `room` lines: a heading line, then one line per change. */
function privacyLines(privacy: Props['privacy'], columns: number, room: number, t: Translate): string[] {
  if (!privacy || room < 2) return [];
  if (privacy.pending) return ['', truncateLine(t('privacy.reading'), columns)];
  if (privacy.changes.length === 0) return ['', truncateLine(t('privacy.unchanged'), columns)];
  if (room < 3) return ['', truncateLine(t('privacy.changedCount', { count: privacy.changes.length }), columns)];
  const rows = privacy.changes.map((change) => truncateLine(`- ${change}`, columns));
  const fit = rows.length <= room - 2 ? rows : [...rows.slice(0, Math.max(0, room - 3)), truncateLine(t('privacy.more', { count: rows.length - Math.max(0, room - 3) }), columns)];
  return ['', truncateLine(t('privacy.changed'), columns), ...fit];
}
