/**
 * Screens that look finished (issue 14): each story drives the built CLI in a pseudo-terminal
 * at 80x24 and 40 columns and reads what a new user would see.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LONG_QUIZ } from '../fixtures/course.js';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, expectFrameFits, goToStep, makeConfigHome, startCli, stepHeader } from './pty-harness.js';

const lesson1 = readLesson('01-why-link.md');
const lesson4 = readLesson('04-after-a-hardware-change.md');
const TEST_TIMEOUT = 30_000;
const quizStep = lesson1.steps.findIndex((step) => step.title === lesson1.quizzes[0]?.stepTitle) + 1;

let longLessons = '';
beforeAll(() => {
  assertBuilt();
  longLessons = mkdtempSync(path.join(tmpdir(), 'winlink-screens-'));
  writeFileSync(path.join(longLessons, '01-long.md'), LONG_QUIZ);
  // A word far down a long step: search must scroll it into view.
  const filler = Array.from({ length: 60 }, (_, index) => `Filler paragraph ${index + 1}.`).join('\n\n');
  writeFileSync(path.join(longLessons, '02-deep.md'), `---\nid: deep\ntitle: Deep text\nsummary: A long step.\nminutes: 1\n---\n\n## Intro\n\nHello.\n\n## Long step\n\n${filler}\n\nThe secret word is kiwifruit.\n`);
});
afterAll(() => rmSync(longLessons, { recursive: true, force: true }));
afterEach(async () => {
  await cleanupE2e();
});

describe('footer', () => {
  it.each([
    [80, 24],
    [40, 24],
  ])('on a quiz step at %ix%i every key stays with its label and help and quit are listed', { timeout: TEST_TIMEOUT }, async (cols, rows) => {
    const cli = startCli({ configHome: makeConfigHome(), cols, rows });
    await goToStep(cli, lesson1, 1, quizStep);
    await cli.waitFor(/q quit/);
    const screen = cli.rows();
    const footer = screen.slice(-4).join('\n');
    expect(footer).toContain('? help');
    for (const row of screen) expect(row.trim(), cli.screen()).not.toMatch(/^(quit|help|next|back|menu|select|move)\b/);
    expectFrameFits(cli, /^Lesson 1 of/);
  });
});

describe('quiz options', () => {
  it('at 40x24 a long option wraps inside the list, once, and nothing is cut with …', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lessons-dir', longLessons, '--lesson', '1'], cols: 40, rows: 24 });
    await cli.waitFor(/^> 1\. The first answer/m);
    const screen = cli.screen();
    expect(screen).not.toContain('…');
    expect(screen.match(/forty/g), screen).toHaveLength(1);
    expectFrameFits(cli, /^Lesson 1 of 2/);
  });

  it('at 40x12 the digit 5 answers option 5, which the short window did not show', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lessons-dir', longLessons, '--lesson', '1'], cols: 40, rows: 12 });
    await cli.waitFor(/^> 1\. The first answer/m);
    expect(cli.screen()).not.toContain('kumquat');
    await cli.press('5');
    await cli.waitFor(/Five is right/);
    expect(cli.screen()).toMatch(/^> 5\. The fifth/m);
    expectFrameFits(cli, /^Lesson 1 of 2/);
  });
});

describe('print --width 40', () => {
  it('in a 40-column terminal no row of the course is soft-wrapped: headings and underlines fit', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['print', '--width', '40'], cols: 40, rows: 3000, env: { NO_COLOR: '1' } });
    expect(await cli.waitForExit()).toBe(0);
    const rows = cli.rows();
    expect(rows.some((row) => /^Lesson 3: /.test(row))).toBe(true);
    // A URL may not be broken; it is the only thing allowed past the edge.
    const wrapped = cli.wrappedRows().filter((index) => !/(https?:\/\/|ms-settings:)\S*$/.test(rows[index - 1] ?? ''));
    expect(wrapped.map((index) => `${rows[index - 1]}⏎${rows[index]}`)).toEqual([]);
  });
});

describe('start screen', () => {
  it.each([
    [80, 24],
    [40, 24],
    [40, 12],
  ])('at %ix%i shows the highlighted lesson’s minutes, state and summary, and follows the highlight', { timeout: TEST_TIMEOUT }, async (cols, rows) => {
    const cli = startCli({ configHome: makeConfigHome(), cols, rows });
    await cli.waitFor(/^> 1\. /m);
    await cli.waitFor(/About \d+ min · not started/);
    expectFrameFits(cli, /^Link your Windows/);
    const first = cli.screen();
    await cli.press('j');
    await cli.waitFor(/^> 2\. /m);
    await cli.waitForGone(first);
    expect(cli.screen()).toMatch(/About \d+ min · not started/);
    expectFrameFits(cli, /^Link your Windows/);
  });
});

describe('step list (t)', () => {
  it('at 80x24 lists the steps with done marks and where you are; Enter jumps', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), cols: 80, rows: 24 });
    await goToStep(cli, lesson1, 1, 3);
    await cli.press('t');
    await cli.waitFor(`Steps of lesson 1: ${lesson1.title}`);
    expect(cli.screen()).toContain(`[x] 1. ${lesson1.steps[0]?.title}`);
    expect(cli.screen()).toContain(`> [ ] 3. ${lesson1.steps[2]?.title} (you are here)`);
    expect(cli.screen()).toContain('2 of ' + lesson1.steps.length + ' steps done');
    expectFrameFits(cli, /^Steps of lesson 1/);
    await cli.press('k');
    await cli.waitFor(/^> \[x\] 2\. /m);
    await cli.press('\r');
    await cli.waitFor(stepHeader(1, 2, lesson1.steps.length));
  });

  it('at 40x24 in a twelve-step lesson, typing 1 then 2 jumps to step 12', { timeout: TEST_TIMEOUT }, async () => {
    expect(lesson4.steps.length).toBeGreaterThanOrEqual(12);
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lesson', '4'], cols: 40, rows: 24 });
    await cli.waitFor(stepHeader(4, 1, lesson4.steps.length));
    await cli.press('t');
    await cli.waitFor(/^Steps of lesson 4/);
    expectFrameFits(cli, /^Steps of lesson 4/);
    await cli.press('1');
    await cli.waitFor(/^Step 1… \(another digit, or Enter\)/m);
    await cli.press('2');
    await cli.waitFor(stepHeader(4, 12, lesson4.steps.length));
    expectFrameFits(cli, /^Lesson 4 of/);
  });
});

describe("a lesson's end", () => {
  it.each([
    [80, 24],
    [40, 24],
  ])('at %ix%i lists the skipped questions and b goes back to the first', { timeout: TEST_TIMEOUT }, async (cols, rows) => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lesson', '1'], cols, rows });
    const total = lesson1.steps.length;
    for (let step = 1; step <= total; step += 1) {
      await cli.waitFor(stepHeader(1, step, total));
      await cli.press('n');
    }
    await cli.waitFor(/Lesson complete/);
    const screen = cli.screen().replace(/\n/g, ' ');
    expect(screen).toMatch(new RegExp(`Done: ${total - lesson1.quizzes.length} of ${total} steps`));
    expect(screen).toContain(`${quizStep}. ${lesson1.quizzes[0]?.stepTitle}`);
    expect(screen).toContain(`Press b to go back to step ${quizStep}.`);
    expectFrameFits(cli, /^Lesson complete/);
    await cli.press('b');
    await cli.waitFor(stepHeader(1, quizStep, total));
  });
});

describe('course search (/)', () => {
  it.each([
    [80, 24],
    [40, 24],
  ])('at %ix%i finds a word as you type, names lesson and step, and Enter shows it on screen', { timeout: TEST_TIMEOUT }, async (cols, rows) => {
    const cli = startCli({ configHome: makeConfigHome(), args: ['--lessons-dir', longLessons], cols, rows });
    await cli.waitFor(/^> 1\. Long options/m);
    await cli.press('/');
    await cli.waitFor(/^Search: _/m);
    for (const char of 'kiwi') await cli.press(char);
    await cli.waitFor(/^Search: kiwi_/m);
    await cli.waitFor(/^> 2\.2 Deep text › Long step/m);
    expectFrameFits(cli, /^Search: kiwi_/);
    await cli.press('\r');
    await cli.waitFor(stepHeader(2, 2, 2));
    await cli.waitFor(/The secret word is kiwifruit\./);
    expectFrameFits(cli, /^Lesson 2 of 2/);
  });
});
