import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drainTerminalInput, FilteredStdin, type TerminalStdin } from '../../src/terminal/filtered-stdin.js';

/** A terminal stdin that records what is done to it; `type` sends it data. */
class FakeTerminal extends EventEmitter implements TerminalStdin {
  readonly isTTY = true;
  readonly calls: string[] = [];
  setRawMode(mode: boolean) {
    this.calls.push(`raw ${mode}`);
  }
  setEncoding() {}
  resume() {
    this.calls.push('resume');
  }
  pause() {
    this.calls.push('pause');
  }
  ref() {
    this.calls.push('ref');
  }
  unref() {
    this.calls.push('unref');
  }
  type(text: string) {
    this.emit('data', text);
  }
}

/** Everything the wrapper lets Ink read so far. */
function readAll(stream: FilteredStdin): string {
  let text = '';
  for (let chunk: unknown = stream.read(); chunk !== null; chunk = stream.read()) text += String(chunk);
  return text;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FilteredStdin', () => {
  it('reads the terminal only in raw mode, passes keys and drops pastes and stray sequences', () => {
    const terminal = new FakeTerminal();
    const stdin = new FilteredStdin(terminal);
    stdin.setEncoding('utf8');
    terminal.type('n');
    expect(readAll(stdin)).toBe('');
    stdin.setRawMode(true);
    stdin.ref();
    terminal.type('n\u001B[200~q\u001B[201~\u001B[<0;10;5M\u001Bq\u001B[B');
    expect(readAll(stdin)).toBe('n\u001B[B');
    stdin.setRawMode(false);
    stdin.unref();
    terminal.type('q');
    expect(readAll(stdin)).toBe('');
    expect(terminal.calls).toEqual(['raw true', 'resume', 'ref', 'raw false', 'pause', 'unref']);
  });

  it('lets a lone Esc through once no sequence follows it', () => {
    vi.useFakeTimers();
    const terminal = new FakeTerminal();
    const stdin = new FilteredStdin(terminal);
    stdin.setRawMode(true);
    terminal.type('\u001B');
    expect(readAll(stdin)).toBe('');
    vi.advanceTimersByTime(50);
    expect(readAll(stdin)).toBe('\u001B');
  });
});

describe('drainTerminalInput', () => {
  it('reads and drops input until it has been quiet, then leaves raw mode', async () => {
    vi.useFakeTimers();
    const terminal = new FakeTerminal();
    const drained = drainTerminalInput(terminal, 50, 300);
    expect(terminal.calls).toEqual(['raw true', 'resume']);
    vi.advanceTimersByTime(40);
    terminal.type('echo leftover');
    vi.advanceTimersByTime(40);
    expect(terminal.calls).not.toContain('raw false');
    vi.advanceTimersByTime(20);
    await drained;
    expect(terminal.calls).toEqual(['raw true', 'resume', 'pause', 'raw false']);
    expect(terminal.listenerCount('data')).toBe(0);
  });

  it('stops after maxMs even while input keeps coming', async () => {
    vi.useFakeTimers();
    const terminal = new FakeTerminal();
    const drained = drainTerminalInput(terminal, 50, 300);
    for (let elapsed = 0; elapsed < 300; elapsed += 30) {
      terminal.type('x');
      vi.advanceTimersByTime(30);
    }
    await drained;
    expect(terminal.calls.at(-1)).toBe('raw false');
  });

  it('by default keeps reading the pieces of a paste sent 60 ms apart over a slow link (N5)', async () => {
    vi.useFakeTimers();
    const terminal = new FakeTerminal();
    const drained = drainTerminalInput(terminal);
    for (let piece = 0; piece < 8; piece++) {
      vi.advanceTimersByTime(60);
      expect(terminal.calls, `still reading before piece ${piece + 1}`).not.toContain('raw false');
      terminal.type('a'.repeat(4096));
    }
    vi.advanceTimersByTime(1_000);
    await drained;
    expect(terminal.calls.at(-1)).toBe('raw false');
  });
});

describe('FilteredStdin with an injected clock (N5)', () => {
  it('drops an unmarked paste read in one piece and the tail right after it; typing later acts, also piled up by a busy app', () => {
    let now = 0;
    const terminal = new FakeTerminal();
    let busy = 0;
    const stdin = new FilteredStdin(terminal, undefined, () => now, () => busy);
    stdin.setRawMode(true);
    terminal.type('nq echo hi\r');
    now += 1;
    terminal.type('q');
    expect(readAll(stdin)).toBe('');
    now += 1_000;
    terminal.type('n');
    expect(readAll(stdin)).toBe('n');
    // Keys that piled up while the app was busy for 200 ms are typing.
    now += 200;
    busy += 200;
    terminal.type('jk');
    expect(readAll(stdin)).toBe('jk');
  });
});
