/**
 * A step made of one 500 KB word (just under the lesson size limit) used to take minutes per
 * frame; meanwhile no key, Ctrl+C included, was read. Now every frame's work is bounded.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cleanupE2e, keys, makeConfigHome, startCli } from './pty-harness.js';

const TOKEN = 'a'.repeat(500_000);
let lessonsDir = '';

beforeAll(() => {
  assertBuilt();
  lessonsDir = mkdtempSync(path.join(tmpdir(), 'winlink-long-'));
  writeFileSync(path.join(lessonsDir, '01-long.md'), `---\nid: long\ntitle: Long\nsummary: One very long word.\nminutes: 1\n---\n\n## One long word\n\n${TOKEN}\n\n## Short\n\nDone.\n`);
});

afterEach(async () => {
  await cleanupE2e();
});

describe('a step holding one 500 KB word', () => {
  it('shows at once, moves on with n, and Ctrl+C quits while on it', { timeout: 30_000 }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lessons-dir', lessonsDir, '--lesson', '1'], cols: 80, rows: 24 });
    await cli.waitFor('Step 1 of 2', 8_000);
    expect(cli.screen()).toContain('a'.repeat(80));
    await cli.press('n');
    await cli.waitFor('Step 2 of 2', 5_000);
    await cli.press('p');
    await cli.waitFor('Step 1 of 2', 5_000);
    const pressed = Date.now();
    await cli.press(keys.ctrlC);
    const code = await cli.waitForExit(5_000);
    expect([0, 130]).toContain(code);
    expect(Date.now() - pressed).toBeLessThan(5_000);
  });
});
