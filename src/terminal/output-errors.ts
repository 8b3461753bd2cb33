/** The parts of process.stdout/stderr the guard needs. */
export interface OutputStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  write(text: string): unknown;
}

export interface OutputGuard {
  /** The exit code to use: `code`, or 1 when the output could not be written (other than a closed pipe). */
  exitCode(code: number): number;
}

/**
 * Output errors end a command cleanly instead of with Node's stack trace for an unhandled
 * 'error' event. A closed pipe (`print | head -1`) is the reader's choice: nothing more to say,
 * the command's own exit code stands. Any other failure of stdout (a full disk, /dev/full, EIO)
 * gets one line on stderr and exit 1. Errors of stderr itself cannot be told anywhere and keep
 * the command's code (a usage error stays 2). The tutorial adds its own handler (it saves and
 * leaves on a closed terminal); this one only keeps the process from crashing.
 */
export function guardOutput(stdout: OutputStream, stderr: OutputStream): OutputGuard {
  let failed = false;
  let told = false;
  stdout.on('error', (error) => {
    if (error.code === 'EPIPE') return;
    failed = true;
    if (told) return;
    told = true;
    const reason = error.code ? `${error.code}${error.syscall ? ` on ${error.syscall}` : ''}` : error.message;
    try {
      stderr.write(`winlink-tutor: could not write the output (${reason}).\n`);
    } catch {
      // stderr is gone too: the exit code still tells.
    }
  });
  stderr.on('error', () => {
    // Nowhere left to report it.
  });
  return { exitCode: (code) => (failed && code === 0 ? 1 : code) };
}
