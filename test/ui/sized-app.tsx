import { render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { plainStyles, type Styles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { tick } from './keys.js';
import { resizeTo } from './resize.js';

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

export interface SizedAppOptions {
  readonly course: Course;
  readonly columns: number;
  readonly rows: number;
  /** Open this lesson directly (as --lesson does); the start screen otherwise. */
  readonly lessonIndex?: number;
  readonly progress?: ProgressData;
  readonly styles?: Styles;
}

/** The App in a terminal of the given size, over an in-memory store; unmounted after each test. */
export async function renderSizedApp(options: SizedAppOptions) {
  const { course, columns, rows, lessonIndex, progress = emptyProgress(), styles = plainStyles } = options;
  const { sync, saves } = memorySync(progress);
  const initial = initialState(course, progress, lessonIndex === undefined ? {} : { lessonIndex });
  const app = render(<App course={course} initial={initial} sync={sync} styles={styles} openLink={() => ''} onWindows={false} />);
  unmount = app.unmount;
  await resizeTo(app.stdout, columns, rows);
  const frame = () => app.lastFrame() ?? '';
  const press = async (key: string) => {
    app.stdin.write(key);
    await tick(60);
  };
  /** Types text one character at a time, each with its redraw. */
  const type = async (text: string) => {
    for (const char of text) await press(char);
  };
  return { frame, press, type, saves };
}
