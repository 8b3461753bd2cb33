/**
 * The tutorial with the ASCII glyph set (what classic conhost gets, and WINLINK_ASCII=1): no
 * screen shows anything beyond ASCII, and the layout is unchanged (nothing wraps).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, makeConfigHome, startCli } from './pty-harness.js';

const lesson1 = readLesson('01-why-link.md');
const NOT_ASCII = /[^\u0000-\u007f]/u;

beforeAll(assertBuilt);
afterEach(cleanupE2e);

describe('WINLINK_ASCII=1', () => {
  it('menu, a lesson with its footer, and the help overlay are ASCII only and fit the window', { timeout: 30_000 }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), cols: 80, rows: 24, env: { WINLINK_ASCII: '1' } });
    const seen = async (expected: string | RegExp) => ({ screen: await cli.waitFor(expected), wrapped: cli.wrappedRows() });
    const screens = [await seen(`1. ${lesson1.title}`)];
    await cli.press('1');
    screens.push(await seen(/Step 1 of/));
    await cli.press('?');
    screens.push(await seen('Keys (press ? or Esc to close)'));
    for (const { screen, wrapped } of screens) {
      expect(screen).not.toMatch(NOT_ASCII);
      expect(wrapped).toEqual([]);
    }
    // The same screens in Unicode do use glyphs (the footer's arrows): the check above means something.
    const unicode = startCli({ configHome: makeConfigHome(), cols: 80, rows: 24, env: { WINLINK_ASCII: '0' } });
    await unicode.waitFor(`1. ${lesson1.title}`);
    await unicode.press('1');
    expect(await unicode.waitFor(/Step 1 of/)).toMatch(NOT_ASCII);
  });
});
