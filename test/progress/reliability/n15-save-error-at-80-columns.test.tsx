/**
 * N15 (reliability review 2026-12): at 80 columns the save-error line was cut to "Could not save
 * progress:…": the lock's path is one long word, and the advice ("remove it so progress can be
 * saved") came after it. The advice now comes first, naming the file, and the folder is short.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, expect, it, vi } from 'vitest';
import { courseScope } from '../../../src/progress/course-scope.js';
import { ProgressSync } from '../../../src/progress/progress-sync.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { plainStyles } from '../../../src/text/styles.js';
import { initialState } from '../../../src/tutor/reducer.js';
import { App } from '../../../src/ui/app.js';
import { testCourse } from '../../fixtures/course.js';
import { tick, typeWithRedraw } from '../../ui/keys.js';
import { resizeTo } from '../../ui/resize.js';
import { tempDir } from '../helpers.js';

let unmount = () => {};
afterEach(() => {
  unmount();
  vi.unstubAllEnvs();
});

it('the repro: a folder in place of config.json.lock; the 80-column top line says which file to remove, and from where', async () => {
  const home = tempDir('winlink-n15-');
  vi.stubEnv('HOME', home);
  const dir = path.join(home, '.config', 'winlink-tutor');
  mkdirSync(path.join(dir, 'config.json.lock'), { recursive: true });
  const course = testCourse();
  const store = openProgressStore({ dir, course: courseScope(course, '/test-course', '/test-course') });
  const loaded = store.load();
  const app = render(<App course={course} initial={initialState(course, loaded, { lessonIndex: 0 })} sync={new ProgressSync(store, loaded)} styles={plainStyles} />);
  unmount = app.unmount;
  await resizeTo(app.stdout, 80, 24);
  await typeWithRedraw(app, ['n']);
  await tick(100);
  const top = (app.lastFrame() ?? '').split('\n')[0] ?? '';
  expect(top).toMatch(/^Could not save progress: remove config\.json\.lock from ~\/\.config\/winlink-tutor/);
  expect(top.length).toBeLessThanOrEqual(80);
});
