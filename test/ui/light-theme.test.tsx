import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { createStyles, type Theme } from '../../src/text/styles.js';
import { renderSizedApp } from './sized-app.js';

const { course } = loadCourse(DEFAULT_LESSONS_DIR);

/**
 * SGR parameters that are pale on a white background: faint (2), yellow (33, 93), white (37,
 * 97), bright black / grey (90), cyan (36, 96) and bright green (92).
 */
const PALE = new Set(['2', '33', '93', '37', '97', '90', '36', '96', '92']);

/** Every SGR parameter used in a frame (ESC [ a;b;c m gives a, b and c). */
function sgrParameters(frame: string): Set<string> {
  const found = new Set<string>();
  for (const match of frame.matchAll(/\u001B\[([\d;]*)m/g)) for (const code of (match[1] || '0').split(';')) found.add(code);
  return found;
}

/** The start screen, every step of lesson 1 (text, task, quiz with its options), its end and the help overlay. */
async function framesIn(theme: Theme): Promise<string[]> {
  const styles = createStyles({ color: true, unicode: true, theme });
  const { frame, press } = await renderSizedApp({ course, columns: 80, rows: 24, styles });
  const frames = [frame()];
  await press('\r');
  for (let step = 0; step < (course.lessons[0]?.steps.length ?? 0); step++) {
    frames.push(frame());
    await press('n');
  }
  frames.push(frame());
  await press('?');
  frames.push(frame());
  return frames;
}

describe('colours on a light background', () => {
  it.each(['light', 'both'] as const)('the %s palette uses no pale colour in any frame', async (theme) => {
    const frames = await framesIn(theme);
    expect(frames.some((frame) => frame.includes('Step 8 of 8'))).toBe(true);
    const used = new Set(frames.flatMap((frame) => [...sgrParameters(frame)]));
    // Colour is really on (bold, underline, a colour), and none of it is pale.
    expect(used.has('1')).toBe(true);
    expect([...used].filter((code) => PALE.has(code))).toEqual([]);
  });

  it('the dark palette (chosen only when the terminal says its background is dark) does use them', async () => {
    const used = new Set((await framesIn('dark')).flatMap((frame) => [...sgrParameters(frame)]));
    expect([...used].filter((code) => PALE.has(code)).sort()).toEqual(['2', '36']);
  });
});
