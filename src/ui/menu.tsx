import { Box, Text } from 'ink';
import type { Course } from '../course/types.js';
import { languageName } from '../i18n/language-choices.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { ProgressData } from '../progress/model.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { lessonsDone, resumePoint } from '../tutor/lesson-status.js';
import { footerLines } from './footer-lines.js';
import { progressLine } from './progress-bar.js';
import { MenuList } from './menu-list.js';
import type { ListItem } from './list-row.js';
import { lessonStateText, lessonSummaryLines, summaryRoom } from './lesson-summary.js';
import { CONTINUE, menuRows, QUIT } from '../tutor/menu-rows.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

export { CONTINUE, QUIT };

interface Props {
  readonly course: Course;
  readonly progress: ProgressData;
  readonly columns: number;
  readonly rows: number;
  readonly notice: string | null;
  readonly selected: number;
  /** The language in use (a tag), named on the start screen when there is room. */
  readonly language?: string;
}

/** Items for the start screen: "Continue" first when there is saved progress. */
export function menuItems(course: Course, progress: ProgressData, t: Translate = english): ListItem[] {
  return menuRows(course, progress).flatMap((value): ListItem[] => {
    if (value === QUIT) return [{ key: 'quit', label: t('menu.quit'), value }];
    if (value === CONTINUE) {
      const resume = resumePoint(course, progress);
      const lesson = resume ? course.lessons[resume.lessonIndex] : undefined;
      return resume && lesson ? [{ key: 'continue', label: t('menu.continue', { lesson: lesson.title, step: resume.stepIndex + 1, steps: lesson.steps.length }), value }] : [];
    }
    const lesson = course.lessons[value];
    return lesson ? [{ key: lesson.id, label: `${value + 1}. ${lesson.title} (${lessonStateText(progress, lesson, t)})`, value }] : [];
  });
}

export function Menu({ course, progress, columns, rows, notice, selected, language }: Props) {
  const styles = useStyles();
  const t = useT();
  const items = menuItems(course, progress, t);
  const done = lessonsDone(course, progress);
  const footer = footerLines('menu', columns, rows, styles, {}, t);
  // Short windows get a one-line title and notice and no spacer, so the list keeps some room.
  const roomy = rows >= 12;
  // Tall windows give a long notice (two at once, or one naming a folder) a line more per five rows.
  const noticeLines = notice ? wrapLines(notice, columns).slice(0, roomy ? Math.max(3, Math.floor(rows / 5)) : 1) : [];
  const title = roomy ? wrapLines(course.title, columns) : [truncateLine(course.title, columns)];
  // The language line only where there is room: the footer's "l language" is always there.
  const languageLine = language && rows >= 16 ? [truncateLine(t('menu.language', { name: languageName(language), tag: language }), columns)] : [];
  const header = title.length + 1 + languageLine.length + (roomy ? 1 : 0) + noticeLines.length;
  const highlighted = items[Math.min(selected, items.length - 1)];
  // The summary gives way first: the list always keeps at least three rows (or all it has).
  const listNeeds = Math.min(items.length, 3);
  const spare = rows - 1 - header - footer.length - listNeeds - (roomy ? 1 : 0);
  const summary = highlighted ? lessonSummaryLines(course, progress, highlighted.value, columns, Math.min(summaryRoom(rows), spare), styles, t) : [];
  const gap = roomy && summary.length > 0 ? 1 : 0;
  const room = Math.max(1, rows - 1 - header - footer.length - summary.length - gap);
  return (
    <Box flexDirection="column" width={columns}>
      {title.map((line, index) => (
        <Text key={`t${index}`} wrap="truncate-end">
          {styles.bold(line)}
        </Text>
      ))}
      <Text wrap="truncate-end">{progressLine(t('menu.lessonsDone', { done, count: course.lessons.length }), done, course.lessons.length, columns, styles)}</Text>
      {languageLine.map((line) => (
        <Text key="language" wrap="truncate-end">
          {styles.dim(line)}
        </Text>
      ))}
      {noticeLines.map((line, index) => (
        <Text key={`n${index}`} wrap="truncate-end">
          {styles.bad(line)}
        </Text>
      ))}
      {roomy ? <Text> </Text> : null}
      <MenuList items={items} selected={Math.min(selected, items.length - 1)} height={room} columns={columns} />
      {gap ? <Text> </Text> : null}
      {summary.map((line, index) => (
        <Text key={`s${index}`} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <FooterView lines={footer} />
    </Box>
  );
}
