import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { testCourse } from '../fixtures/course.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { keys, tick, typeWithRedraw } from './keys.js';

const course = testCourse();
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function renderApp(progress: ProgressData = emptyProgress(), lessonIndex?: number, options: { course?: Course; onWindows?: boolean } = {}) {
  const shown = options.course ?? course;
  const initial = initialState(shown, progress, lessonIndex === undefined ? {} : { lessonIndex });
  const { sync, saves } = memorySync(progress);
  if (initial.progress !== progress) sync.record(progress, initial.progress);
  const app = render(
    <App
      course={shown}
      initial={initial}
      sync={sync}
      styles={plainStyles}
      openLink={(target) => `Opened ${target}.`}
      onWindows={options.onWindows ?? false}
    />,
  );
  cleanup = app.unmount;
  const frame = () => app.lastFrame() ?? '';
  const type = (...input: string[]) => typeWithRedraw(app, input);
  /** Waits (up to 500 ms) until the frame shows `text`, for keys written straight to stdin. */
  const waitFor = async (text: string) => {
    for (let waited = 0; waited < 500 && !frame().includes(text); waited += 10) await tick(10);
  };
  return { ...app, frame, type, waitFor, saves };
}

describe('App', () => {
  it('shows the lesson list with states and no Continue on a first run', async () => {
    const { frame } = renderApp();
    await tick();
    expect(frame()).toContain('Test course');
    expect(frame()).toContain('0 of 2 lessons done');
    expect(frame()).toContain('> 1. Basics (not started)');
    expect(frame()).toContain('  2. More (not started)');
    expect(frame()).not.toContain('Continue');
  });

  it('opens a lesson, moves through steps and saves after each move', async () => {
    const { frame, type, saves } = renderApp();
    await type(keys.enter);
    expect(frame()).toContain('Lesson 1 of 2: Basics');
    expect(frame()).toContain('Step 1 of 5');
    expect(frame()).toContain('Hello there.');
    await type('n');
    expect(frame()).toContain('Step 2 of 5');
    expect(frame()).toContain('[ ] Not done yet');
    await type(keys.enter);
    expect(frame()).toContain('[x] Done: Mark as done');
    await type('o');
    expect(frame()).toContain('Opened ms-settings:activation.');
    await type(keys.left);
    expect(frame()).toContain('Step 1 of 5');
    expect(saves.at(-1)?.lessons.basics?.currentStep).toBe('welcome');
    expect(saves.at(-1)?.lessons.basics?.completed).toEqual(expect.arrayContaining(['welcome', 'do-thing']));
  });

  it('offers Continue at the saved step first', async () => {
    const progress: ProgressData = {
      ...emptyProgress(),
      lastLesson: 'basics',
      lessons: { basics: { currentStep: 'where', currentIndex: 3, completed: [], answers: {}, finished: false } },
    };
    const { frame, type } = renderApp(progress);
    await tick();
    expect(frame()).toContain('> Continue: Basics, step 4 of 5');
    expect(frame()).toContain('1. Basics (in progress, step 4 of 5)');
    await type(keys.enter);
    expect(frame()).toContain('Step 4 of 5');
  });

  it('shows only the chosen Windows variant, and w switches it', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('n', 'n');
    expect(frame()).toContain('Which Windows do you use?');
    await type(keys.down, keys.enter);
    expect(frame()).toContain('Saved: Windows 10');
    await type('n');
    expect(frame()).toContain('Ten path.');
    expect(frame()).not.toContain('Eleven path.');
    await type('w');
    expect(frame()).toContain('Eleven path.');
    expect(frame()).not.toContain('Ten path.');
  });

  it('shows both variants, labelled, before a choice is made', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('G', 'p');
    expect(frame()).toContain('[Windows 11]');
    expect(frame()).toContain('Eleven path.');
    expect(frame()).toContain('[Windows 10]');
    expect(frame()).toContain('Ten path.');
  });

  it('explains a wrong quiz answer, then confirms the right one', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('G');
    expect(frame()).toContain('What is right?');
    await type(keys.enter);
    expect(frame()).toContain('Not quite: "Wrong answer" is not the answer. Try again.');
    expect(frame()).toContain('That one is wrong.');
    await type(keys.down, keys.enter);
    expect(frame()).toContain('Correct: "Right answer".');
    expect(frame()).toContain('Right is right.');
    await type('n');
    expect(frame()).toContain('Lesson complete: Basics');
    expect(frame()).toContain('Next: More. Press Enter to start it.');
    await type(keys.enter);
    expect(frame()).toContain('Lesson 2 of 2: More');
  });

  it('opens help with ?, ignores lesson keys while it is open, closes with Esc', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('?');
    expect(frame()).toContain('Keys (press ? or Esc to close)');
    // The help is longer than the window now: its last rows are a page down.
    await type('d');
    expect(frame()).toContain('quit (your progress is already saved)');
    await type('n');
    expect(frame()).toContain('Keys (press ? or Esc to close)');
    await type(keys.escape, 'n');
    expect(frame()).toContain('Step 2 of 5');
  });

  it('goes back to the menu with m', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('m');
    expect(frame()).toContain('> Continue: Basics, step 1 of 5');
  });
});

