import { spawn } from 'node:child_process';
import type { InputRunner } from './clipboard.js';

/** The real InputRunner: spawn without a shell, write the input, wait with a timeout. */
export const realInputRunner: InputRunner = (file, args, input, opts) =>
  new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: { code: number | null; timedOut?: boolean; notFound?: boolean }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ stdout: '', stderr: '', code: outcome.code, timedOut: outcome.timedOut ?? false, notFound: outcome.notFound ?? false });
    };
    const child = spawn(file, [...args], { shell: false, windowsHide: true, stdio: ['pipe', 'ignore', 'ignore'] });
    const timer = setTimeout(() => {
      child.kill();
      finish({ code: null, timedOut: true });
    }, opts.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => finish({ code: null, notFound: error.code === 'ENOENT' }));
    child.on('close', (code) => finish({ code }));
    // A tool that exits early closes its stdin; that shows up as its exit code, not a crash.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
