// Times one program in a pseudo-terminal (80x24, TERM=xterm-256color) the way a user sees it:
//  - first frame: from just before node-pty's spawn() until the output stream, with escape
//    sequences stripped, contains every `ready` text;
//  - keypress -> redraw: from just before writing a key to the pty until the output written
//    after that key contains the expected text (Ink redraws the whole frame, so the text shows
//    up in full in the new output);
//  - peak RSS: VmHWM from /proc/<pid>/status (the kernel's resident-set high-water mark),
//    read after the last keypress, just before quitting.
// Times are taken with performance.now() inside node-pty's data callback, so the measured
// delay includes the pty round trip but not any screen emulation.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { spawn } from '@lydell/node-pty';

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[PX^_][^\u001B]*\u001B\\|[@-Z\\-_])/g;
export const stripAnsi = (text) => text.replace(ANSI, '').replace(/\r/g, '');

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const matches = (text, expected) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));

/** Variables that change Ink's behaviour (CI mode renders only the last frame) or colours. */
const DROP = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'NO_COLOR', 'FORCE_COLOR', 'COLORTERM', 'TERM_PROGRAM', 'INK_SCREEN_READER', 'NODE_OPTIONS', 'NODE_ENV', 'WINLINK_DEBUG'];

export function cleanEnv(extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROP.includes(name) && !name.startsWith('CI_')) env[name] = value;
  }
  return { ...env, TERM: 'xterm-256color', LANG: env.LANG ?? 'C.UTF-8', ...extra };
}

export function readPeakRssKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `file args` once. `ready`: texts that must all be on screen for the first frame.
 * `setup`: untimed [key, expected] pairs (e.g. open a lesson); `presses`: timed ones, except
 * those with a third element { untimed: true } (moves between the timed ones).
 * `quit`: key that ends the program. Resolves { firstFrameMs, pressMs[], peakRssKb, exitCode };
 * rejects (with the screen text) if something expected never shows up.
 */
export async function timeSession({ file, args = [], cwd, env, ready, setup = [], presses = [], quit, gapMs = 60, timeoutMs = 30_000, keyTimeoutMs = 5_000 }) {
  let raw = '';
  let watch = null;
  let exited = null;
  const onExit = [];
  const check = () => {
    if (watch && watch.expected.every((text) => matches(stripAnsi(raw.slice(watch.from)), text))) {
      const { resolve, timer } = watch;
      watch = null;
      clearTimeout(timer);
      resolve(performance.now());
    }
  };
  const waitFor = (expected, from, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watch = null;
        const screen = stripAnsi(raw.slice(from)).slice(-1500);
        reject(new Error(`${file} ${args.join(' ')}: no ${expected.map(String).join(' + ')} within ${ms} ms (exit: ${exited}). Output after the mark:\n${screen}`));
      }, ms);
      watch = { expected, from, resolve, timer };
      check();
    });

  const start = performance.now();
  const pty = spawn(file, args, { name: 'xterm-256color', cols: 80, rows: 24, cwd, env });
  pty.onData((data) => {
    raw += data;
    check();
  });
  pty.onExit(({ exitCode }) => {
    exited = exitCode;
    for (const done of onExit.splice(0)) done();
  });
  const waitExit = (ms) => (exited !== null ? Promise.resolve(true) : Promise.race([new Promise((done) => onExit.push(() => done(true))), sleep(ms).then(() => false)]));

  try {
    const firstFrameMs = (await waitFor(ready, 0, timeoutMs)) - start;
    const pressMs = [];
    for (const [index, [key, expected, how]] of [...setup, ...presses].entries()) {
      await sleep(gapMs); // let Ink's 30 fps throttle window pass, like a human between keys
      const from = raw.length;
      const sent = performance.now();
      pty.write(key);
      const shown = await waitFor([expected], from, keyTimeoutMs);
      if (index >= setup.length && !how?.untimed) pressMs.push(shown - sent);
    }
    const peakRssKb = exited === null ? readPeakRssKb(pty.pid) : null;
    if (quit !== undefined && exited === null) {
      await sleep(gapMs);
      pty.write(quit);
    }
    if (!(await waitExit(5_000))) throw new Error(`${file} ${args.join(' ')}: did not exit after ${JSON.stringify(quit)}`);
    return { firstFrameMs, pressMs, peakRssKb, exitCode: exited };
  } finally {
    if (exited === null) {
      try {
        pty.kill('SIGKILL');
      } catch {
        // already gone
      }
      await waitExit(2_000);
    }
  }
}
