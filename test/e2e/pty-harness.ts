/**
 * Drives the built CLI (dist/cli.js) in a real pseudo-terminal and reads what a user would see
 * through a headless xterm of the same size. Used by the end-to-end tests only.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, type IPty } from '@lydell/node-pty';
import stringWidth from 'string-width';
import { expect } from 'vitest';
import type { LessonFile, QuizBlock } from './lesson-file.js';
// @xterm/headless is CommonJS: under ESM its exports arrive on the default import.
import xtermHeadless from '@xterm/headless';

const { Terminal } = xtermHeadless;

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CLI = join(ROOT, 'dist', 'cli.js');

import { keys } from '../keys.js';

export { keys };

export interface StartOptions {
  readonly args?: readonly string[];
  readonly cols?: number;
  readonly rows?: number;
  /** Extra variables, applied last (so a test can set NO_COLOR on purpose). */
  readonly env?: Record<string, string>;
  /** The progress file lives in <configHome>/winlink-tutor/ (WINLINK_CONFIG_DIR), the cache in <configHome>/cache/. */
  readonly configHome: string;
  /**
   * Runs the CLI inside `bash -c`, then this shell code in the same terminal: what the user's
   * shell would read once the CLI has exited. The session's exit code is then the shell's.
   */
  readonly shellAfter?: string;
  /** Runs the CLI with another program than this Node (e.g. Windows' node.exe under Wine): the full command line before the CLI's own arguments. */
  readonly launcher?: readonly string[];
}

export type Expectation = string | RegExp | ((screen: string) => boolean);

/** How the CLI ended: its exit code, or the signal that killed it. */
export interface ExitStatus {
  readonly code: number;
  /** Signal number when the process was killed by a signal, else null. */
  readonly signal: number | null;
  /** What a shell reports as $?: the code, or 128 + the signal number. */
  readonly shell: number;
}

export interface CliSession {
  /** Visible rows joined by \n, trailing spaces trimmed. */
  screen(): string;
  /** Visible rows as an array (same trimming as screen()). */
  rows(): string[];
  /** Indexes of visible rows that xterm had to soft-wrap (the app wrote a line wider than the terminal). */
  wrappedRows(): number[];
  /** Polls the screen until it matches; on timeout the error shows the expectation and the screen. */
  waitFor(expected: Expectation, timeoutMs?: number): Promise<string>;
  /**
   * The last complete frame the app wrote, rows joined by \n (escape sequences removed,
   * trailing spaces trimmed). Unlike screen(), it includes rows that scrolled off the top when
   * a frame was taller than the terminal. '' before the first frame.
   */
  frame(): string;
  /** Like waitFor(), but matches frame() instead of the screen. */
  waitForFrame(expected: Expectation, timeoutMs?: number): Promise<string>;
  /** Polls until the screen no longer matches. */
  waitForGone(expected: Expectation, timeoutMs?: number): Promise<string>;
  /**
   * Writes raw bytes once the app reads keys (raw mode, output settled); a lone Escape is
   * followed by a short pause so it is not read as a meta prefix. Send one key per call: Ink
   * reads plain keys arriving together ("nn", "\rn") as one text input.
   */
  press(keys: string): Promise<void>;
  /** Writes raw bytes at once, without waiting for the app (type-ahead while it quits, say). */
  write(bytes: string): void;
  /** Whether the terminal is in raw mode (null when stty cannot tell). */
  terminalIsRaw(): Promise<boolean | null>;
  /** The process id of the CLI (of bash with `shellAfter`). */
  readonly pid: number;
  resize(cols: number, rows: number): void;
  waitForExit(timeoutMs?: number): Promise<number>;
  /** Like waitForExit(), but also tells whether a signal killed the process. */
  waitForExitStatus(timeoutMs?: number): Promise<ExitStatus>;
  /** Sends a signal to the CLI process, like `kill -TERM <pid>`. */
  signal(name: NodeJS.Signals): void;
  /**
   * Closes the terminal, like closing the window of a terminal emulator: the master side of
   * the pty goes away (reads and writes on the CLI's side then fail) and the CLI gets SIGHUP.
   * Nothing the CLI writes afterwards reaches the screen.
   */
  closeTerminal(): void;
  /** Whether the terminal currently shows its alternate screen buffer. */
  onAlternateScreen(): boolean;
  /** Every byte the CLI wrote, for checking escape sequences. */
  rawOutput(): string;
  readonly exited: boolean;
  readonly cols: number;
  readonly termRows: number;
  kill(): Promise<void>;
}