describe('App input', () => {
  it('handles several letters arriving in one read as separate keys', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('nn');
    expect(frame()).toContain('Step 3 of 5');
  });

  it('says how many menu items are hidden when the window is short', async () => {
    const many = { ...course, lessons: Array.from({ length: 30 }, (_, index) => ({ ...course.lessons[1]!, id: `l${index}`, title: `Lesson ${index}` })) };
    const { frame, waitFor } = renderApp(emptyProgress(), undefined, { course: many });
    await waitFor(' more: ');
    expect(frame()).toMatch(/\d+ more: move with ↑↓ or j k/);
  });
});

describe('App input timing', () => {
  it('reads a key sent right after Enter against the lesson that Enter opened', async () => {
    const { frame, stdin, waitFor } = renderApp();
    await tick(30);
    stdin.write(keys.enter);
    stdin.write('n');
    await waitFor('Step 2 of 5');
    expect(frame()).toContain('Step 2 of 5');
  });
});

describe('App on and off Windows', () => {
  it('tells non-Windows users that task pages open on Windows', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0);
    await type('n');
    expect(frame()).toContain('Page: ms-settings:activation  (it opens on Windows)');
    expect(frame()).toContain('o page (Windows)');
  });

  it('offers the open key on Windows', async () => {
    const { frame, type } = renderApp(emptyProgress(), 0, { onWindows: true });
    await type('n');
    expect(frame()).toContain('Step 2');
    expect(frame()).toContain('(press o to open it)');
    expect(frame()).toContain('o open page');
  });
});

describe('App start screen keys', () => {
  const saved: ProgressData = {
    ...emptyProgress(),
    lastLesson: 'basics',
    lessons: { basics: { currentStep: 'where', currentIndex: 3, completed: [], answers: {}, finished: false } },
  };

  it('opens a lesson by the number shown before it, even with Continue listed first', async () => {
    const { frame, type } = renderApp(saved);
    await type('2');
    expect(frame()).toContain('Lesson 2 of 2: More');
  });

  it('moves the highlight with j/k and arrows, wraps around, and opens with Enter', async () => {
    const { frame, type } = renderApp(saved);
    await type('j');
    expect(frame()).toContain('> 1. Basics (in progress, step 4 of 5)');
    await type(keys.up, keys.up);
    expect(frame()).toContain('> Quit');
    await type(keys.down, keys.down, keys.enter);
    expect(frame()).toContain('Lesson 1 of 2: Basics');
    expect(frame()).toContain('Step 4 of 5');
  });
});

describe('App with ids from lesson files', () => {
  it('a lesson with the id "constructor" opens from the list and goes on with n', async () => {
    const odd = { ...course, lessons: [{ ...course.lessons[1]!, id: 'constructor', title: 'Odd id' }] };
    const { frame, type, saves } = renderApp(emptyProgress(), undefined, { course: odd });
    await type(keys.enter);
    expect(frame()).toContain('Step 1 of 2');
    await type('n');
    expect(frame()).toContain('Step 2 of 2');
    expect(saves.at(-1)?.lessons.constructor).toMatchObject({ currentStep: 'two', completed: ['one'] });
  });
});

describe('App saving', () => {
  it('saves a step change at once, so quitting right after a key loses nothing', async () => {
    const { type, saves } = renderApp(emptyProgress(), 0);
    await type('nq');
    expect(saves.at(-1)?.lessons.basics?.currentStep).toBe('do-thing');
  });

  it('on the last lesson the finished screen does not offer a next lesson', async () => {
    const { frame, type } = renderApp(emptyProgress(), 1);
    await type('G', 'n');
    expect(frame()).toContain('That was the last lesson.');
    expect(frame()).not.toContain('Enter next lesson');
  });
});
