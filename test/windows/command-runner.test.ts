import { describe, expect, it } from 'vitest';
import { realCommandRunner } from '../../src/windows/command-runner.js';

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
});
