import { Box, Text } from 'ink';
import type { SearchHit } from '../course/course-search.js';
import type { Course } from '../course/types.js';
import { truncateLine, wrapLines } from '../text/wrap.js';
import { footerLines } from './footer-lines.js';
import type { ListItem } from './list-row.js';
import { MenuList } from './menu-list.js';
import { useStyles, useT } from './theme.js';
import { FooterView } from './footer-view.js';

interface Props {
  readonly course: Course;
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly selected: number;
  readonly columns: number;
  readonly rows: number;
}

/** Results name lesson and step: "3.2 Link your license › Sign in". */
function hitItems(course: Course, hits: readonly SearchHit[]): ListItem[] {
  return hits.map((hit, index) => {
    const lesson = course.lessons[hit.lessonIndex];
    const step = lesson?.steps[hit.stepIndex];
    return { key: `${hit.lessonIndex}/${hit.stepIndex}`, label: `${hit.lessonIndex + 1}.${hit.stepIndex + 1} ${lesson?.title ?? ''} › ${step?.title ?? ''}`, value: index };
  });
}

/** The course search (/): results as you type, the highlighted one's matching text below. */
export function SearchView({ course, query, hits, selected, columns, rows }: Props) {
  const styles = useStyles();
  const t = useT();
  const footer = footerLines('search', columns, rows, styles, {}, t);
  const items = hitItems(course, hits);
  const snippet = hits[selected]?.snippet;
  // The matching text takes up to two lines when there is room for them.
  const snippetLines = snippet && rows >= 12 ? wrapLines(snippet, columns).slice(0, 2) : [];
  const status = query.trim() === '' ? t('search.empty') : hits.length === 0 ? t('search.none') : t('search.matches', { count: hits.length });
  const height = Math.max(1, rows - 1 - 2 - footer.length - snippetLines.length);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{styles.bold(truncateLine(t('search.title', { query }), columns))}</Text>
      <Text wrap="truncate-end">{styles.dim(truncateLine(status, columns))}</Text>
      {items.length > 0 ? <MenuList items={items} selected={selected} height={height} columns={columns} /> : null}
      {snippetLines.map((line, index) => (
        <Text key={`s${index}`} wrap="truncate-end">
          {styles.dim(line)}
        </Text>
      ))}
      <FooterView lines={footer} />
    </Box>
  );
}
