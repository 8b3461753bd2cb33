/**
 * The one terminal test that also runs on Windows (ConPTY), where the pty suite is skipped: it
 * only reads the screen (ConPTY re-renders it, so the app's own escape bytes never arrive),
 * sends no signal, and quits with a key like a person would.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, makeConfigHome, progressFile, startCli } from './pty-harness.js';
import { existsSync } from 'node:fs';

const lesson1 = readLesson('01-why-link.md');

beforeAll(assertBuilt);
afterEach(cleanupE2e);

describe('the tutor in a terminal on any OS', () => {
  it('shows the lessons, opens one, and quits with q, keeping progress in WINLINK_CONFIG_DIR', { timeout: 60_000 }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome, cols: 100, rows: 30 });
    await cli.waitFor(`1. ${lesson1.title} (not started)`, 30_000);
    await cli.press('1');
    await cli.waitFor(lesson1.title, 30_000);
    await cli.waitForGone('(not started)', 30_000);
    await cli.press('q');
    expect(await cli.waitForExit(30_000)).toBe(0);
    expect(existsSync(progressFile(configHome))).toBe(true);
  });
});
