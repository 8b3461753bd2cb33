import { describe, expect, it } from 'vitest';
import { printCourse } from '../../src/commands/print.js';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { plainStyles } from '../../src/text/styles.js';
import { displayWidth } from '../../src/text/wrap.js';

const { course } = loadCourse(DEFAULT_LESSONS_DIR);
/** A URL cannot be broken without breaking it for the reader, so only a line holding one may be longer. */
const URL_LINE = /^\W*(https?:\/\/|ms-settings:)\S+$/;

describe('print --width', () => {
  it.each([20, 30, 40, 60])('every line of the course fits %i columns, headings and underlines included', (width) => {
    const text = printCourse(course, course.lessons, { width, windows: null, styles: plainStyles });
    const over = text.split('\n').filter((line) => displayWidth(line) > width && !URL_LINE.test(line.trim()));
    expect(over).toEqual([]);
  });

  it('wraps a long step heading and underlines it as wide as its widest line', () => {
    const lesson = course.lessons[0];
    const step = lesson?.steps[0];
    if (!lesson || !step) throw new Error('no lesson');
    const long = { ...lesson, steps: [{ ...step, title: 'A step heading that is much longer than forty columns' }] };
    const lines = printCourse({ ...course, lessons: [long] }, [long], { width: 40, windows: null, styles: plainStyles }).split('\n');
    const first = lines.findIndex((line) => line.startsWith('Step 1 of 1: A step'));
    expect(lines.slice(first, first + 3)).toEqual(['Step 1 of 1: A step heading that is much', 'longer than forty columns', '-'.repeat(40)]);
  });
});
