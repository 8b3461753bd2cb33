/**
 * The adversarial audit's progress findings, reproduced in real terminals and with the plain
 * commands: each of these lost, reverted or clobbered something before saves carried only what
 * a window changed.
 */
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holderIdentity } from '../../src/progress/file-lock.js';
import { readLesson } from './lesson-file.js';
import { assertBuilt, cleanupE2e, goToStep, listJson, makeConfigHome, progressFile, runCli, startCli, stepHeader, type CliSession } from './pty-harness.js';

const AUDIT_LESSONS = fileURLToPath(new URL('../fixtures/audit-lessons', import.meta.url));
const CLOCK_BEHIND = fileURLToPath(new URL('./fixtures/clock-behind.cjs', import.meta.url));
const lesson1 = readLesson('01-why-link.md');
const TEST_TIMEOUT = 40_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(assertBuilt);
afterEach(cleanupE2e);

async function quit(cli: CliSession): Promise<void> {
  await cli.press('q');
  expect(await cli.waitForExit()).toBe(0);
}

/** A copy of the small audit course that a test may edit. */
function auditCourse(): string {
  const dir = join(makeConfigHome(), 'lessons');
  cpSync(AUDIT_LESSONS, dir, { recursive: true });
  return dir;
}

/** Opens the audit course's quiz in a new window and picks option `key`; the window stays open. */
async function answerAlphaQuiz(configHome: string, lessons: string, key: string, feedback: string): Promise<CliSession> {
  const window = startCli({ configHome, args: ['--lessons-dir', lessons, '--lesson', '1'] });
  await window.waitFor('Step 1 of 3');
  await window.press('G');
  await window.waitFor('Pick the right one.');
  await window.press(key);
  await window.waitFor(feedback);
  return window;
}

const alpha = (configHome: string, lessons: string) => listCourse(configHome, lessons)[0];
function listCourse(configHome: string, lessons: string) {
  return JSON.parse(runCli(configHome, ['list', '--json', '--lessons-dir', lessons])) as { id: string; currentStep: number; stepsCompleted: number }[];
}

