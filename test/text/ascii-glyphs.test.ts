/**
 * The ASCII glyph set (K1, K5 of the Windows review): classic conhost with a CJK font draws
 * `…`, arrows and box lines two cells wide, and Windows PowerShell 5.1 decodes a redirected
 * stdout with the console's code page.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { detectTerminal } from '../../src/terminal-env.js';
import { asciiJson, toAsciiGlyphs, wantsAsciiGlyphs } from '../../src/text/ascii-glyphs.js';
import { assertBuilt, runCli } from '../robustness/helpers/cli.js';

const NOT_ASCII = /[^\u0000-\u007f]/u;

describe('which output gets the ASCII glyph set', () => {
  it.each([
    ['classic console (conhost) on Windows', {}, true, 'win32', true],
    ['Windows Terminal', { WT_SESSION: 'a1b2' }, true, 'win32', false],
    ["VS Code's terminal on Windows", { TERM_PROGRAM: 'vscode' }, true, 'win32', false],
    ['a file or pipe on Windows, even from Windows Terminal', { WT_SESSION: 'a1b2' }, false, 'win32', true],
    ['a file or pipe elsewhere', {}, false, 'linux', false],
    ['a terminal elsewhere', {}, true, 'darwin', false],
    ['WINLINK_ASCII=1 anywhere', { WINLINK_ASCII: '1' }, true, 'linux', true],
    ['WINLINK_ASCII=0 in conhost', { WINLINK_ASCII: '0' }, true, 'win32', false],
  ] as const)('%s', (_name, env, isTTY, platform, ascii) => {
    expect(wantsAsciiGlyphs(env, isTTY, platform)).toBe(ascii);
    const terminal = detectTerminal(env, isTTY, false, platform);
    expect(terminal.asciiGlyphs).toBe(ascii);
    if (ascii) expect(terminal.unicode).toBe(false);
  });
});

describe('the glyph set', () => {
  const used = '… • · → ← ↑ ↓ › — – ‘’ “” ─ │ ┌┐└┘├┤ █ ░ ▒ ▓ ✓ ✗';

  it('turns each glyph into one ASCII character, so widths measured before stay right', () => {
    const ascii = toAsciiGlyphs(used);
    expect(ascii).not.toMatch(NOT_ASCII);
    expect(stringWidth(ascii)).toBe(stringWidth(used));
    expect(ascii).toBe(". * . > < ^ v > - - '' \"\" - | ++++++ # . : # + x");
  });

  it('leaves escape sequences, letters and emoji alone', () => {
    const text = '\u001B[1mJürgen\u001B[22m 👩 \u001B]8;;ms-settings:activation\u0007Settings\u001B]8;;\u0007';
    expect(toAsciiGlyphs(text)).toBe(text);
  });

  it('JSON keeps its meaning with \\u escapes, ASCII only', () => {
    const value = { title: 'Über … Jürgen 👩‍👧 日本', n: 1 };
    const json = asciiJson(`${JSON.stringify(value, null, 2)}\n`);
    expect(json).not.toMatch(NOT_ASCII);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the built CLI with the ASCII glyph set', () => {
  beforeAll(assertBuilt);

  it('print, --help and list write nothing beyond ASCII', () => {
    for (const args of [['print'], ['--help'], ['list']]) {
      const result = runCli(args, { env: { WINLINK_ASCII: '1' } });
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(100);
      expect(result.stdout, args.join(' ')).not.toMatch(NOT_ASCII);
    }
    // Without it the same output does use glyphs: the test above is not empty-handed.
    expect(runCli(['print'], { env: { WINLINK_ASCII: '0' } }).stdout).toMatch(NOT_ASCII);
  });

  it('--json escapes what is beyond ASCII and still parses to the same text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-ascii-'));
    for (const file of readdirSync(DEFAULT_LESSONS_DIR).filter((name) => name.endsWith('.md'))) copyFileSync(path.join(DEFAULT_LESSONS_DIR, file), path.join(dir, file));
    const first = path.join(dir, '01-why-link.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace('title: Why link your license', 'title: Warum verknüpfen… 日本'));
    const result = runCli(['list', '--json', '--lessons-dir', dir], { env: { WINLINK_ASCII: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(NOT_ASCII);
    expect(result.stdout).toContain('Warum verkn\\u00fcpfen\\u2026 \\u65e5\\u672c');
    expect((JSON.parse(result.stdout) as { title: string }[])[0]?.title).toBe('Warum verknüpfen… 日本');
  });
});
