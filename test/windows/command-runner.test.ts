import { describe, expect, it } from 'vitest';
import { blockedStart, envWithout, realCommandRunner } from '../../src/windows/command-runner.js';

// Runs the current node binary: a real process, no shell, no network, nothing written.
const node = process.execPath;

describe('realCommandRunner', () => {
  it('returns stdout, stderr and exit code; arguments are not shell-parsed', async () => {
    const script = "process.stdout.write(process.argv[1] ?? ''); process.stderr.write('warn'); process.exitCode = 3";
    const outcome = await realCommandRunner(node, ['-e', script, 'a & echo injected'], { timeoutMs: 10_000 });
    expect(outcome).toEqual({ stdout: 'a & echo injected', stderr: 'warn', code: 3, timedOut: false, notFound: false });
  });

  it('reports success with code 0', async () => {
    const outcome = await realCommandRunner(node, ['-e', "console.log('hi')"], { timeoutMs: 10_000 });
    expect([outcome.stdout.trim(), outcome.code, outcome.timedOut]).toEqual(['hi', 0, false]);
  });

  it('reports a missing program as notFound', async () => {
    const outcome = await realCommandRunner('/nonexistent/winlink-tutor-no-such-program', [], { timeoutMs: 5_000 });
    expect([outcome.notFound, outcome.timedOut, outcome.code]).toEqual([true, false, null]);
  });

  it('reports a timeout', async () => {
    const outcome = await realCommandRunner(node, ['-e', 'setTimeout(() => {}, 10_000)'], { timeoutMs: 300 });
    expect([outcome.timedOut, outcome.notFound, outcome.code]).toEqual([true, false, null]);
  });

  it('passes on the environment without the variables it is told to drop (PowerShell 7\'s PSModulePath, review U4)', async () => {
    const script = "process.stdout.write(JSON.stringify([process.env.PSModulePath ?? null, process.env.WINLINK_RUNNER_KEEP ?? null]))";
    process.env.PSModulePath = 'C:\\Program Files\\PowerShell\\7\\Modules';
    process.env.WINLINK_RUNNER_KEEP = 'kept';
    try {
      const dropped = await realCommandRunner(node, ['-e', script], { timeoutMs: 10_000, dropEnv: ['psmodulepath'] });
      expect(JSON.parse(dropped.stdout)).toEqual([null, 'kept']);
      const kept = await realCommandRunner(node, ['-e', script], { timeoutMs: 10_000 });
      expect(JSON.parse(kept.stdout)).toEqual(['C:\\Program Files\\PowerShell\\7\\Modules', 'kept']);
    } finally {
      delete process.env.PSModulePath;
      delete process.env.WINLINK_RUNNER_KEEP;
    }
    expect(envWithout(['PATH'], { Path: 'x', PSModulePath: 'y' })).toEqual({ PSModulePath: 'y' });
  });

  it('tells a start Windows refused by policy (libuv UNKNOWN, error 1260) from a missing program (review U3)', () => {
    expect(blockedStart({ code: 'UNKNOWN', errno: -4094 })).toBe(true);
    expect(blockedStart({ errno: 1260 })).toBe(true);
    expect(blockedStart({ code: 'ENOENT', errno: -2 })).toBe(false);
    expect(blockedStart({ code: 1 })).toBe(false);
  });
});
