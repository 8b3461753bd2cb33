import { afterEach, describe, expect, it } from 'vitest';
import { installSuspend, type Suspension } from '../../src/terminal/suspend.js';

let installed: Suspension | null = null;
afterEach(() => installed?.dispose());

function setUp() {
  const events: string[] = [];
  installed = installSuspend({
    stdin: { setRawMode: (mode: boolean) => events.push(`raw ${mode}`) },
    write: (text) => events.push(`write ${JSON.stringify(text)}`),
    modes: { altScreen: true, bracketedPaste: true },
    beforeStop: () => events.push('save'),
    stop: () => events.push('stop'),
  }, 'linux');
  return { events, suspension: installed as Suspension };
}

describe('installSuspend', () => {
  it('saves, then restores the terminal before it stops: line mode, paste mode off, normal screen, cursor shown', () => {
    const { events, suspension } = setUp();
    suspension.suspend();
    expect(events).toEqual(['save', 'raw false', `write ${JSON.stringify('\u001B[?2004l\u001B[?1049l\u001B[?25h')}`, 'stop']);
  });

  it('SIGTSTP suspends; SIGCONT takes the terminal back and asks for a redraw', () => {
    const { events, suspension } = setUp();
    const redraws: string[] = [];
    const unsubscribe = suspension.onResume(() => redraws.push('redraw'));
    process.emit('SIGTSTP', 'SIGTSTP');
    expect(events.at(-1)).toBe('stop');
    events.length = 0;
    process.emit('SIGCONT', 'SIGCONT');
    expect(events).toEqual(['raw true', `write ${JSON.stringify('\u001B[?1049h\u001B[H\u001B[?2004h\u001B[?25l')}`]);
    expect(redraws).toEqual(['redraw']);
    unsubscribe();
    process.emit('SIGCONT', 'SIGCONT');
    expect(redraws).toEqual(['redraw']);
  });

  it('removes its signal handlers when disposed, and does nothing on Windows', () => {
    const before = process.listenerCount('SIGTSTP');
    const { suspension } = setUp();
    expect(process.listenerCount('SIGTSTP')).toBe(before + 1);
    suspension.dispose();
    expect(process.listenerCount('SIGTSTP')).toBe(before);
    expect(installSuspend({ stdin: process.stdin, write: () => {}, modes: { altScreen: true, bracketedPaste: true } }, 'win32')).toBeNull();
  });
});
