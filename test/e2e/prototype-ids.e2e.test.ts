/** A lesson and a step both named "constructor": the tutorial opens, moves on and saves. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cleanupE2e, makeConfigHome, progressFile, startCli } from './pty-harness.js';

let lessonsDir = '';

beforeAll(() => {
  assertBuilt();
  lessonsDir = mkdtempSync(path.join(tmpdir(), 'winlink-proto-'));
  writeFileSync(path.join(lessonsDir, '01-constructor.md'), '---\nid: constructor\ntitle: Odd ids\nsummary: S\nminutes: 1\n---\n\n## Constructor\n\nFirst.\n\n## Second\n\nDone.\n');
});

afterEach(async () => {
  await cleanupE2e();
});

describe('a lesson whose ids are Object.prototype members', () => {
  it('opens with --lesson, goes on with n, quits with q and has saved the step', { timeout: 30_000 }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome, args: ['--lessons-dir', lessonsDir, '--lesson', 'constructor'] });
    await cli.waitFor('Step 1 of 2');
    await cli.press('n');
    await cli.waitFor('Step 2 of 2');
    expect(cli.screen()).not.toMatch(/Could not save|unexpected error/);
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
    const saved = JSON.parse(readFileSync(progressFile(configHome), 'utf8')) as { courses: Record<string, { lessons: Record<string, { currentStep?: string }> }> };
    const lessons = Object.values(saved.courses).map((course) => course.lessons);
    expect(lessons.some((entry) => new Map(Object.entries(entry)).get('constructor')?.currentStep === 'second')).toBe(true);
  });
});
