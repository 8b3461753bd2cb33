import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';

export interface RecordedCall {
  readonly file: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
}

export const ok = (stdout: string): CommandOutcome => ({ stdout, stderr: '', code: 0, timedOut: false, notFound: false });
export const notFound: CommandOutcome = { stdout: '', stderr: '', code: null, timedOut: false, notFound: true };
export const timedOut: CommandOutcome = { stdout: '', stderr: '', code: null, timedOut: true, notFound: false };
export const failed = (stderr: string, code = 1): CommandOutcome => ({ stdout: '', stderr, code, timedOut: false, notFound: false });

/** A runner answering by program name (powershell.exe / cscript.exe) and recording every call. */
export function fakeRunner(answers: Readonly<Record<string, CommandOutcome>>): { run: CommandRunner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const run: CommandRunner = (file, args, opts) => {
    calls.push({ file, args, timeoutMs: opts.timeoutMs });
    const program = file.split('\\').pop() ?? file;
    const answer = answers[program];
    if (answer === undefined) return Promise.reject(new Error(`unexpected program ${file}`));
    return Promise.resolve(answer);
  };
  return { run, calls };
}
