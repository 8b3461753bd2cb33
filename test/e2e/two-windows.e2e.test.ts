/**
 * Two tutorial windows and `reset` on one progress file, in real terminals: what the audit saw
 * lost or brought back (a reset undone by a window left open; an older window moving the
 * saved position back).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, goToStep, listJson, makeConfigHome, runCli, startCli, stepHeader, type CliSession } from './pty-harness.js';

const lesson1 = readLesson('01-why-link.md');
const lesson2 = readLesson('02-before-you-start.md');
const TEST_TIMEOUT = 40_000;

beforeAll(assertBuilt);
afterEach(cleanupE2e);

async function quit(cli: CliSession): Promise<void> {
  await cli.press('q');
  expect(await cli.waitForExit()).toBe(0);
}

describe('two windows and reset', () => {
  it('a reset stays: the window left open does not write back what it had loaded', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const window = startCli({ configHome });
    await goToStep(window, lesson1, 1, 3);
    await window.press('m');
    await goToStep(window, lesson2, 2, 2);
    expect(listJson(configHome).filter((lesson) => lesson.currentStep > 1).map((lesson) => lesson.id)).toEqual([lesson1.id, lesson2.id]);

    expect(runCli(configHome, ['reset', '--yes'])).toContain('Forgot all your progress');
    await window.press('n');
    // The window says what happened above the lesson, which moved on by one step.
    await window.waitFor(/^Progress was reset in another window.*\nLesson 2 of \d+: [^\n]*\n[^\n]*\nStep 3 of /);
    await quit(window);

    const [first, second] = listJson(configHome);
    // Lesson 1 stays forgotten; lesson 2 has only what was done after the reset.
    expect(first).toMatchObject({ id: lesson1.id, currentStep: 1, stepsCompleted: 0 });
    expect(second).toMatchObject({ id: lesson2.id, currentStep: 3 });
    expect(second?.stepsCompleted).toBeLessThanOrEqual(1);
  });

  it('a window opened earlier resumes where the other window left off', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const older = startCli({ configHome });
    await older.waitFor(`1. ${lesson1.title}`);
    const newer = startCli({ configHome });
    await goToStep(newer, lesson1, 1, 5);
    await quit(newer);

    await older.press('1');
    await older.waitFor(stepHeader(1, 5, lesson1.steps.length));
    await quit(older);
    expect(listJson(configHome)[0]).toMatchObject({ id: lesson1.id, currentStep: 5 });
  });
});
