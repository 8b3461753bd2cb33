import { describe, expect, it } from 'vitest';
import { testCourse } from '../fixtures/course.js';
import { renderSizedApp } from './sized-app.js';

const course = testCourse();

/** The whole help overlay, paged down to its end. */
async function helpToTheEnd(onWindows: boolean): Promise<string> {
  const { frame, press } = await renderSizedApp({ course, columns: 80, rows: 40, lessonIndex: 0, onWindows });
  await press('?');
  let seen = frame();
  for (let page = 0; page < 10; page++) {
    await press('d');
    seen += `\n${frame()}`;
  }
  return seen.replace(/\s+/g, ' ');
}

describe('help about the classic Windows console (QuickEdit freezes the tutorial on a click)', () => {
  it('on Windows the help says a click pauses it and Esc goes on', async () => {
    expect(await helpToTheEnd(true)).toContain('In the classic Windows console, a click in the window starts a selection and pauses the tutorial until the selection ends: press Esc (or right-click).');
  });

  it('elsewhere it says nothing about it', async () => {
    expect(await helpToTheEnd(false)).not.toContain('classic Windows console');
  });
});
