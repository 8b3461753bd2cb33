import { describe, expect, it } from 'vitest';
import { printCourse } from '../../src/commands/print.js';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { plainStyles } from '../../src/text/styles.js';

const { course } = loadCourse(DEFAULT_LESSONS_DIR);

describe('print, as a reader sees it', () => {
  it('lesson 2 for Windows 11 at 72 columns (review the snapshot when the lesson changes)', async () => {
    const text = printCourse(course, [course.lessons[1]!], { width: 72, windows: '11', styles: plainStyles });
    expect(text.split('\n').every((line) => line.length <= 72)).toBe(true);
    await expect(text).toMatchFileSnapshot('./__snapshots__/print-before-you-start-win11.txt');
  });
});
