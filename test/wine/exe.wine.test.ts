/**
 * The standalone executables (npm run build:exe; npm run test:windows builds them first),
 * copied away from the repository as a user would: the Windows one under Wine, the Linux one
 * natively. Wine 8 cannot start Node 24's node.exe (V8 aborts with "Fatal process out of
 * memory: SegmentedTable::InitializeTable (subspace allocation)"), so Wine runs the same
 * package embedded in Node 22 (target win-x64-wine); the shipped win-x64 and win-arm64 files
 * are checked here by their headers and run on real Windows in ci.yml.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupE2e, makeConfigHome, ownFolders, startCli } from '../e2e/pty-harness.js';
import { findWine, makeProfile, ROOT, wineEnv } from './wine-env.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

afterEach(cleanupE2e);

/** The executable alone in a fresh folder: nothing of the repository beside it. */
function copyAway(file: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-exe-')), file);
  copyFileSync(path.join(ROOT, 'dist', file), target);
  return target;
}

/** Runs a program with its output captured through files (Wine cannot write to pipes). */
function run(command: readonly string[], env: Record<string, string>, cwd: string): { code: number | null; stdout: string } {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-exe-out-')), 'stdout');
  const result = spawnSync('bash', ['-c', `"$0" "$@" >"${out}" 2>&1 </dev/null`, ...command], { env, cwd, timeout: 120_000 });
  return { code: result.status, stdout: readFileSync(out, 'utf8').replace(/\r\n/g, '\n') };
}

/**
 * Waits until the first lesson is saved at `step` (Wine's console may scroll a step's header
 * out of view, so the progress file is the witness).
 */
