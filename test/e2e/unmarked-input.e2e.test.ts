/**
 * Input from a real terminal that is not keys, though it looks like typing: a paste without
 * bracketed-paste markers (Windows consoles, tmux without -p, a slow link delivering it in
 * pieces) and terminal replies ended by ST. Reliability review 2026-12, N5 and N6. Run
 * `npm run build` first (`npm test` does).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lessonFileNames, readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, listJson, makeConfigHome, selectedRow, startCli, stepHeader, type CliSession } from './pty-harness.js';

const TEST_TIMEOUT = 40_000;
const names = lessonFileNames();
const lesson1 = readLesson(names[0] ?? '');
const lesson2 = readLesson(names[1] ?? '');
const lesson3 = readLesson(names[2] ?? '');
const lesson5 = readLesson(names[4] ?? '');
/** The shell after the tutorial prints whatever the terminal still holds for it. */
const SHELL_READS_LEFTOVERS = `stty -icanon min 0 time 5; printf '[shell read: %s]\\n' "$(cat)"`;
const PASTE = `nq${'a'.repeat(30_000)}\necho INJECTED_BY_PASTE\n`;
const ST = '\u001B\\';

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

beforeAll(() => assertBuilt());
afterEach(async () => cleanupE2e());

/**
 * Presses `key` until the screen matches: a key sent right after a paste may be read as the
 * paste's tail (by design), and a loaded machine decides how soon that is. `key` must be
 * idempotent (G: last step), so a press that did act twice changes nothing.
 */
async function pressUntil(cli: CliSession, key: string, expected: RegExp): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    await cli.press(key);
    try {
      return await cli.waitFor(expected, 2_000);
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

async function pasteSurvives(send: (cli: CliSession) => Promise<void>): Promise<void> {
  const cli = startCli({ configHome: makeConfigHome(), args: ['--lesson', '5'], shellAfter: SHELL_READS_LEFTOVERS });
  const total = lesson5.steps.length;
  await cli.waitFor(stepHeader(5, 1, total));
  await send(cli);
  // The paste's "n" did not move on and its "q" did not quit: the tutorial still reads keys.
  expect(cli.exited).toBe(false);
  expect(cli.screen()).toMatch(stepHeader(5, 1, total));
  await pressUntil(cli, 'G', stepHeader(5, total, total));
  await cli.press('q');
  // Nothing of the paste reached the shell.
  const screen = await cli.waitFor(/\[shell read: .*\]/);
  expect(screen).toContain('[shell read: ]');
  expect(screen).not.toContain('INJECTED_BY_PASTE');
  expect(await cli.waitForExit()).toBe(0);
}

describe('a paste without bracketed-paste markers (N5)', () => {
  it('sent at once (tmux paste-buffer without -p): "n" and "q" in it do nothing, and none of it reaches the shell', { timeout: TEST_TIMEOUT }, async () => {
    await pasteSurvives(async (cli) => {
      // press(): once the app reads keys in raw mode (before, the terminal itself would echo it).
      await cli.press(PASTE);
      await sleep(1_000);
    });
  });

  it('sent in 4 KB pieces 60 ms apart (a slow link): the same', { timeout: TEST_TIMEOUT }, async () => {
    await pasteSurvives(async (cli) => {
      await cli.press(PASTE.slice(0, 4096));
      for (let at = 4096; at < PASTE.length; at += 4096) {
        await sleep(60);
        cli.write(PASTE.slice(at, at + 4096));
      }
      await sleep(1_000);
    });
  });

  it('a key pressed twice quickly still acts twice', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lesson', '5'] });
    const total = lesson5.steps.length;
    await cli.waitFor(stepHeader(5, 1, total));
    await cli.press('n');
    await sleep(40);
    cli.write('n');
    await cli.waitFor(stepHeader(5, 3, total));
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });
});

describe('terminal replies ended by ST (N6)', () => {
  it('an OSC 11 colour reply on a task step neither moves the position nor opens the search', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome, args: ['--lesson', '3'] });
    const total = lesson3.steps.length;
    await cli.waitFor(stepHeader(3, 1, total));
    await cli.press('G');
    await cli.waitFor(stepHeader(3, total, total));
    await cli.press('p');
    await cli.waitFor(stepHeader(3, total - 1, total));
    // ESC ] 11 ; rgb:1a1a/1a1a/1a1a ESC \ : "g" used to go to the first step, "/" to open the search.
    await cli.press(`\u001B]11;rgb:1a1a/1a1a/1a1a${ST}`);
    await cli.press('G');
    const screen = await cli.waitFor(stepHeader(3, total, total));
    expect(screen).not.toContain('1a1a');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    expect(listJson(configHome)[2]).toMatchObject({ id: lesson3.id, currentStep: total });
  });

  it('a DCS XTVERSION reply on the start screen does not open a lesson', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome });
    await cli.waitFor((screen) => selectedRow(screen)?.includes(lesson1.title) === true);
    // ESC P >|XTerm(390) ESC \ : its "3" used to open lesson 3.
    await cli.press(`\u001BP>|XTerm(390)${ST}`);
    await cli.press('j');
    await cli.waitFor((screen) => selectedRow(screen)?.includes(lesson2.title) === true);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    expect(listJson(configHome).map((lesson) => (lesson as unknown as { status: string }).status)).toEqual(names.map(() => 'new'));
  });
});
