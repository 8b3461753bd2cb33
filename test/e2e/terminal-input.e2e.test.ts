/**
 * What reaches the tutorial from the terminal besides keys, and what the terminal looks like
 * afterwards: pastes, stray escape sequences (mouse and cursor reports, Alt+key), Ctrl+Z and
 * `fg`, resizing, and the way out (exit message, Ctrl+C at the reset question). Run
 * `npm run build` first (`npm test` does).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import {
  assertBuilt,
  cleanupE2e,
  expectFrameFits,
  keys,
  listJson,
  makeConfigHome,
  selectedRow,
  startCli,
  stepHeader,
  type CliSession,
} from './pty-harness.js';

const SHORT_LESSONS = fileURLToPath(new URL('../fixtures/short-lessons', import.meta.url));
const lesson1 = readLesson('01-why-link.md');
const lesson2 = readLesson('02-before-you-start.md');
const TEST_TIMEOUT = 30_000;

const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
const PASTE_ON = '\u001B[?2004h';
const PASTE_OFF = '\u001B[?2004l';
const SHOW_CURSOR = '\u001B[?25h';
const CTRL_Z = '\u001A';
const SAVED_MESSAGE = 'Your progress is saved. Run winlink-tutor again to continue where you left off.';

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

beforeAll(() => assertBuilt());
afterEach(async () => cleanupE2e());

/** Waits until the menu shows `title` as the selected row. */
function menuSelected(cli: CliSession, title: string): Promise<string> {
  return cli.waitFor(function selected(screen) {
    return selectedRow(screen)?.includes(title) === true;
  });
}

/** The process state letter from ps (T: stopped), or '' once it is gone. */
function processState(pid: number): Promise<string> {
  return new Promise((done) => {
    execFile('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }, (error, stdout) => done(error ? '' : stdout.trim()));
  });
}

async function waitForState(pid: number, wanted: (state: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await processState(pid);
    if (wanted(state)) return state;
    if (Date.now() > deadline) throw new Error(`process ${pid} did not become ${what}; ps says "${state}"`);
    await sleep(25);
  }
}

describe('pasting into the tutorial', () => {
  it('turns bracketed paste on, ignores pasted text (even "q", digits and Enter) and turns it off on exit', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome() });
    await menuSelected(cli, lesson1.title);
    expect(cli.rawOutput()).toContain(PASTE_ON);
    await cli.press(`${PASTE_START}echo q 2 3${PASTE_END}`);
    // A paste the terminal sends in pieces, with Enter inside.
    cli.write(`${PASTE_START}first part q 1\r`);
    await cli.press(`second part 3 q${PASTE_END}`);
    // A real key after the pastes: the menu moves, so the pastes were read and did nothing.
    await cli.press('j');
    const screen = await menuSelected(cli, lesson2.title);
    expect(screen).toContain('0 of 7 lessons done');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    const raw = cli.rawOutput();
    expect(raw.lastIndexOf(PASTE_OFF), 'bracketed paste is switched off at the end').toBeGreaterThan(raw.lastIndexOf(PASTE_ON));
  });

  it('keys still arriving while the tutorial quits are read and dropped, not run by the shell', { timeout: TEST_TIMEOUT }, async () => {
    // After the tutorial, the shell reads whatever the terminal still holds (without waiting for Enter).
    const cli = startCli({ configHome: makeConfigHome(), shellAfter: `stty -icanon min 0 time 5; printf '[shell read: %s]\\n' "$(cat)"` });
    await menuSelected(cli, lesson1.title);
    await cli.press('q');
    // The rest of a paste that the terminal sends in a second piece, just after the "q".
    await sleep(30);
    cli.write('echo LEAKED');
    const screen = await cli.waitFor(/\[shell read: .*\]/);
    expect(screen).toContain('[shell read: ]');
    expect(await cli.waitForExit()).toBe(0);
  });
});

