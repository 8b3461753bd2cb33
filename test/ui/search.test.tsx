import { describe, expect, it } from 'vitest';
import { searchCourse } from '../../src/course/course-search.js';
import { createStyles, plainStyles, type Styles } from '../../src/text/styles.js';
import { testCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const course = testCourse();

function start(columns: number, rows: number, styles: Styles = plainStyles) {
  return renderSizedApp({ course, columns, rows, styles });
}

describe('course search', () => {
  it('finds titles, text and quiz questions, one hit per step, in course order', () => {
    expect(searchCourse(course, 'path').map((hit) => [hit.lessonIndex, hit.stepIndex])).toEqual([[0, 3]]);
    expect(searchCourse(course, 'WHAT IS RIGHT')[0]).toMatchObject({ lessonIndex: 0, stepIndex: 4 });
    expect(searchCourse(course, 'second')[0]).toMatchObject({ lessonIndex: 1, stepIndex: 1 });
    expect(searchCourse(course, '   ')).toEqual([]);
  });

  it('/ opens it from the start screen; results show lesson and step as you type; Enter jumps there', async () => {
    const { frame, press, type } = await start(80, 24);
    await press('/');
    expect(frame()).toContain('Search: _');
    await type('ten pa');
    expect(frame()).toContain('Search: ten pa_');
    expect(frame()).toContain('> 1.4 Basics › Where to click');
    expect(frame()).toContain('Ten path.');
    await press(keys.enter);
    expect(frame()).toContain('Step 4 of 5');
  });

  it('letters are text in the search box (q does not quit); Backspace erases; Esc closes', async () => {
    const { frame, press, type } = await start(40, 12);
    await press('/');
    await type('qx');
    expect(frame()).toContain('Search: qx_');
    expect(frame()).toContain('No match.');
    await press('\u007f');
    expect(frame()).toContain('Search: q_');
    await press(keys.escape);
    expect(frame()).toContain('1. Basics');
    for (const line of frame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('works in screen-reader mode: the highlighted result says "(selected)"', async () => {
    const { frame, press, type } = await start(40, 24, createStyles({ color: false, unicode: false, screenReader: true }));
    await press('/');
    await type('o');
    expect(frame()).toMatch(/^> 1\.1 Basics › Welcome.*\(selected\)$/m);
    await press(keys.down);
    expect(frame()).toMatch(/^> 1\.2 .*\(selected\)$/m);
  });
});
