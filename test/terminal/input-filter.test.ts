import { describe, expect, it } from 'vitest';
import { createInputFilter, isKeySequence, PASTE_END, PASTE_GAP_MS, PASTE_START } from '../../src/terminal/input-filter.js';
import { keys } from '../keys.js';

/** Feeds chunks a millisecond apart and returns what reaches Ink. */
function filtered(...chunks: string[]): string {
  const filter = createInputFilter();
  return chunks.map((chunk, index) => filter.push(chunk, index)).join('');
}

describe('input filter', () => {
  it('passes typed text and the keys the tutorial reads', () => {
    expect(filtered('nn', 'q', '\r', ' ', '?', '\u0003', '\u001A')).toBe('nnq\r ?\u0003\u001A');
    const special = [keys.up, keys.down, keys.left, keys.right, keys.home, keys.end, '\u001B[5~', '\u001B[6~', '\u001B[1~', '\u001B[4~'];
    const ss3 = ['\u001BOA', '\u001BOB', '\u001BOC', '\u001BOD', '\u001BOH', '\u001BOF'];
    for (const key of [...special, ...ss3]) expect(filtered(key), JSON.stringify(key)).toBe(key);
    // Shift and Ctrl variants pass (Ink marks them; Ctrl ones are not commands).
    expect(filtered('\u001B[1;2A', '\u001B[1;5C', '\u001B[5;5~')).toBe('\u001B[1;2A\u001B[1;5C\u001B[5;5~');
  });

  it('drops pasted text, also across chunks, and keeps what follows the paste', () => {
    expect(filtered(`a${PASTE_START}echo q\r1 2${PASTE_END}b`)).toBe('ab');
    expect(filtered(`${PASTE_START}first q`, '\r3 ', `x${PASTE_END}`, 'n')).toBe('n');
    // The end marker itself split over two reads.
    expect(filtered(`${PASTE_START}q`, '\u001B[20', `1~n`)).toBe('n');
    // Keys inside a paste are pasted text too.
    expect(filtered(`${PASTE_START}${keys.down}\u001B${PASTE_END}`)).toBe('');
  });

  it('gives keys back when a paste never ends (a broken terminal)', () => {
    const filter = createInputFilter();
    expect(filter.push(`${PASTE_START}q`, 0)).toBe('');
    expect(filter.push('q', PASTE_GAP_MS / 2)).toBe('');
    expect(filter.push('q', PASTE_GAP_MS / 2 + PASTE_GAP_MS + 1)).toBe('q');
  });

  it('drops mouse and cursor reports, focus events, function keys and unknown sequences', () => {
    const junk = ['\u001B[<0;10;5M', '\u001B[<0;10;5m', '\u001B[12;3R', '\u001B[M !%', '\u001B[I', '\u001B[O', '\u001B[?1;2c', '\u001B[15~', '\u001BOP', '\u001B[[A', '\u001B[200;1u'];
    for (const sequence of junk) expect(filtered(`${sequence}j`), JSON.stringify(sequence)).toBe('j');
    // A report split over reads is still one report.
    expect(filtered('\u001B[<0;1', '0;5M', 'j')).toBe('j');
    expect(filtered('\u001B[M', ' !', '%j')).toBe('j');
  });

  it('drops Alt+key, in every spelling', () => {
    for (const sequence of ['\u001Bq', '\u001B1', '\u001B\r', '\u001B\u007F', '\u001B\u001B[B', '\u001B\u001BOA', '\u001B[1;3B', '\u001B[1;9A', '\u001B[6;3~']) {
      expect(filtered(`${sequence}j`), JSON.stringify(sequence)).toBe('j');
    }
    expect(isKeySequence('\u001B[1;3A')).toBe(false);
    expect(isKeySequence('\u001B[1;5A')).toBe(true);
  });

  it('holds a lone Esc until it is known not to start a sequence; then it is the Escape key', () => {
    const filter = createInputFilter();
    expect(filter.push('n\u001B', 0)).toBe('n');
    expect(filter.holding).toBe(true);
    expect(filter.flush()).toBe('\u001B');
    expect(filter.holding).toBe(false);
    // Its rest arriving in the next read makes it a sequence after all.
    expect(filter.push('\u001B', 1)).toBe('');
    expect(filter.push('[B', 2)).toBe(keys.down);
    // An incomplete sequence that never completes is dropped.
    expect(filter.push('\u001B[<0;1', 3)).toBe('');
    expect(filter.flush()).toBe('');
    // Two Escape presses read together are two Escapes (the second one held like any lone Esc).
    expect(filter.push('\u001B\u001B', 4)).toBe('\u001B');
    expect(filter.flush()).toBe('\u001B');
  });
});