describe('escape sequences that are not keys', () => {
  it('mouse reports, cursor position reports, focus events and Alt+key do nothing', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome() });
    await menuSelected(cli, lesson1.title);
    const junk = [
      '\u001B[<0;10;5M', // SGR mouse press (holds a 1: used to open lesson 1)
      '\u001B[<0;10;5m', // SGR mouse release
      '\u001B[12;3R', // cursor position report (used to open lesson 3)
      '\u001B[M !%', // X10 mouse report: three raw bytes, the first a space (next step)
      '\u001B[I', // focus in
      '\u001Bq', // Alt+q (used to quit)
      '\u001B2', // Alt+2
      '\u001B\u001B[B', // Alt+Down in some terminals
      '\u001B[1;3B', // Alt+Down in xterm
    ];
    for (const sequence of junk) await cli.press(sequence);
    await cli.press('j');
    const screen = await menuSelected(cli, lesson2.title);
    expect(screen).toContain('0 of 7 lessons done');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });

  it('Esc alone, arrows, Home/End and PgUp/PgDn still work, also as the ESC O and ESC [ n ~ variants', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), cols: 40, rows: 12 });
    const total = lesson1.steps.length;
    await menuSelected(cli, lesson1.title);
    await cli.press('\u001BOB'); // SS3 down
    await menuSelected(cli, lesson2.title);
    await cli.press('\u001BOA'); // SS3 up
    await menuSelected(cli, lesson1.title);
    await cli.press(keys.enter);
    await cli.waitFor(stepHeader(1, 1, total));
    const moves: [string, number][] = [
      ['\u001BOC', 2], // SS3 right
      [keys.right, 3],
      ['\u001BOD', 2], // SS3 left
      [keys.end, total],
      [keys.home, 1],
      ['\u001BOF', total], // SS3 End
      ['\u001BOH', 1], // SS3 Home
      ['\u001B[4~', total], // End as ESC [ 4 ~
      ['\u001B[1~', 1], // Home as ESC [ 1 ~
    ];
    for (const [key, step] of moves) {
      await cli.press(key);
      await cli.waitFor(stepHeader(1, step, total));
    }
    const scrollLine = (screen: string) => screen.split('\n').find((row) => /^lines \d+-\d+ of \d+/.test(row)) ?? '';
    const top = scrollLine(cli.screen());
    expect(top, `step 1 scrolls at 40x12\n${cli.screen()}`).toMatch(/^lines 1-/);
    await cli.press('\u001B[6~'); // PgDn
    await cli.waitFor((screen) => scrollLine(screen) !== top);
    await cli.press('\u001B[5~'); // PgUp
    await cli.waitFor((screen) => scrollLine(screen) === top);
    await cli.press(keys.escape);
    await menuSelected(cli, lesson1.title);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });
});

describe.skipIf(process.platform === 'win32')('Ctrl+Z and fg', () => {
  it.each([
    ['the Ctrl+Z key', (cli: CliSession) => cli.press(CTRL_Z)],
    ['SIGTSTP (kill -TSTP)', (cli: CliSession) => Promise.resolve(cli.signal('SIGTSTP'))],
  ])('%s stops the tutorial with the terminal restored; SIGCONT redraws it and keys work again', { timeout: TEST_TIMEOUT }, async (_name, suspend) => {
    const cli = startCli({ configHome: makeConfigHome() });
    const before = await menuSelected(cli, lesson1.title);
    const written = cli.rawOutput().length;
    await suspend(cli);
    await waitForState(cli.pid, (state) => state.startsWith('T'), 'stopped');
    expect(await cli.terminalIsRaw(), 'line mode for the shell').toBe(false);
    expect(cli.onAlternateScreen(), 'back on the normal screen').toBe(false);
    const restore = cli.rawOutput().slice(written);
    expect(restore).toContain(SHOW_CURSOR);
    expect(restore).toContain(PASTE_OFF);
    // `fg` sends SIGCONT.
    cli.signal('SIGCONT');
    await waitForState(cli.pid, (state) => !state.startsWith('T'), 'running');
    expect(await cli.waitFor((screen) => screen === before)).toBe(before);
    expect(cli.onAlternateScreen()).toBe(true);
    await cli.press('j');
    await menuSelected(cli, lesson2.title);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });
});

describe('resizing', () => {
  it('"Lesson complete" at 80x24, squeezed to 19x7 and back, looks exactly like a fresh render', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lessons-dir', SHORT_LESSONS] });
    await menuSelected(cli, 'One step');
    await cli.press(keys.enter);
    await cli.waitFor('Step 1 of 1');
    await cli.press('n');
    const fresh = await cli.waitFor('Lesson complete: One step');
    cli.resize(19, 7);
    await cli.waitFor('Window too small');
    await cli.waitFor((screen) => screen.trim() === 'Window too small\n(19x7): need 20x7.\nq quits.');
    expectFrameFits(cli, 'Window too small');
    cli.resize(80, 24);
    await cli.waitFor((screen) => screen === fresh);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });
});

describe('the way out', () => {
  it('screen reader: the exit message starts on a line of its own, after the footer', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--screen-reader'] });
    await cli.waitFor('lessons done');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    const rows = cli.rows();
    const message = rows.indexOf(SAVED_MESSAGE);
    expect(message, cli.screen()).toBeGreaterThan(0);
    expect(rows[message - 1], cli.screen()).toMatch(/q quit$/);
  });

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
