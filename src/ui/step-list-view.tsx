import { Box, Text } from 'ink';
import type { Lesson } from '../course/types.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { LessonProgress } from '../progress/model.js';
import { truncateLine } from '../text/wrap.js';
import { footerLines } from './footer-lines.js';
import type { ListItem } from './list-row.js';
import { MenuList } from './menu-list.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly lesson: Lesson;
  readonly lessonNumber: number;
  readonly saved: LessonProgress | undefined;
  /** The step the lesson is on; null on the lesson's end screen. */
  readonly currentStep: number | null;
  readonly selected: number;
  readonly typed: string;
  readonly columns: number;
  readonly rows: number;
}

/** Rows of the step list: a done mark, the step number (what digits jump to) and the title. */
export function stepListItems(lesson: Lesson, saved: LessonProgress | undefined, currentStep: number | null, t: Translate = english): ListItem[] {
  return lesson.steps.map((step, index) => {
    const done = saved?.completed.includes(step.id) ?? false;
    const here = index === currentStep ? t('steps.here') : '';
    return { key: step.id, label: `${done ? '[x]' : '[ ]'} ${index + 1}. ${step.title}${here}`, value: index };
  });
}

/** The lesson's steps (t): where you are, what is done, and a jump to any step. */
export function StepListView({ lesson, lessonNumber, saved, currentStep, selected, typed, columns, rows }: Props) {
  const styles = useStyles();
  const t = useT();
  const items = stepListItems(lesson, saved, currentStep, t);
  const done = items.filter((item) => item.label.startsWith('[x]')).length;
  const footer = footerLines('steps', columns, rows, styles, {}, t);
  const status = typed ? t('steps.typed', { typed }) : t('steps.done', { done, count: items.length });
  const height = Math.max(1, rows - 1 - 3 - footer.length);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.bold(truncateLine(t('steps.title', { number: lessonNumber, title: lesson.title }), columns))}</Text>
      <Text wrap="truncate-end">{styles.dim(truncateLine(status, columns))}</Text>
      <Text> </Text>
      <MenuList items={items} selected={selected} height={height} columns={columns} />
      <FooterView lines={footer} />
    </Box>
  );
}
