import { describe, expect, it } from 'vitest';
import { createInputFilter, isKeySequence, MAX_REPEATS, MIN_KEY_INTERVAL_MS, PASTE_END, PASTE_GAP_MS, PASTE_START, PASTE_TAIL_MS } from '../../src/terminal/input-filter.js';
import { keys } from '../keys.js';

/** Feeds chunks as a person would, a second apart, and returns what reaches Ink. */
function filtered(...chunks: string[]): string {
  const filter = createInputFilter();
  return chunks.map((chunk, index) => filter.push(chunk, index * 1_000)).join('');
}

/** Feeds [chunk, time in ms, ms the app was busy since the previous read] and returns what reaches Ink from each. */
function timed(...reads: (readonly [string, number, number?])[]): string[] {
  const filter = createInputFilter();
  return reads.map(([chunk, at, busy]) => filter.push(chunk, at, busy));
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
    expect(filtered('a', `${PASTE_START}echo q\r1 2${PASTE_END}b`)).toBe('ab');
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

describe('pastes without markers (N5)', () => {
  it('the review\'s paste in one read ("nq", 30,000 "a", a shell command) does nothing', () => {
    expect(filtered(`nq${'a'.repeat(30_000)}\necho INJECTED_BY_PASTE\n`)).toBe('');
    // Short ones too: any read holding different characters is faster than anyone types.
    expect(filtered('nq')).toBe('');
    expect(filtered('q1')).toBe('');
    expect(filtered('echo hi\r')).toBe('');
  });

  it('the same paste in 4 KB pieces 60 ms apart: every piece, and a short tail after it, is dropped', () => {
    const paste = `nq${'a'.repeat(30_000)}\necho INJECTED_BY_PASTE\nq`;
    const reads: [string, number][] = [];
    for (let at = 0; at < paste.length; at += 4096) reads.push([paste.slice(at, at + 4096), (at / 4096) * 60]);
    // The tail: one "q" in a read of its own, just after the last piece.
    reads.push(['q', reads.length * 60]);
    expect(timed(...reads).join('')).toBe('');
  });

  it('real keys still act: single keys, a fast typist, a held key, keys after a paste has ended', () => {
    // A fast typist: different keys in reads 40 ms apart.
    expect(timed(['n', 0], ['j', 40], ['q', 80]).join('')).toBe('njq');
    // A held key: auto-repeat arrives one per read, ~30 ms apart; after a busy moment a few pile up.
    expect(timed(['n', 0], ['n', 30], ['n', 60], ['nnnn', 200]).join('')).toBe('nnnnnnn');
    expect(filtered('n'.repeat(MAX_REPEATS))).toBe('n'.repeat(MAX_REPEATS));
    expect(filtered('n'.repeat(MAX_REPEATS + 1))).toBe('');
    // After a paste, a key typed once the paste is over acts again.
    expect(timed(['hello there', 0], ['n', PASTE_TAIL_MS + 1])).toEqual(['', 'n']);
    // Keys in separate reads are typing, however close (a test harness, a busy machine).
    expect(timed(['n', 0], ['j', 1], ['n', 2])).toEqual(['n', 'j', 'n']);
  });

  it('keys that piled up while the app was busy drawing act; the same text after an idle moment is a paste', () => {
    // "kiwi" typed into the search while a large course took 400 ms per key: "iwi" in one read.
    expect(timed(['k', 0], ['iwi', 400, 400])).toEqual(['k', 'iwi']);
    // More than one key per MIN_KEY_INTERVAL_MS of busy time is more than anyone types.
    expect(timed(['k', 0], ['x'.repeat(3) + 'yz', 2 * MIN_KEY_INTERVAL_MS, 2 * MIN_KEY_INTERVAL_MS])).toEqual(['k', '']);
    // Idle for 10 s (a little timer work only), then "iwi" at once: a paste.
    expect(timed(['k', 0], ['iwi', 10_000, 100])).toEqual(['k', '']);
  });

  it('a single key right after a paste is its tail, but does not stretch the paste', () => {
    expect(timed(['hello there', 0], ['q', 100], ['n', 250])).toEqual(['', '', 'n']);
  });

  it('escape-sequence keys in the same read as a paste still act, and Ctrl+C always does', () => {
    expect(filtered(`${keys.down}pasted text`)).toBe(keys.down);
    expect(timed(['pasted text', 0], ['\u0003', 10])).toEqual(['', '\u0003']);
  });

  it('text with no ASCII (an input method committing a word, Cyrillic typing) is not treated as a paste', () => {
    expect(timed(['ライセンス', 0], ['認証', 2])).toEqual(['ライセンス', '認証']);
  });
});

describe('terminal replies ended by ST (N6)', () => {
  const st = '\u001B\\';
  it('an OSC 11 colour reply and a DCS XTVERSION reply are one sequence, not typed text', () => {
    expect(filtered(`\u001B]11;rgb:1a1a/1a1a/1a1a${st}`)).toBe('');
    expect(filtered(`\u001BP>|XTerm(390)${st}`)).toBe('');
    expect(filtered(`\u001B_Gi=1;OK${st}`, `\u001B^pm${st}`, `\u001BXsos${st}`)).toBe('');
    // BEL-terminated too, and keys around the reply pass.
    expect(filtered('n', `\u001B]10;rgb:ffff/ffff/ffff\u0007`, 'j')).toBe('nj');
  });

  it('a reply split over reads is still one reply', () => {
    const filter = createInputFilter();
    expect(filter.push('\u001B]11;rgb:1a1a/', 0)).toBe('');
    expect(filter.holding).toBe(true);
    expect(filter.push('1a1a/1a1a\u001B', 5)).toBe('');
    expect(filter.push('\\', 10)).toBe('');
    expect(filter.holding).toBe(false);
    expect(filter.push('n', 1_000)).toBe('n');
  });
});
