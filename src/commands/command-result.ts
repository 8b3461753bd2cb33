/** What a plain (non-Ink) command produces: text for each stream and an exit code. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 ok, 1 invalid input (bad lessons, unknown lesson), 2 usage error or no TTY. */
  readonly code: number;
}

export function ok(stdout: string): CommandResult {
  return { stdout, stderr: '', code: 0 };
}

export function fail(stderr: string, code = 1): CommandResult {
  return { stdout: '', stderr, code };
}