const live = new Set<CliSession>();
const tempDirs: string[] = [];

/** A fresh, empty config folder for one test; removed by cleanupE2e(). */
export function makeConfigHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'winlink-e2e-'));
  tempDirs.push(dir);
  return dir;
}

export function progressFile(configHome: string): string {
  return join(configHome, 'winlink-tutor', 'config.json');
}

/** Kills every CLI still running, frees the terminals and removes the temp folders. Call from afterEach. */
export async function cleanupE2e(): Promise<void> {
  await Promise.all([...live].map((session) => session.kill()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} does not exist. Build the CLI first: run \`npm run build\` (or \`npm test\`, which builds) in ${ROOT}.`);
  }
}

/**
 * A reproducible environment: the caller's variables minus everything that changes colour,
 * CI detection or screen-reader mode, plus TERM and the progress and cache folders. Those are
 * set with WINLINK_CONFIG_DIR / WINLINK_CACHE_DIR, which every OS honours (XDG only Linux), so
 * no run ever touches the real progress of whoever runs the tests.
 */
export function cliEnv(configHome: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  const drop = [
    'NO_COLOR',
    'FORCE_COLOR',
    'CI',
    'CONTINUOUS_INTEGRATION',
    'BUILD_NUMBER',
    'RUN_ID',
    'GITHUB_ACTIONS',
    'TF_BUILD',
    'AGENT_NAME',
    'TEAMCITY_VERSION',
    'COLORTERM',
    'TERM_PROGRAM',
    'KITTY_WINDOW_ID',
    'INK_SCREEN_READER',
    'WINLINK_DEBUG',
    'NODE_ENV',
    'NODE_OPTIONS',
    // The language is chosen from these (English under C.UTF-8): tests read English screens.
    'WINLINK_LANG',
    'LC_ALL',
    'LC_MESSAGES',
  ];
  for (const name of Object.keys(env)) {
    if (drop.includes(name) || name.startsWith('CI_') || name.startsWith('VITEST')) delete env[name];
  }
  return { ...env, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...ownFolders(configHome), ...extra };
}

/** The variables that put the progress file in <configHome>/winlink-tutor/ and the cache in <configHome>/cache/, on every OS. */
export function ownFolders(configHome: string): { WINLINK_CONFIG_DIR: string; WINLINK_CACHE_DIR: string } {
  return { WINLINK_CONFIG_DIR: join(configHome, 'winlink-tutor'), WINLINK_CACHE_DIR: join(configHome, 'cache') };
}

/** Quiet time before a key is sent; see outputSettled(). */
const QUIET_MS = 120;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Whether the CLI's terminal is in raw mode (icanon off), read with stty from the slave side;
 * null when that cannot be told (no stty). Ink paints its first frame before it switches the
 * terminal to raw mode, and a key typed in between is cooked by the line discipline (Enter
 * arrives as "\n", which Ink does not treat as Enter), so keys are only sent once it is raw.
 */
function ttyIsRaw(ptsName: string): Promise<boolean | null> {
  const flag = process.platform === 'darwin' ? '-f' : '-F';
  return new Promise((done) => {
    execFile('stty', ['-a', flag, ptsName], { encoding: 'utf8', timeout: 5_000 }, (error, stdout) => {
      done(error ? null : /(^|[\s;])-icanon([\s;]|$)/.test(stdout));
    });
  });
}

function describe(expected: Expectation): string {
  if (typeof expected === 'string') return JSON.stringify(expected);
  if (expected instanceof RegExp) return String(expected);
  return expected.name ? `predicate ${expected.name}` : 'predicate';
}

function matches(screen: string, expected: Expectation): boolean {
  if (typeof expected === 'string') return screen.includes(expected);
  if (expected instanceof RegExp) return expected.test(screen);
  return expected(screen);
}

