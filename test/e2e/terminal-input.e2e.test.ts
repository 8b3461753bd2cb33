/**
 * What reaches the tutorial from the terminal besides keys, and what the terminal looks like
 * afterwards: pastes, stray escape sequences (mouse and cursor reports, Alt+key), Ctrl+Z and
 * `fg`, resizing, and the way out (exit message, Ctrl+C at the reset question). Run
 * `npm run build` first (`npm test` does).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, keys, listJson, makeConfigHome, startCli, stepHeader } from './pty-harness.js';

const lesson1 = readLesson('01-why-link.md');
const TEST_TIMEOUT = 30_000;

beforeAll(() => assertBuilt());
afterEach(async () => cleanupE2e());

describe('the way out', () => {
  it('Ctrl+C at the reset question: "Nothing was changed.", exit 130, progress kept', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const tutor = startCli({ configHome, args: ['--lesson', '1'] });
    await tutor.waitFor(stepHeader(1, 1, lesson1.steps.length));
    await tutor.press('n');
    await tutor.waitFor(stepHeader(1, 2, lesson1.steps.length));
    await tutor.press('q');
    expect(await tutor.waitForExit()).toBe(0);

    const reset = startCli({ configHome, args: ['reset'] });
    await reset.waitFor('Forget all your progress? [y/N]');
    await reset.press(keys.ctrlC);
    expect(await reset.waitForExit()).toBe(130);
    const screen = reset.screen();
    expect(screen).toContain('Forget all your progress? [y/N]\nNothing was changed.');
    expect(screen).not.toContain('unexpected error');
    expect(listJson(configHome)[0]?.currentStep).toBe(2);
  });

  it('Ctrl+D at the reset question counts as no: "Nothing was changed." on its own line, exit 0', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['reset'] });
    await cli.waitFor('[y/N]');
    await cli.press('\u0004');
    expect(await cli.waitForExit()).toBe(0);
    expect(cli.screen()).toContain('Forget all your progress? [y/N]\nNothing was changed.');
  });

  it('--lesson -1 says there is no such lesson (Node used to call the argument ambiguous)', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lesson', '-1'] });
    expect(await cli.waitForExit()).toBe(1);
    expect(cli.screen()).toContain('winlink-tutor: no lesson "-1"');
  });
});
