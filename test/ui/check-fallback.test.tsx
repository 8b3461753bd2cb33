import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { lesson } from '../fixtures/course.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { tick } from './keys.js';

const CHECK = `---
id: check
title: Check
summary: One activation check.
minutes: 1
---

## Look {#look}

\`\`\`check
show: activation
\`\`\`
`;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

// Review 2026-12 N-I6: "Settings > Activation" is neither Windows 11's path nor Windows 10's.
describe('the activation check step when the check fails', () => {
  it('names the Activation page by both real Settings paths', async () => {
    const course: Course = { title: 'Check course', lessons: [lesson(CHECK, '01-check.md')] };
    const progress = emptyProgress();
    const { sync } = memorySync(progress);
    const app = render(
      <App
        course={course}
        initial={initialState(course, progress, { lessonIndex: 0 })}
        sync={sync}
        styles={plainStyles}
        openLink={() => ''}
        checkActivation={() => Promise.reject(new Error('stopped'))}
      />,
    );
    cleanup = app.unmount;
    const frame = () => (app.lastFrame() ?? '').replace(/\s+/g, ' ');
    for (let waited = 0; waited < 500 && !frame().includes('did not finish'); waited += 10) await tick(10);
    expect(frame()).toContain('did not finish; open the Activation page in Settings instead');
    expect(frame()).toContain('Windows 11: System > Activation; Windows 10: Update & Security > Activation');
    expect(frame()).not.toContain('open Settings > Activation');
  });
});
