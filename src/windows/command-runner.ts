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
  /**
   * Windows refused to start it: AppLocker and Software Restriction Policies fail the start with
   * ERROR_ACCESS_DISABLED_BY_POLICY (1260), which libuv has no name for and reports as UNKNOWN
   * (docs/windows-probes.md, "Blocked tools").
   */
  readonly blocked?: boolean;
}

/** Runs an executable directly (never through a shell); injected so tests use fakes. */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  opts: {
    readonly timeoutMs: number;
    /** Environment variables not passed on (names compared without case, as Windows does). */
    readonly dropEnv?: readonly string[];
  },
) => Promise<CommandOutcome>;

/** This process's environment without the named variables (Windows names ignore case). */
export function envWithout(names: readonly string[], env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const drop = new Set(names.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(env).filter(([name]) => !drop.has(name.toLowerCase())));
}

/** Whether a start failed because a policy blocked the program (see CommandOutcome.blocked). */
export function blockedStart(error: { readonly code?: unknown; readonly errno?: unknown }): boolean {
  return error.code === 'UNKNOWN' || error.errno === 1260 || error.errno === -1260;
}

// Licensing output is a few lines; a megabyte is ample and bounds memory.
const MAX_BUFFER = 1024 * 1024;

/** The real runner: execFile without a shell, hidden console window, timeout and output cap. */
export const realCommandRunner: CommandRunner = (file, args, opts) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { shell: false, windowsHide: true, timeout: opts.timeoutMs, maxBuffer: MAX_BUFFER, encoding: 'utf8', ...(opts.dropEnv ? { env: envWithout(opts.dropEnv) } : {}) },
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
          ...(blockedStart(error) ? { blocked: true } : {}),
        });
      },
    );
  });
