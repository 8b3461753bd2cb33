/**
 * Output that cannot be written (reliability review 2026-12, N8; old #13): every command with
 * stdout on /dev/full, and `print | head -1` on a large course, used to die with a Node stack.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, STACK_LINE } from './helpers/cli.js';

const LESSONS = fileURLToPath(new URL('../../lessons', import.meta.url));
const hasDevFull = process.platform === 'linux';

beforeAll(() => assertBuilt());

/** Runs the built CLI with stdout (or stderr) on /dev/full. */
function runToFull(args: readonly string[], stream: 'stdout' | 'stderr') {
  const home = mkdtempSync(path.join(tmpdir(), 'winlink-full-'));
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') },
      stdio: ['pipe', stream === 'stdout' ? full : 'pipe', stream === 'stderr' ? full : 'pipe'],
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    closeSync(full);
  }
}

describe.runIf(hasDevFull)('stdout on a full device', () => {
  const commands = [['print'], ['list'], ['list', '--json'], ['where'], ['why'], ['why', '--json'], ['report'], ['report', '--json'], ['status'], ['status', '--json'], ['privacy'], ['privacy', '--json'], ['validate'], ['--help'], ['--version'], ['reset', '--yes']];
  it.each(commands.map((command) => [command.join(' '), command] as const))('%s: one line on stderr, exit 1, no stack trace', (_name, command) => {
    const result = runToFull(command, 'stdout');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toContain('winlink-tutor: could not write the output (ENOSPC on write).\n');
    expect(result.stderr.match(/could not write the output/g)).toHaveLength(1);
    expect(result.code).toBe(1);
  });

  it('a usage error with stderr on /dev/full still exits 2 (N17)', () => {
    expect(runToFull(['bogus'], 'stderr').code).toBe(2);
  });
});

describe.runIf(process.platform !== 'win32')('stdout closed by its reader', () => {
  it('print | head -1 on a large course ends quietly, exit 0', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-big-'));
    cpSync(LESSONS, dir, { recursive: true });
    const first = readFileSync(path.join(LESSONS, '01-why-link.md'), 'utf8');
    for (let index = 10; index <= 40; index++) writeFileSync(path.join(dir, `${index}-x.md`), first.replace(/^id: why-link$/m, `id: wl${index}`));
    const errFile = path.join(dir, 'stderr.txt');
    const result = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" print --lessons-dir "$2" 2>"$3" | head -1', process.execPath, CLI, dir, errFile], {
      env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_CACHE_HOME: path.join(dir, 'cache') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stdout).toBe('Link your Windows license to your Microsoft account\n');
    expect(readFileSync(errFile, 'utf8')).toBe('');
    expect(result.status).toBe(0);
  });
});
