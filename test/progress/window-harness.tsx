import { render } from 'ink-testing-library';
import type { Course } from '../../src/course/types.js';
import { courseScope } from '../../src/progress/course-scope.js';
import { ProgressSync } from '../../src/progress/progress-sync.js';
import { openProgressStore } from '../../src/progress/store.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { tick, typeWithRedraw } from '../ui/keys.js';

export interface Window {
  readonly frame: () => string;
  /** Types keys one by one, letting each frame and its save happen. */
  readonly type: (...keys: string[]) => Promise<void>;
  readonly sync: ProgressSync;
  readonly close: () => void;
}

/** A tutorial window as the CLI opens it: the real progress file in `dir`, the App on top. */
export function openWindow(dir: string, course: Course, lessonsDir = '/test-course'): Window {
  const store = openProgressStore({ dir, course: courseScope(course, lessonsDir, '/test-course') });
  const loaded = store.load();
  const sync = new ProgressSync(store, loaded);
  const app = render(<App course={course} initial={initialState(course, loaded)} sync={sync} styles={plainStyles} />);
  return {
    frame: () => app.lastFrame() ?? '',
    type: async (...keys: string[]) => {
      // Each key waits for its redraw (up to 500 ms), then for its save, which follows the frame.
      for (const key of keys) {
        await typeWithRedraw(app, [key]);
        await tick(10);
      }
    },
    sync,
    close: app.unmount,
  };
}