export function startCli(options: StartOptions): CliSession {
  assertBuilt();
  let cols = options.cols ?? 80;
  let termRows = options.rows ?? 24;
  const term = new Terminal({ cols, rows: termRows, allowProposedApi: true, scrollback: 500 });
  const cli = options.launcher ?? [process.execPath, CLI];
  const command = options.shellAfter === undefined ? cli : ['bash', '-c', `"$0" "$@"; ${options.shellAfter}`, ...cli];
  const pty: IPty = spawn(command[0] as string, [...command.slice(1), ...(options.args ?? [])], {
    // node-pty sets TERM from `name`, so a test's own TERM (e.g. dumb) must go here.
    name: options.env?.TERM ?? 'xterm-256color',
    cols,
    rows: termRows,
    cwd: ROOT,
    env: cliEnv(options.configHome, options.env),
  });
  let raw = '';
  let lastOutputAt = Date.now();
  let exitCode: number | null = null;
  let exitSignal: number | null = null;
  let closed = false;
  const exitWaiters: ((code: number) => void)[] = [];
  pty.onData((data) => {
    raw += data;
    lastOutputAt = Date.now();
    term.write(data);
  });
  // Answer terminal queries (cursor position and the like) the way a real terminal would.
  term.onData((data) => {
    if (exitCode === null && !closed) pty.write(data);
  });
  pty.onExit(({ exitCode: code, signal }) => {
    exitCode = code;
    exitSignal = signal ? signal : null;
    for (const waiter of exitWaiters.splice(0)) waiter(code);
  });

  /** Resolves once xterm has parsed everything received so far. */
  const flush = () => new Promise<void>((done) => term.write('', done));

  const rows = (): string[] => {
    const buffer = term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < termRows; y += 1) {
      out.push((buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').replace(/\s+$/, ''));
    }
    return out;
  };
  const screen = () => rows().join('\n');
  const dump = () => {
    const lines = rows().map((line, index) => `${String(index + 1).padStart(2)}|${line}`);
    return `--- screen ${cols}x${termRows}${exitCode === null ? '' : `, process exited with ${exitCode}`} ---\n${lines.join('\n')}\n--- end of screen ---`;
  };

  const ptsName = (pty as IPty & { ptsName?: string }).ptsName;

  /** Resolves once the app reads keys in raw mode (see ttyIsRaw). */
  const inputReady = async (timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (exitCode !== null) return;
      const isRaw = ptsName ? await ttyIsRaw(ptsName) : null;
      if (isRaw === null) {
        // Cannot tell: fall back to a grace period once the first frame is on screen.
        await poll((current) => current.trim() !== '', true, timeoutMs);
        await sleep(300);
        return;
      }
      if (isRaw) return;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the CLI to put the terminal in raw mode\n${dump()}`);
      await sleep(25);
    }
  };

  /**
   * Waits until the CLI has written nothing for QUIET_MS (bounded). Ink paints a frame before
   * React re-subscribes the input handlers of the new screen, so a key sent the instant a new
   * frame appears can still reach the previous screen's handler. This paces keys like a person;
   * it is never used to assert anything about timing.
   */
  const outputSettled = async (): Promise<void> => {
    const giveUp = Date.now() + 2_000;
    for (;;) {
      const quietFor = Date.now() - lastOutputAt;
      if (quietFor >= QUIET_MS || Date.now() > giveUp || exitCode !== null) return;
      await sleep(QUIET_MS - quietFor);
    }
  };

  const frame = (): string => {
    // Ink also sends empty updates (nothing changed): the frame is the last one with rows.
    for (let end = raw.lastIndexOf(SYNC_END); end >= 0; end = raw.lastIndexOf(SYNC_END, end - 1)) {
      const start = raw.lastIndexOf(SYNC_START, end);
      if (start < 0) break;
      const rows = frameRows(raw.slice(start + SYNC_START.length, end)).map((row) => row.replace(/\s+$/, ''));
      if (rows.some((row) => row !== '')) return rows.join('\n');
      if (end === 0) break;
    }
    return '';
  };

  const poll = async (expected: Expectation, want: boolean, timeoutMs: number, read: 'screen' | 'frame' = 'screen'): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await flush();
      const current = read === 'screen' ? screen() : frame();
      if (matches(current, expected) === want) return current;
      if (Date.now() > deadline) {
        const shown = read === 'frame' ? `--- last frame ---\n${current}\n` : '';
        throw new Error(`Timed out after ${timeoutMs} ms waiting for the ${read} ${want ? 'to show' : 'to stop showing'} ${describe(expected)}\n${shown}${dump()}`);
      }
      await sleep(25);
    }
  };

  const session: CliSession = {
    screen,
    rows,
    wrappedRows() {
      const buffer = term.buffer.active;
      const wrapped: number[] = [];
      for (let y = 0; y < termRows; y += 1) {
        if (buffer.getLine(buffer.viewportY + y)?.isWrapped) wrapped.push(y);
      }
      return wrapped;
    },
    waitFor: (expected, timeoutMs = 10_000) => poll(expected, true, timeoutMs),
    waitForGone: (expected, timeoutMs = 10_000) => poll(expected, false, timeoutMs),
    frame,
    waitForFrame: (expected, timeoutMs = 10_000) => poll(expected, true, timeoutMs, 'frame'),
    async press(bytes) {
      await inputReady(10_000);
      await outputSettled();
      if (exitCode !== null) throw new Error(`Cannot press ${JSON.stringify(bytes)}: the CLI already exited with ${exitCode}\n${dump()}`);
      if (closed) throw new Error(`Cannot press ${JSON.stringify(bytes)}: the terminal was closed`);
      pty.write(bytes);
      // Ink reads ESC followed by another key in the same chunk as Alt+key: let it arrive alone.
      if (bytes === keys.escape) await sleep(150);
    },
    write(bytes) {
      if (exitCode === null && !closed) pty.write(bytes);
    },
    terminalIsRaw: () => (ptsName ? ttyIsRaw(ptsName) : Promise.resolve(null)),
    get pid() {
      return pty.pid;
    },
    resize(newCols, newRows) {
      cols = newCols;
      termRows = newRows;
      term.resize(newCols, newRows);
      if (exitCode === null && !closed) pty.resize(newCols, newRows);
    },
    waitForExit(timeoutMs = 10_000) {
      if (exitCode !== null) return flush().then(() => exitCode as number);
      return new Promise<number>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`Timed out after ${timeoutMs} ms waiting for the CLI to exit\n${dump()}`)), timeoutMs);
        exitWaiters.push((code) => {
          clearTimeout(timer);
          void flush().then(() => done(code));
        });
      });
    },
    async waitForExitStatus(timeoutMs = 10_000) {
      const code = await session.waitForExit(timeoutMs);
      return { code, signal: exitSignal, shell: exitSignal === null ? code : 128 + exitSignal };
    },
    signal(name) {
      if (exitCode !== null) throw new Error(`Cannot send ${name}: the CLI already exited with ${exitCode}\n${dump()}`);
      pty.kill(name);
    },
    closeTerminal() {
      closed = true;
      // node-pty closes its end of the pty, then sends SIGHUP, as terminal emulators do.
      (pty as IPty & { destroy(): void }).destroy();
    },
    onAlternateScreen: () => term.buffer.active.type === 'alternate',
    rawOutput: () => raw,
    get exited() {
      return exitCode !== null;
    },
    get cols() {
      return cols;
    },
    get termRows() {
      return termRows;
    },
    async kill() {
      if (!live.has(session)) return;
      if (exitCode === null) {
        try {
          // ConPTY takes no signal name ("Signals not supported on windows") and would leak the CLI.
          if (process.platform === 'win32') pty.kill();
          else pty.kill('SIGKILL');
        } catch {
          // Already gone.
        }
        await Promise.race([new Promise<void>((done) => exitWaiters.push(() => done())), sleep(2_000)]);
      }
      live.delete(session);
      term.dispose();
    },
  };
  live.add(session);
  return session;
}

/* ---------- Helpers shared by the scenarios: reading the app's screens ---------- */

/** Rows of the selection lists (menu, quiz, choice): "> " marks the selected one. */
export function listRows(screen: string): string[] {
  return screen.split('\n').filter((row) => /^(> | {2})\S/.test(row));
}

/** The selected row of a list ("> label", plus " (selected)" in screen-reader mode). */
export function selectedRow(screen: string): string | undefined {
  return screen.split('\n').find((row) => row.startsWith('> '));
}

/** Moves the list selection down (with `key`) until the selected row matches, then presses Enter. */
export async function pickListItem(cli: CliSession, target: RegExp, key: string = keys.down): Promise<void> {
  for (let moves = 0; moves < 20; moves += 1) {
    const current = selectedRow(await cli.waitFor((screen) => selectedRow(screen) !== undefined));
    if (current !== undefined && target.test(current)) {
      await cli.press(keys.enter);
      return;
    }
    await cli.press(key);
    await cli.waitFor(function selectionMoved(screen) {
      return selectedRow(screen) !== current;
    });
  }
  throw new Error(`No list item matching ${String(target)}\n${cli.screen()}`);
}

/** Answers a quiz step by moving with j to the option at `index`, then pressing Enter. */
export async function answerQuiz(cli: CliSession, quiz: QuizBlock, index: number): Promise<void> {
  expect(quiz.options[index], `option ${index + 1} of "${quiz.question}"`).toBeDefined();
  await cli.waitFor(/^> \d+\. /m);
  await pickListItem(cli, new RegExp(`^> ${index + 1}\\. `), 'j');
}

/** The top of a lesson screen: lesson line, step title, "Step n of total". */
export function stepHeader(lessonNumber: number, stepNumber: number, total: number): RegExp {
  return new RegExp(`^Lesson ${lessonNumber} of \\d+: [^\\n]*\\n[^\\n]*\\nStep ${stepNumber} of ${total}\\b`);
}

/** The frame fits the terminal: nothing scrolled off the top, no soft-wrapped rows, last row free. */
export function expectFrameFits(cli: CliSession, firstRow: string | RegExp): void {
  const rows = cli.rows();
  const where = `\n${cli.screen()}`;
  expect(rows, where).toHaveLength(cli.termRows);
  if (typeof firstRow === 'string') expect(rows[0], where).toBe(firstRow);
  else expect(rows[0], where).toMatch(firstRow);
  expect(rows.at(-1), `the frame must be shorter than the terminal${where}`).toBe('');
  expect(cli.wrappedRows(), `rows wider than the terminal were soft-wrapped${where}`).toEqual([]);
  for (const row of rows) expect([...row].length, where).toBeLessThanOrEqual(cli.cols);
}

/** Ink clears the whole terminal (scrollback included) when a frame was as tall as the screen. */
export const CLEAR_TERMINAL = '\u001B[3J';

/** Synchronized output: Ink brackets every frame with these. */
const SYNC_START = '\u001B[?2026h';
const SYNC_END = '\u001B[?2026l';
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

/**
 * Every frame Ink wrote, as its rows (escape sequences removed). Ink sends each
 * frame as one synchronized update (ESC[?2026h ... ESC[?2026l); this reads what was sent, so it
 * sees frames that were on screen too briefly for waitFor(). Empty updates are left out.
 */
export function writtenFrames(raw: string): string[][] {
  return raw
    .split(SYNC_START)
    .slice(1)
    .map((chunk) => {
      const end = chunk.indexOf(SYNC_END);
      return frameRows(end < 0 ? chunk : chunk.slice(0, end));
    })
    .filter((rows) => rows.some((row) => row.trim() !== ''));
}

/** The rows of one frame as written: escape sequences removed. */
function frameRows(written: string): string[] {
  // A final line break ends the last row (the cursor waits below it); it adds no row.
  return written.replace(ESCAPE_SEQUENCE, '').replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Columns a written line takes on screen. */
export function lineWidth(line: string): number {
  return stringWidth(line);
}

/* ---------- The CLI without a terminal, and the progress it saved ---------- */

export function runCli(configHome: string, args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { env: cliEnv(configHome), encoding: 'utf8', timeout: 15_000 });
}

export interface ListedLesson {
  id: string;
  title: string;
  steps: number;
  currentStep: number;
  stepsCompleted: number;
  completed: boolean;
}

/** `winlink-tutor list --json` with this config folder. */
export function listJson(configHome: string): ListedLesson[] {
  const parsed = JSON.parse(runCli(configHome, ['list', '--json'])) as ListedLesson[] | { lessons: ListedLesson[] };
  return Array.isArray(parsed) ? parsed : parsed.lessons;
}

export interface SavedLesson {
  currentStep: string;
  currentIndex: number;
  completed: string[];
  finished: boolean;
}

export interface SavedProgress {
  windows: string | null;
  lastLesson: string | null;
  lessons: Record<string, SavedLesson | undefined>;
}

/** The shipped course's progress as saved (read from the file directly, not through the CLI). */
export function readProgress(configHome: string, course = 'builtin'): SavedProgress {
  const file = JSON.parse(readFileSync(progressFile(configHome), 'utf8')) as { courses: Record<string, SavedProgress | undefined> };
  return file.courses[course] ?? { windows: null, lastLesson: null, lessons: {} };
}

/** Opens lesson `lessonNumber` from the menu and goes to its step `stepNumber` with n. */
export async function goToStep(cli: CliSession, lesson: LessonFile, lessonNumber: number, stepNumber: number): Promise<void> {
  const total = lesson.steps.length;
  await cli.waitFor(`${lessonNumber}. ${lesson.title}`);
  await pickListItem(cli, new RegExp(`^> ${lessonNumber}\\. ${lesson.title}`));
  await cli.waitFor(stepHeader(lessonNumber, 1, total));
  for (let step = 2; step <= stepNumber; step += 1) {
    await cli.press('n');
    await cli.waitFor(stepHeader(lessonNumber, step, total));
  }
}
