import { enterScreenModes, HIDE_CURSOR, leaveScreenModes, SHOW_CURSOR, type ScreenModes } from './screen-modes.js';
import type { TerminalStdin } from './filtered-stdin.js';

export interface Suspension {
  /** Gives the terminal back and stops the process, as Ctrl+Z does in a line-mode program. */
  readonly suspend: () => void;
  /** Calls `listener` after `fg` once the terminal is ours again (to redraw); returns an unsubscribe. */
  readonly onResume: (listener: () => void) => () => void;
  readonly dispose: () => void;
}

export interface SuspendDeps {
  readonly stdin: Pick<TerminalStdin, 'setRawMode'>;
  readonly write: (text: string) => void;
  readonly modes: ScreenModes;
  /** Runs first, e.g. to save pending progress: a stopped job is often killed rather than resumed. */
  readonly beforeStop?: () => void;
  /** Stops the process. SIGSTOP, not SIGTSTP: the kernel discards SIGTSTP in an orphaned process group. */
  readonly stop?: () => void;
}

/**
 * Ctrl+Z and `kill -TSTP`: in raw mode the terminal sends Ctrl+Z as a key, and a process that
 * stops without restoring the terminal leaves the shell in raw mode on the alternate screen,
 * and comes back after `fg` in line mode, with nothing redrawn. So: restore, stop, and on
 * SIGCONT take the terminal back. Windows has no job control: null there.
 */
export function installSuspend(deps: SuspendDeps, platform: NodeJS.Platform = process.platform): Suspension | null {
  if (platform === 'win32') return null;
  const { stdin, write, modes, beforeStop, stop = () => process.kill(process.pid, 'SIGSTOP') } = deps;
  const listeners = new Set<() => void>();
  const suspend = () => {
    beforeStop?.();
    try {
      stdin.setRawMode(false);
      write(leaveScreenModes(modes) + SHOW_CURSOR);
    } catch {
      // A terminal that is gone cannot be restored; stopping is still what was asked.
    }
    stop();
  };
  // Also after a plain SIGSTOP from elsewhere: a redraw never hurts, the shell may have drawn over us.
  const resume = () => {
    try {
      stdin.setRawMode(true);
      write(enterScreenModes(modes) + HIDE_CURSOR);
    } catch {
      return;
    }
    for (const listener of listeners) listener();
  };
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', resume);
  return {
    suspend,
    onResume(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      process.off('SIGTSTP', suspend);
      process.off('SIGCONT', resume);
      listeners.clear();
    },
  };
}
