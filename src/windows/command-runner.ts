import { execFile } from 'node:child_process';

/** What one finished (or abandoned) command produced. */
export interface CommandOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit code; null when the process never started or was killed. */
  readonly code: number | null;
  readonly timedOut: boolean;
  /** The executable does not exist (ENOENT). */
  readonly notFound: boolean;
}

/** Runs an executable directly (never through a shell); injected so tests use fakes. */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  opts: { readonly timeoutMs: number },
) => Promise<CommandOutcome>;

// Licensing output is a few lines; a megabyte is ample and bounds memory.
const MAX_BUFFER = 1024 * 1024;

/** The real runner: execFile without a shell, hidden console window, timeout and output cap. */
export const realCommandRunner: CommandRunner = (file, args, opts) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { shell: false, windowsHide: true, timeout: opts.timeoutMs, maxBuffer: MAX_BUFFER, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ stdout, stderr, code: 0, timedOut: false, notFound: false });
          return;
        }
        const code = error.code;
        resolve({
          stdout,
          stderr,
          code: typeof code === 'number' ? code : null,
          // execFile kills the child on timeout and on an overfull buffer; only the first is a timeout.
          timedOut: error.killed === true && code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
          notFound: code === 'ENOENT',
        });
      },
    );
  });
