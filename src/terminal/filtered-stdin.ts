import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createInputFilter, type InputFilter } from './input-filter.js';

/** How long the start of a possible escape sequence waits for its rest before it counts as Esc. */
const SEQUENCE_WAIT_MS = 25;

/** The parts of a terminal's stdin that Ink uses. */
export interface TerminalStdin extends NodeJS.EventEmitter {
  readonly isTTY?: boolean;
  setRawMode(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  ref(): unknown;
  unref(): unknown;
}

/**
 * The stdin Ink reads: the terminal's input through the input filter, so no input handler
 * (ours or ink-select-input's) ever sees pasted text or stray escape sequences. Ink switches
 * raw mode through it; reading the terminal starts and stops with raw mode.
 */
export class FilteredStdin extends Readable {
  readonly isTTY = true;
  private reading = false;
  private timer: NodeJS.Timeout | undefined;

  private lastBusy = 0;

  /**
   * `busy`: how many ms the event loop has been busy so far (not waiting for input), so keys
   * that piled up while the app was drawing are told from a paste. Tests pass their own clocks.
   */
  constructor(
    private readonly source: TerminalStdin,
    private readonly keys: InputFilter = createInputFilter(),
    private readonly now: () => number = Date.now,
    private readonly busy: () => number = () => performance.eventLoopUtilization().active,
  ) {
    super();
  }

  override _read(): void {
    // Data is pushed as the terminal sends it.
  }

  setRawMode(mode: boolean): this {
    this.source.setRawMode(mode);
    if (mode && !this.reading) {
      this.reading = true;
      this.lastBusy = this.busy();
      this.source.setEncoding('utf8');
      this.source.on('data', this.onData);
      this.source.resume();
    } else if (!mode && this.reading) {
      this.reading = false;
      clearTimeout(this.timer);
      this.source.off('data', this.onData);
      this.source.pause();
    }
    return this;
  }

  ref(): this {
    this.source.ref();
    return this;
  }

  unref(): this {
    this.source.unref();
    return this;
  }

  private readonly onData = (chunk: string | Buffer): void => {
    clearTimeout(this.timer);
    const busy = this.busy();
    this.pass(this.keys.push(String(chunk), this.now(), busy - this.lastBusy));
    this.lastBusy = busy;
    if (this.keys.holding) this.timer = setTimeout(() => this.pass(this.keys.flush()), SEQUENCE_WAIT_MS);
  };

  private pass(text: string): void {
    if (text !== '') this.push(text);
  }
}

/**
 * Reads and discards what the terminal still holds (the rest of a paste, keys typed while
 * quitting) so the shell does not run it. Keeps reading until the input has been quiet for
 * `quietMs` (at most `maxMs`), then leaves raw mode. Quiet means longer than the gaps of a
 * paste sent in pieces over a slow link (tens of ms), so its tail is read here, not by the shell.
 */
export function drainTerminalInput(stdin: TerminalStdin, quietMs = 150, maxMs = 1_500): Promise<void> {
  if (!stdin.isTTY) return Promise.resolve();
  return new Promise((done) => {
    let quiet: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(quiet);
      clearTimeout(limit);
      stdin.off('data', onData);
      stdin.pause();
      stdin.setRawMode(false);
      done();
    };
    const onData = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const limit = setTimeout(finish, maxMs);
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    onData();
  });
}
