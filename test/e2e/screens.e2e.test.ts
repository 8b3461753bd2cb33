/**
 * Screens that look finished (issue 14): each story drives the built CLI in a pseudo-terminal
 * at 80x24 and 40 columns and reads what a new user would see.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, expectFrameFits, goToStep, makeConfigHome, startCli } from './pty-harness.js';

const lesson1 = readLesson('01-why-link.md');
const TEST_TIMEOUT = 30_000;
const quizStep = lesson1.steps.findIndex((step) => step.title === lesson1.quizzes[0]?.stepTitle) + 1;

beforeAll(() => assertBuilt());
afterEach(async () => {
  await cleanupE2e();
});

describe('footer', () => {
  it.each([
    [80, 24],
    [40, 24],
  ])('on a quiz step at %ix%i every key stays with its label and help and quit are listed', { timeout: TEST_TIMEOUT }, async (cols, rows) => {
    const cli = startCli({ configHome: makeConfigHome(), cols, rows });
    await goToStep(cli, lesson1, 1, quizStep);
    await cli.waitFor(/q quit/);
    const screen = cli.rows();
    const footer = screen.slice(-4).join('\n');
    expect(footer).toContain('? help');
    for (const row of screen) expect(row.trim(), cli.screen()).not.toMatch(/^(quit|help|next|back|menu|select|move)\b/);
    expectFrameFits(cli, /^Lesson 1 of/);
  });
});
