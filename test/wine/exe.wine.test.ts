/**
 * The standalone executables (npm run build:exe; npm run test:windows builds them first),
 * copied away from the repository as a user would: the Windows one under Wine, the Linux one
 * natively.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
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

describe('winlink-tutor-win-x64.exe under Wine, copied to another folder', () => {
  it('--version, list --json and print', () => {
    makeProfile();
    const exe = copyAway('winlink-tutor-win-x64.exe');
    const cwd = path.dirname(exe);
    expect(run([findWine(), exe, '--version'], wineEnv(), cwd)).toEqual({ code: 0, stdout: `${version}\n` });
    const list = run([findWine(), exe, 'list', '--json'], wineEnv(), cwd);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((lesson) => lesson.id)).toContain('why-link');
    const print = run([findWine(), exe, 'print', '1'], wineEnv(), cwd);
    expect(print).toMatchObject({ code: 0, stdout: expect.stringContaining('Why link') });
  });

  it('an interactive run: open a lesson, move, quit; the step is saved', async () => {
    makeProfile();
    const exe = copyAway('winlink-tutor-win-x64.exe');
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
  });
});
