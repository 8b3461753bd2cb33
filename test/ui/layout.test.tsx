import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import type { Context } from '../../src/tutor/keymap.js';
import { lessonLayout } from '../../src/ui/lesson-layout.js';
import { optionLineCount } from '../../src/ui/option-rows.js';
import { stepContent } from '../../src/ui/step-content.js';

const { course } = loadCourse(DEFAULT_LESSONS_DIR);
const steps = course.lessons.flatMap((lesson) => lesson.steps);

describe('lesson layout', () => {
  it.each([
    [80, 24],
    [40, 24],
    [40, 12],
    [20, 8],
  ])('every step of the course fits %ix%i: lines within width, frame shorter than the window', (columns, rows) => {
    for (const step of steps) {
      const content = stepContent(step, { width: columns, styles: plainStyles, windows: null, saved: emptyProgress().lessons.x, checkLines: null, openMessage: null });
      for (const line of content.lines) expect(line.length, `${step.id}: "${line}"`).toBeLessThanOrEqual(columns);
      const layout = lessonLayout({ columns, rows, context: step.kind as Context, listLines: content.list ? optionLineCount(content.list.items) : 0, contentLines: content.lines.length, styles: plainStyles });
      expect(layout.tooSmall).toBe(false);
      const frame = 3 + layout.bodyHeight + layout.listHeight + 1 + layout.footer.length;
      expect(frame).toBeLessThan(rows);
    }
  });

  it('says the window is too small rather than overflowing', () => {
    expect(lessonLayout({ columns: 15, rows: 5, context: 'text', listLines: 0, contentLines: 3, styles: plainStyles }).tooSmall).toBe(true);
  });
});

describe('footer', () => {
  const layoutFor = (contentLines: number) =>
    lessonLayout({ columns: 80, rows: 24, context: 'text', listLines: 0, contentLines, styles: plainStyles });

  it('offers scroll keys only when the step is longer than the window', () => {
    expect(layoutFor(5).footer.join(' ')).not.toContain('scroll');
    expect(layoutFor(200).footer.join(' ')).toContain('↑↓ scroll');
    expect(layoutFor(200).footer.join(' ')).toContain('u/d page');
  });

  it('fits on one line at 80 columns for a plain step', () => {
    expect(layoutFor(5).footer).toEqual(['n/→ next  p/← back  w Win 10/11  t steps  / search  Esc/m menu  ? help  q quit']);
  });
});

describe('option list', () => {
  it('gives the list fewer lines than its options need when the window is short', () => {
    const layout = lessonLayout({ columns: 40, rows: 8, context: 'quiz', listLines: 4, contentLines: 3, styles: plainStyles });
    expect(layout.listHeight).toBeGreaterThan(0);
    expect(layout.listHeight).toBeLessThan(4);
  });
});
