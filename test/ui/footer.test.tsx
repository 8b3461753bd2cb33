import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { footerHints, type Context } from '../../src/tutor/keymap.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { footerLines } from '../../src/ui/footer-lines.js';
import { testCourse } from '../fixtures/course.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { keys, tick } from './keys.js';
import { resizeTo } from './resize.js';

const CONTEXTS: readonly Context[] = ['menu', 'text', 'task', 'quiz', 'choice', 'check', 'finished', 'help'];

/** Every hint on a footer line is a whole hint from the keymap: a key never sits apart from its label. */
function splitHints(lines: readonly string[], context: Context): string[] {
  const whole = new Set(footerHints(context));
  return lines.flatMap((line) => line.split('  ')).filter((part) => !whole.has(part));
}

describe('footer', () => {
  it.each([30, 40, 50, 60, 80, 100])('keeps each key with its label at %i columns, always listing help and quit', (width) => {
    for (const context of CONTEXTS) {
      const lines = footerLines(context, width, 24, plainStyles);
      expect(splitHints(lines, context), `${context} at ${width}: ${JSON.stringify(lines)}`).toEqual([]);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      const text = lines.join('  ');
      expect(text).toContain('q quit');
      expect(text).toMatch(/\? help|\?\/Esc close/);
    }
  });

  it('drops the least useful hints first: Win 10/11 goes before next', () => {
    const lines = footerLines('quiz', 40, 24, plainStyles).join('  ');
    expect(lines).not.toContain('w Win 10/11');
    expect(lines).toContain('n/→ next');
  });

  let unmount: (() => void) | null = null;
  afterEach(() => unmount?.());

  it('on a quiz step at 80x24 no footer line is a lone label like "quit"', async () => {
    const course = testCourse();
    const progress = emptyProgress();
    const app = render(
      <App course={course} initial={initialState(course, progress)} sync={memorySync(progress).sync} styles={plainStyles} openLink={() => ''} onWindows={false} />,
    );
    unmount = app.unmount;
    await resizeTo(app.stdout, 80, 24);
    app.stdin.write(keys.enter);
    await tick();
    for (let step = 0; step < 4; step++) {
      app.stdin.write('n');
      await tick();
    }
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('What is right?');
    const footer = frame.split('\n').slice(-2);
    expect(footer.join('\n')).toContain('q quit');
    for (const line of footer) expect(line.trim()).not.toMatch(/^(quit|help|next|back|menu)$/);
  });
});
