import { Box, Text } from 'ink';
import type { Lesson } from '../course/types.js';
import { truncateLine } from '../text/wrap.js';
import type { LessonLayout } from './lesson-layout.js';
import { progressLine } from './progress-bar.js';
import { ScrollView, clampScroll, scrollStatus } from './scroll-view.js';
import { OptionList } from './option-list.js';
import type { StepContent } from './step-content.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly lesson: Lesson;
  readonly lessonNumber: number;
  readonly lessonCount: number;
  readonly stepIndex: number;
  readonly content: StepContent;
  readonly layout: LessonLayout;
  readonly columns: number;
  readonly scroll: number;
  /** Highlighted option of a quiz or choice list. */
  readonly listIndex: number;
}

export function LessonView({ lesson, lessonNumber, lessonCount, stepIndex, content, layout, columns, scroll, listIndex }: Props) {
  const styles = useStyles();
  const t = useT();
  const step = lesson.steps[stepIndex];
  const total = lesson.steps.length;
  const offset = clampScroll(scroll, content.lines.length, layout.bodyHeight);
  const position = scrollStatus(offset, content.lines.length, layout.bodyHeight, t);
  const status = position ?? '';
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.dim(truncateLine(t('lesson.header', { number: lessonNumber, count: lessonCount, title: lesson.title }), columns))}</Text>
      <Text wrap="truncate-end">{styles.bold(truncateLine(step?.title ?? '', columns))}</Text>
      <Text wrap="truncate-end">{progressLine(t('lesson.step', { number: stepIndex + 1, count: total }), stepIndex + 1, total, columns, styles)}</Text>
      <ScrollView lines={content.lines} offset={offset} height={layout.bodyHeight} />
      {content.list ? <OptionList items={content.list.items} selected={listIndex} height={layout.listHeight} columns={columns} /> : null}
      <Text wrap="truncate-end">{status ? styles.dim(truncateLine(status, columns)) : ' '}</Text>
      <FooterView lines={layout.footer} />
    </Box>
  );
}
