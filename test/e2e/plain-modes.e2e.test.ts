/**
 * Colour and plain-mode rules in a real terminal: NO_COLOR, TERM=dumb and screen-reader mode
 * give text without colour codes; a normal terminal gets colour.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, makeConfigHome, startCli } from './pty-harness.js';

const SGR_COLOUR = /\u001B\[(?:\d+;)*(?:3\d|9\d|1)m/;
const TEST_TIMEOUT = 30_000;
const lesson1Steps = readLesson('01-why-link.md').steps.length;

beforeAll(() => assertBuilt());
afterEach(async () => cleanupE2e());

describe('colour and plain modes in a terminal', () => {
  it('print uses colour in a terminal, and none with NO_COLOR', async () => {
    const coloured = startCli({ args: ['print', '1'], configHome: makeConfigHome() });
    await coloured.waitForExit();
    expect(coloured.rawOutput()).toMatch(SGR_COLOUR);
    const plain = startCli({ args: ['print', '1'], configHome: makeConfigHome(), env: { NO_COLOR: '1' } });
    expect(await plain.waitForExit()).toBe(0);
    expect(plain.rawOutput()).toContain('Lesson 1: Why link your license');
    expect(plain.rawOutput()).not.toMatch(SGR_COLOUR);
  }, TEST_TIMEOUT);

  it('TERM=dumb: the tutorial runs without colour, glyph bars or the alternate screen', async () => {
    const cli = startCli({ configHome: makeConfigHome(), env: { TERM: 'dumb' } });
    await cli.waitFor('lessons done');
    expect(cli.screen()).toMatch(/0 of 7 lessons done #*\.+/);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    expect(cli.rawOutput()).not.toMatch(SGR_COLOUR);
    expect(cli.rawOutput()).not.toContain('\u001B[?1049h');
  }, TEST_TIMEOUT);

  it('screen-reader mode says the state in words and draws no bars', async () => {
    const cli = startCli({ args: ['--screen-reader'], configHome: makeConfigHome() });
    await cli.waitFor('lessons done');
    expect(cli.screen()).toContain('0 of 7 lessons done');
    expect(cli.screen()).not.toMatch(/lessons done [#.█░]/);
    expect(cli.screen()).toContain('> 1. Why link your license (not started) (selected)');
    await cli.press('\r');
    await cli.waitFor(`Step 1 of ${lesson1Steps}`);
    expect(cli.screen()).not.toMatch(new RegExp(`Step 1 of ${lesson1Steps} .`));
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    expect(cli.rawOutput()).not.toMatch(SGR_COLOUR);
  }, TEST_TIMEOUT);
});
