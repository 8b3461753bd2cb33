import { render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import type { Course } from '../../src/course/types.js';
import type { Translate } from '../../src/i18n/ui-strings.js';
import type { Prober } from '../../src/probes/prober.js';
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
  /** As on Windows: tasks open pages, and the prober (if given) is asked things. */
  readonly onWindows?: boolean;
  readonly prober?: Prober;
  readonly verifyIntervalMs?: number;
  /** The UI's words (English when absent). */
  readonly t?: Translate;
}

/** The App in a terminal of the given size, over an in-memory store; unmounted after each test. */
export async function renderSizedApp(options: SizedAppOptions) {
  const { course, columns, rows, lessonIndex, progress = emptyProgress(), styles = plainStyles, onWindows = false, prober, verifyIntervalMs, t } = options;
  const { sync, saves } = memorySync(progress);
  const initial = initialState(course, progress, lessonIndex === undefined ? {} : { lessonIndex });
  const app = render(<App course={course} initial={initial} sync={sync} styles={styles} openLink={() => ''} onWindows={onWindows} prober={prober ?? null} verifyIntervalMs={verifyIntervalMs} {...(t ? { t } : {})} />);
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
  /** Waits (up to 2 s) until the frame shows `text`: probes answer in the background. */
  const waitFor = async (text: string) => {
    for (let waited = 0; waited < 2000 && !frame().includes(text); waited += 10) await tick(10);
    return frame();
  };
  return { frame, press, type, saves, waitFor, unmount: app.unmount };
}