async function savedStep(exe: string, step: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const list = run([findWine(), exe, 'list', '--json'], wineEnv(), path.dirname(exe));
    const first = list.code === 0 ? (JSON.parse(list.stdout) as { currentStep: number; status: string }[])[0] : undefined;
    if (first?.currentStep === step && first.status !== 'new') return;
    if (Date.now() > deadline) throw new Error(`lesson 1 never reached step ${step}: ${list.stdout.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const WINE_EXE = 'winlink-tutor-win-x64-node22.exe';
const EXE_NODE = readFileSync(path.join(ROOT, 'scripts', 'exe-node-version'), 'utf8').trim();
const FUSE_SET = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1';

/** The machine a Windows executable is for, from its PE header. */
function peMachine(file: string): string {
  const bytes = readFileSync(file);
  const pe = bytes.readUInt32LE(0x3c);
  expect(bytes.subarray(pe, pe + 4).toString('latin1')).toBe('PE\0\0');
  return ({ 0x8664: 'x64', 0xaa64: 'arm64' } as Record<number, string>)[bytes.readUInt16LE(pe + 4)] ?? 'other';
}

describe('the shipped Windows executables', () => {
  it.each([
    ['winlink-tutor-win-x64.exe', 'x64', EXE_NODE],
    ['winlink-tutor-win-arm64.exe', 'arm64', '22.23.2'],
  ])('%s is a %s Windows program embedding Node %s, with the package injected', (file, machine, node) => {
    const exe = path.join(ROOT, 'dist', file);
    expect(peMachine(exe)).toBe(machine);
    const text = readFileSync(exe).toString('latin1');
    expect(text).toContain(FUSE_SET);
    expect(text).toContain(`v${node}`);
  });

  it('the executable embeds a supported LTS Node (24 or later), not the one that ran the build', () => {
    expect(Number(EXE_NODE.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});

describe(`${WINE_EXE} under Wine, copied to another folder`, () => {
  it('--version, list --json, print, and report names the runtime', () => {
    makeProfile();
    const exe = copyAway(WINE_EXE);
    const cwd = path.dirname(exe);
    expect(run([findWine(), exe, '--version'], wineEnv(), cwd)).toEqual({ code: 0, stdout: `${version}\n` });
    const list = run([findWine(), exe, 'list', '--json'], wineEnv(), cwd);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((lesson) => lesson.id)).toContain('why-link');
    const print = run([findWine(), exe, 'print', '1'], wineEnv(), cwd);
    expect(print).toMatchObject({ code: 0, stdout: expect.stringContaining('Why link') });
    const report = run([findWine(), exe, 'report', '--json'], wineEnv(), cwd);
    expect(report.code).toBe(0);
    expect((JSON.parse(report.stdout) as { runtime: unknown }).runtime).toEqual({ node: '22.23.2', arch: 'x64', executable: true });
  });

  it('an interactive run: open a lesson, move, quit; the step is saved', async () => {
    makeProfile();
    const exe = copyAway(WINE_EXE);
    const tutor = startCli({ configHome: makeConfigHome(), launcher: [findWine(), exe], env: wineEnv() });
    await tutor.waitFor('lessons done', 60_000);
    await tutor.press('1');
    await savedStep(exe, 1);
    await tutor.press('n');
    await savedStep(exe, 2);
    await tutor.press('q');
    expect(await tutor.waitForExit(60_000)).toBe(0);
    const list = run([findWine(), exe, 'list', '--json'], wineEnv(), path.dirname(exe));
    expect((JSON.parse(list.stdout) as { currentStep: number }[])[0]?.currentStep).toBe(2);
  });
});

describe('winlink-tutor-linux-x64, copied to another folder', () => {
  it('--version and list --json run natively', () => {
    const exe = copyAway('winlink-tutor-linux-x64');
    const home = makeConfigHome();
    const env = { ...process.env, ...ownFolders(home) } as Record<string, string>;
    expect(run([exe, '--version'], env, path.dirname(exe))).toEqual({ code: 0, stdout: `${version}\n` });
    const list = run([exe, 'list', '--json'], env, path.dirname(exe));
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).length).toBeGreaterThan(5);
    const report = run([exe, 'report', '--json'], env, path.dirname(exe));
    expect((JSON.parse(report.stdout) as { runtime: unknown }).runtime).toEqual({ node: EXE_NODE, arch: 'x64', executable: true });
  });

  it('speaks German and Japanese like npx: translated lessons, catalogs and Windows labels are in the executable', () => {
    const exe = copyAway('winlink-tutor-linux-x64');
    const env = { ...process.env, ...ownFolders(makeConfigHome()) } as Record<string, string>;
    const german = run([exe, '--lang', 'de', 'print', '--windows', '11'], env, path.dirname(exe));
    expect(german.code).toBe(0);
    // A lesson title from lessons/de/, the UI catalog's footer word, and German Windows' own words.
    expect(german.stdout).toContain('Warum Sie Ihre Lizenz verknüpfen sollten');
    expect(german.stdout).toContain('Problembehandlung');
    expect(german.stdout).toContain('Ich habe kürzlich die Gerätehardware geändert.');
    const japanese = run([exe, '--lang', 'ja', 'list'], env, path.dirname(exe));
    expect(japanese.code).toBe(0);
    const [heading] = readFileSync(path.join(ROOT, 'lessons', 'ja', readdirSync(path.join(ROOT, 'lessons', 'ja')).sort()[0] ?? ''), 'utf8').match(/^title:\s*(.+)$/m)?.slice(1) ?? [];
    expect(heading).toBeTruthy();
    expect(japanese.stdout).toContain(heading?.replace(/^["']|["']$/g, ''));
  });

  it('when neither the cache folder nor the temporary folder can be written, says so in one line and exits 1', () => {
    const exe = copyAway('winlink-tutor-linux-x64');
    const file = path.join(makeConfigHome(), 'a-file');
    writeFileSync(file, '');
    const env = { ...process.env, WINLINK_CACHE_DIR: path.join(file, 'cache'), TMPDIR: path.join(file, 'tmp') } as Record<string, string>;
    const result = run([exe, '--version'], env, path.dirname(exe));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^winlink-tutor: could not unpack itself \(.*ENOTDIR.*\)\. Antivirus software may be checking the new files/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).not.toMatch(/^ {4}at /m);
  });
});
