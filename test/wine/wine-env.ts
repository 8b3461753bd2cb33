/**
 * Windows' own Node under Wine: where the pieces are and how to run the built CLI with them.
 * Wine cannot write to a pipe (Node fails with EBADF), so output goes through files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgressData } from '../../src/progress/model.js';
// @ts-expect-error: a plain .mjs build script, no types.
import { ensureWindowsNode, wineNodeVersion } from '../../scripts/windows-node.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PREFIX = path.join(ROOT, '.cache', 'wine-prefix');

/** wine64 from Debian's package (not on PATH there), or a wine on PATH. */
export function findWine(): string {
  for (const candidate of ['/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine']) if (existsSync(candidate)) return candidate;
  throw new Error('Wine is not installed. On Debian: apt-get install -y --no-install-recommends wine64');
}

/** The host's Node release for Windows, or Node 22 on a Node 24+ host (Wine 8 cannot start Node 24's node.exe). */
export function nodeExe(): string {
  return (ensureWindowsNode as (version: string) => string)((wineNodeVersion as () => string)());
}

/** A Unix path as Windows programs under Wine see it (drive Z: is the Unix root). */
export function winPath(unixPath: string): string {
  return `Z:${path.resolve(unixPath).replaceAll('/', '\\')}`;
}

/** Windows programs under Wine keep progress where Windows would (the profile's %APPDATA%), not in the e2e harness's WINLINK_CONFIG_DIR. */
const NO_OWN_FOLDERS = { WINLINK_CONFIG_DIR: '', WINLINK_CACHE_DIR: '' };

export function wineEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  // CI variables would make Ink draw only the last frame (it thinks nobody watches).
  const dropped = (name: string) => name.startsWith('VITEST') || name.startsWith('CI_') || ['NODE_OPTIONS', 'CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS'].includes(name);
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !dropped(name)) env[name] = value;
  return { ...env, WINEPREFIX: PREFIX, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', TERM: 'xterm-256color', USER: WINDOWS_USER, LOGNAME: WINDOWS_USER, ...NO_OWN_FOLDERS, ...extra };
}

function wineserver(): string {
  const wine = findWine();
  const server = path.join(path.dirname(wine), wine.endsWith('64') ? 'wineserver64' : 'wineserver');
  return existsSync(server) ? server : 'wineserver';
}

/**
 * Creates the Wine prefix once and makes it report Windows 10 (Node 20 refuses older versions).
 * One wineserver, started with our environment, stays up for the whole lane (fast starts).
 */
export function startWine(): void {
  mkdirSync(PREFIX, { recursive: true });
  stopWine();
  spawnSync(wineserver(), ['-p'], { env: wineEnv(), stdio: 'ignore', timeout: 30_000 });
  execFileSync(findWine(), ['reg', 'add', 'HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10', '/f'], { env: wineEnv(), stdio: 'ignore', timeout: 120_000 });
}

export function stopWine(): void {
  spawnSync(wineserver(), ['-k'], { env: wineEnv(), stdio: 'ignore', timeout: 30_000 });
}

/** The Windows user the lane runs as: a space and non-ASCII letters, as in many real profiles. */
export const WINDOWS_USER = 'Jürgen Müller';

export interface Profile {
  /** A scratch folder for the test's own files (lessons and the like). */
  readonly dir: string;
  /** %APPDATA% as Windows programs see it, and where that is on the Unix side. */
  readonly appData: string;
  readonly unixAppData: string;
}

/**
 * A clean start for one test: no saved progress or lesson cache of earlier tests. Wine names the
 * profile after $USER when its server starts (and sets %APPDATA% itself), so all tests share
 * one user and run one after another.
 */
export function makeProfile(): Profile {
  const home = path.join(PREFIX, 'drive_c', 'users', WINDOWS_USER);
  for (const folder of [path.join(home, 'AppData', 'Roaming', 'winlink-tutor'), path.join(home, 'AppData', 'Local', 'winlink-tutor')]) {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    dir: mkdtempSync(path.join(tmpdir(), 'winlink-wine-')),
    appData: `C:\\users\\${WINDOWS_USER}\\AppData\\Roaming`,
    unixAppData: path.join(home, 'AppData', 'Roaming'),
  };
}

/** The Unix path of the profile's progress file (%APPDATA%\winlink-tutor\Config\config.json). */
export function progressFile(profile: Profile): string {
  return path.join(profile.unixAppData, 'winlink-tutor', 'Config', 'config.json');
}

/** The shipped course's saved progress as the file holds it; undefined while nothing is saved. */
export function savedProgress(profile: Profile): ProgressData | undefined {
  const file = progressFile(profile);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { courses: Record<string, ProgressData | undefined> }).courses.builtin;
}

/** Polls the saved progress until `done` holds or `timeoutMs` passes; returns the last read either way. */
export async function waitForProgress(profile: Profile, done: (progress: ProgressData | undefined) => boolean, timeoutMs: number): Promise<ProgressData | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = savedProgress(profile);
    if (done(progress) || Date.now() > deadline) return progress;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface WineRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node.exe dist/cli.js ...args` under Wine and returns what it wrote and its exit code. */
export function runWindowsCli(args: readonly string[], env: Record<string, string> = {}): WineRun {
  const out = mkdtempSync(path.join(tmpdir(), 'winlink-wine-out-'));
  try {
    const stdout = path.join(out, 'stdout');
    const stderr = path.join(out, 'stderr');
    // The shell opens the files: Wine's console code needs real files, not the pipes spawnSync would use.
    const command = `"$0" "$@" >"${stdout}" 2>"${stderr}" </dev/null`;
    const result = spawnSync('bash', ['-c', command, findWine(), nodeExe(), winPath(path.join(ROOT, 'dist', 'cli.js')), ...args], {
      env: wineEnv(env),
      cwd: ROOT,
      timeout: 120_000,
    });
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : '');
    return { code: result.status, stdout: read(stdout), stderr: read(stderr) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