describe('progress the audit saw lost or wrong', () => {
  it('(3) navigating in an older window does not revert a newer quiz answer', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const lessons = auditCourse();
    const older = await answerAlphaQuiz(configHome, lessons, '1', 'Not quite');
    const newer = startCli({ configHome, args: ['--lessons-dir', lessons, '--lesson', '1'] });
    await newer.waitFor('Pick the right one.');
    await newer.press('2');
    await newer.waitFor('Correct: "Right one"');
    await quit(newer);
    await older.press('p');
    await older.waitFor('Step 2 of 3');
    await older.press('n');
    await older.waitFor('Step 3 of 3');
    await quit(older);
    const check = startCli({ configHome, args: ['--lessons-dir', lessons, '--lesson', '1'] });
    await check.waitFor('Correct: "Right one"');
    await quit(check);
  });

  it('(4) a clock ten years behind still saves the position', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const first = startCli({ configHome });
    await goToStep(first, lesson1, 1, 3);
    await quit(first);
    const behind = startCli({ configHome, env: { NODE_OPTIONS: `--require ${CLOCK_BEHIND}` } });
    await behind.press('1');
    await behind.waitFor(stepHeader(1, 3, lesson1.steps.length));
    await behind.press('p');
    await behind.waitFor(stepHeader(1, 2, lesson1.steps.length));
    await quit(behind);
    expect(listJson(configHome)[0]).toMatchObject({ id: lesson1.id, currentStep: 2 });
  });

  it('(5) never saves without the lock: a change waits for a lock held too long, says so, and lands once it is free', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    mkdirSync(join(configHome, 'winlink-tutor'), { recursive: true });
    const lock = `${progressFile(configHome)}.lock`;
    // Another window's save that takes longer than any wait (a live process holds the lock; its start proves it).
    writeFileSync(lock, holderIdentity(process.pid));
    const window = startCli({ configHome });
    await window.press('1');
    await window.waitFor(stepHeader(1, 1, lesson1.steps.length));
    await window.press('n');
    await window.waitFor(/Not saved yet: another winlink-tutor/);
    await sleep(2500);
    expect(existsSync(progressFile(configHome))).toBe(false);
    rmSync(lock);
    await window.waitForGone(/Not saved yet/, 5000);
    expect(listJson(configHome)[0]).toMatchObject({ id: lesson1.id, currentStep: 2 });
    await quit(window);
  });

  it('(6) a task un-ticked in one window stays un-ticked when another window saves in another lesson', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const lessons = auditCourse();
    const one = startCli({ configHome, args: ['--lessons-dir', lessons, '--lesson', '1'] });
    await one.waitFor('Step 1 of 3');
    await one.press('n');
    await one.waitFor('Step 2 of 3');
    await one.press('x');
    await one.waitFor(/\[x\]|✔|done/i);
    expect(alpha(configHome, lessons)?.stepsCompleted).toBe(2);
    const two = startCli({ configHome, args: ['--lessons-dir', lessons] });
    await two.waitFor('2. Beta');
    await one.press('x');
    await sleep(300);
    expect(alpha(configHome, lessons)?.stepsCompleted).toBe(1);
    await two.press('2');
    await two.waitFor('Step 1 of 2');
    await two.press('n');
    await two.waitFor('Step 2 of 2');
    await quit(two);
    await quit(one);
    expect(alpha(configHome, lessons)?.stepsCompleted).toBe(1);
  });

  it('(7) config.json as a link to another JSON file: the file it points to is never written', () => {
    const configHome = makeConfigHome();
    mkdirSync(join(configHome, 'winlink-tutor'), { recursive: true });
    const target = join(configHome, 'tsconfig.json');
    const original = '{ "compilerOptions": { "strict": true } }\n';
    writeFileSync(target, original);
    chmodSync(target, 0o644);
    symlinkSync(target, progressFile(configHome));
    runCli(configHome, ['reset', '1', '--yes']);
    expect(readFileSync(target, 'utf8')).toBe(original);
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(lstatSync(progressFile(configHome)).isSymbolicLink()).toBe(false);
  });

  it('(8) "updatedAt": 1e999 in an old file is read and written back without losing the file', () => {
    const configHome = makeConfigHome();
    mkdirSync(join(configHome, 'winlink-tutor'), { recursive: true });
    const old = `{"version":1,"windows":"11","windowsUpdatedAt":1,"lastLesson":"${lesson1.id}","updatedAt":1e999,"lessons":{"${lesson1.id}":{"currentStep":"${lesson1.steps[2]?.id}","currentIndex":2,"completed":[],"answers":{},"finished":false,"updatedAt":1e999}}}`;
    writeFileSync(progressFile(configHome), old);
    runCli(configHome, ['reset', '2', '--yes']);
    expect(listJson(configHome)[0]).toMatchObject({ id: lesson1.id, currentStep: 3 });
    expect(readFileSync(progressFile(configHome), 'utf8')).not.toContain('null,');
  });

  it('(9) reset --lessons-dir X forgets that course only, not the shipped one', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const window = startCli({ configHome });
    await goToStep(window, lesson1, 1, 2);
    await quit(window);
    runCli(configHome, ['reset', '--yes', '--lessons-dir', auditCourse()]);
    expect(listJson(configHome)[0]).toMatchObject({ id: lesson1.id, currentStep: 2 });
  });

  it('(10) a quiz answer survives reordered options: the right answer stays right', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const lessons = auditCourse();
    await quit(await answerAlphaQuiz(configHome, lessons, '2', 'Correct: "Right one"'));
    const file = join(lessons, '01-alpha.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('  - text: Wrong one\n  - text: Right one\n    correct: true\n', '  - text: Right one\n    correct: true\n  - text: Wrong one\n'));
    const again = startCli({ configHome, args: ['--lessons-dir', lessons, '--lesson', '1'] });
    await again.waitFor('Pick the right one.');
    await again.waitFor('Correct: "Right one"');
    expect(again.screen()).not.toContain('Correct: "Wrong one"');
    await quit(again);
  });
});
