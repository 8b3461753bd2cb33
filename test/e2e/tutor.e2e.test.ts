/**
 * Real-terminal end-to-end tests: the built CLI runs in a pseudo-terminal and the tests read
 * the screen a user would see. Each test is one user story. Run `npm run build` first
 * (`npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flat, lessonFileNames, plain, readLesson, windowsVariants, type QuizBlock } from './lesson-file.js';
import {
  answerQuiz,
  assertBuilt,
  cleanupE2e,
  CLEAR_TERMINAL,
  CLI,
  cliEnv,
  expectFrameFits,
  goToStep,
  keys,
  listJson,
  listRows,
  makeConfigHome,
  pickListItem,
  progressFile,
  runCli,
  selectedRow,
  startCli,
  stepHeader,
  type CliSession,
} from './pty-harness.js';

const COURSE_TITLE = 'Link your Windows license to your Microsoft account';
const lesson1 = readLesson('01-why-link.md');
const lesson2 = readLesson('02-before-you-start.md');
const lesson3 = readLesson('03-link-your-license.md');
const TEST_TIMEOUT = 30_000;

async function quit(cli: CliSession): Promise<number> {
  await cli.press('q');
  return cli.waitForExit();
}

beforeAll(() => {
  assertBuilt();
  expect(lesson1.quizzes.length, 'lesson 1 should contain quizzes').toBeGreaterThan(0);
});

afterEach(async () => {
  await cleanupE2e();
});

describe('winlink-tutor in a real terminal', () => {
  it('first run at 80x24 shows the course title and every lesson as not started', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), cols: 80, rows: 24 });
    await cli.waitFor(`1. ${lesson1.title} (not started)`);
    // The whole menu, down to its last row: a frame can reach the terminal in more than one piece.
    const screen = await cli.waitFor(/Quit\s*$/m);
    expect(screen).toContain(COURSE_TITLE);
    expect(screen).toContain(`2. ${lesson2.title} (not started)`);
    expect(screen).toContain(`3. ${lesson3.title} (not started)`);
    expect(screen).not.toContain('Continue');
    const items = listRows(screen);
    expect(items[0]).toBe(`> 1. ${lesson1.title} (not started)`);
    expect(items.at(-1)).toMatch(/Quit$/);
    expect(screen).toMatch(/q quit/);
    expectFrameFits(cli, COURSE_TITLE);
    expect(cli.rawOutput()).not.toContain(CLEAR_TERMINAL);
  });

  it('saves progress on quit and continues on the same step next time', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const total = lesson1.steps.length;
    const first = startCli({ configHome });
    await goToStep(first, lesson1, 1, 2);
    await first.press(keys.right);
    await first.waitFor(stepHeader(1, 3, total));
    expect(await quit(first)).toBe(0);
    expect(existsSync(progressFile(configHome)), progressFile(configHome)).toBe(true);

    const second = startCli({ configHome });
    const menu = await second.waitFor('Continue:');
    expect(listRows(menu)[0]).toBe(`> Continue: ${lesson1.title}, step 3 of ${total}`);
    expect(menu).toContain(`1. ${lesson1.title} (in progress, step 3 of ${total})`);
    await second.press(keys.enter);
    const step = await second.waitFor(stepHeader(1, 3, total));
    expect(step.split('\n')[1]).toBe(lesson1.steps[2]?.title);
    expect(await quit(second)).toBe(0);

    const listed = listJson(configHome).find((lesson) => lesson.id === lesson1.id);
    expect(listed).toMatchObject({ id: lesson1.id, steps: total, currentStep: 3, completed: false });
  });

  it('walks through lesson 1 to the end, answering every quiz correctly', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome });
    await goToStep(cli, lesson1, 1, 1);
    const total = lesson1.steps.length;
    for (const [index, step] of lesson1.steps.entries()) {
      const screen = await cli.waitFor(stepHeader(1, index + 1, total));
      expect(screen.split('\n')[1]).toBe(step.title);
      const quiz = lesson1.quizzes.find((candidate) => candidate.stepTitle === step.title);
      if (quiz) {
        expect(flat(screen)).toContain(plain(quiz.question));
        await answerQuiz(cli, quiz, quiz.correctIndex);
        const answered = await cli.waitFor((current) => flat(current).includes('Correct:'));
        expect(flat(answered)).not.toContain('Not quite');
        expect(selectedRow(answered)).toMatch(new RegExp(`^> ${quiz.correctIndex + 1}\\. `));
      }
      await cli.press(index % 2 === 0 ? 'n' : keys.right);
    }
    const done = await cli.waitFor(`Lesson complete: ${lesson1.title}`);
    expect(done).toContain(`Next: ${lesson2.title}`);
    expectFrameFits(cli, `Lesson complete: ${lesson1.title}`);
    // Enter on the finished screen starts the next lesson.
    await cli.press(keys.enter);
    await cli.waitFor(stepHeader(2, 1, lesson2.steps.length));
    expect(await quit(cli)).toBe(0);
    expect(listJson(configHome).find((lesson) => lesson.id === lesson1.id)?.completed).toBe(true);
  });

  it('a wrong quiz answer says "Not quite", then the right one says "Correct"', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome() });
    await goToStep(cli, lesson1, 1, 1);
    const quiz = lesson1.quizzes.at(-1) as QuizBlock;
    const stepNumber = lesson1.steps.findIndex((step) => step.title === quiz.stepTitle) + 1;
    expect(stepNumber, 'the last quiz is the last step of lesson 1').toBe(lesson1.steps.length);
    await cli.press(keys.end);
    await cli.waitFor(stepHeader(1, stepNumber, lesson1.steps.length));

    const wrong = quiz.options.findIndex((_, index) => index !== quiz.correctIndex);
    await answerQuiz(cli, quiz, wrong);
    const feedback = await cli.waitFor((screen) => flat(screen).includes('Not quite'));
    expect(flat(feedback)).toContain(`Not quite: "${quiz.options[wrong]}"`);
    expect(flat(feedback)).not.toContain('Correct:');

    await answerQuiz(cli, quiz, quiz.correctIndex);
    const right = await cli.waitFor((screen) => flat(screen).includes('Correct:'));
    expect(flat(right)).toContain(`Correct: "${quiz.options[quiz.correctIndex]}"`);
    expect(flat(right)).not.toContain('Not quite');
    expectFrameFits(cli, /^Lesson 1 of \d+: /);
  });

  it('remembers "Windows 10" from lesson 2 and shows only Windows 10 steps in lesson 3; w switches', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome() });
    const choiceIndex = lesson2.steps.findIndex((step) => step.body.some((line) => line.startsWith('```choice')));
    expect(choiceIndex, 'lesson 2 has a choice step').toBeGreaterThanOrEqual(0);
    const activation = lesson3.steps.find((step) => step.body.some((line) => /^::: *windows/.test(line)));
    if (!activation) throw new Error('lesson 3 has no step with Windows variants');
    const variants = windowsVariants(activation);
    const activationNumber = lesson3.steps.indexOf(activation) + 1;

    await cli.waitFor(`2. ${lesson2.title}`);
    await pickListItem(cli, new RegExp(`^> 2\\. ${lesson2.title}`));
    await cli.waitFor(stepHeader(2, 1, lesson2.steps.length));
    for (let step = 1; step <= choiceIndex; step += 1) {
      await cli.press('n');
      await cli.waitFor(stepHeader(2, step + 1, lesson2.steps.length));
    }
    await cli.waitFor('> 1. Windows 11');
    await pickListItem(cli, /^> 2\. Windows 10$/, 'j');
    await cli.waitFor('Saved: Windows 10');

    await cli.press(keys.escape);
    await cli.waitFor(`3. ${lesson3.title}`);
    await pickListItem(cli, new RegExp(`^> 3\\. ${lesson3.title}`));
    await cli.waitFor(stepHeader(3, 1, lesson3.steps.length));
    for (let step = 1; step < activationNumber; step += 1) {
      await cli.press('n');
      await cli.waitFor(stepHeader(3, step + 1, lesson3.steps.length));
    }
    const win10 = await cli.waitFor((screen) => flat(screen).includes(variants['10']));
    expect(flat(win10)).not.toContain(variants['11']);

    await cli.press('w');
    const win11 = await cli.waitFor((screen) => flat(screen).includes(variants['11']));
    expect(flat(win11)).not.toContain(variants['10']);
    expect(win11).toMatch(stepHeader(3, activationNumber, lesson3.steps.length));
  });

  it('reset --yes forgets the progress: no Continue item afterwards', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const first = startCli({ configHome });
    await goToStep(first, lesson1, 1, 2);
    expect(await quit(first)).toBe(0);
    expect(listJson(configHome).find((lesson) => lesson.id === lesson1.id)?.currentStep).toBe(2);

    runCli(configHome, ['reset', '--yes']);

    const second = startCli({ configHome });
    const menu = await second.waitFor(`1. ${lesson1.title} (not started)`);
    expect(menu).not.toContain('Continue');
    expect(listRows(menu)[0]).toBe(`> 1. ${lesson1.title} (not started)`);
    expect(listJson(configHome).find((lesson) => lesson.id === lesson1.id)?.currentStep).toBe(1);
  });

  it('? opens the help overlay with the keys; ? or Esc closes it and the lesson is back', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome() });
    await goToStep(cli, lesson1, 1, 1);
    await cli.press('n');
    const lesson = await cli.waitFor(stepHeader(1, 2, lesson1.steps.length));

    await cli.press('?');
    const help = await cli.waitFor('Keys');
    expect(help).toMatch(/^Keys/);
    for (const text of ['next step', 'previous step', 'Enter', '→  n  Space', '←  p', 'Esc  m']) expect(help).toContain(text);
    expect(help).not.toMatch(/^Step 2 of/m);
    expectFrameFits(cli, /^Keys/);

    await cli.press('?');
    expect(await cli.waitFor(stepHeader(1, 2, lesson1.steps.length))).toBe(lesson);

    await cli.press('?');
    await cli.waitFor(/^Keys/);
    await cli.press(keys.escape);
    expect(await cli.waitFor(stepHeader(1, 2, lesson1.steps.length))).toBe(lesson);
    // Esc closed only the overlay: the keys work on the lesson again.
    await cli.press('n');
    await cli.waitFor(stepHeader(1, 3, lesson1.steps.length));
  });

  it('reflows when the terminal shrinks from 80x24 to 40x20 and keeps working', { timeout: TEST_TIMEOUT }, async () => {
    const cli = startCli({ configHome: makeConfigHome(), cols: 80, rows: 24 });
    await goToStep(cli, lesson1, 1, 2);
    expectFrameFits(cli, /^Lesson 1 of \d+: /);

    cli.resize(40, 20);
    const small = await cli.waitFor(function reflowed(screen) {
      const rows = screen.split('\n');
      return rows.length === 20 && /^Lesson 1 of \d+: /.test(rows[0] ?? '') && /^Step 2 of /.test(rows[2] ?? '') && /q quit$/.test(screen.trimEnd());
    });
    expectFrameFits(cli, /^Lesson 1 of \d+: /);
    // The step is longer than the window now: it says so instead of cutting text off.
    expect(small).toMatch(/lines 1-\d+ of \d+/);

    await cli.press('j');
    await cli.waitFor(/lines 2-\d+ of \d+/);
    await cli.press('n');
    await cli.waitFor(stepHeader(1, 3, lesson1.steps.length));
    expectFrameFits(cli, /^Lesson 1 of \d+: /);
    await cli.press('p');
    await cli.waitFor(stepHeader(1, 2, lesson1.steps.length));
    expect(await quit(cli)).toBe(0);
  });

  it('Ctrl+C quits, restores the terminal and keeps the progress', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome });
    await goToStep(cli, lesson1, 1, 2);
    await cli.press(keys.ctrlC);
    const code = await cli.waitForExit();
    // Ink handles Ctrl+C in raw mode as a normal quit; 130 (SIGINT convention) would be fine too.
    expect([0, 130]).toContain(code);

    const raw = cli.rawOutput();
    const lastIndex = (sequence: string) => raw.lastIndexOf(sequence);
    expect(lastIndex('\u001B[?1049h'), 'the tutorial used the alternate screen').toBeGreaterThanOrEqual(0);
    expect(lastIndex('\u001B[?1049l'), 'the alternate screen was left').toBeGreaterThan(lastIndex('\u001B[?1049h'));
    expect(lastIndex('\u001B[?25h'), 'the cursor is shown again').toBeGreaterThan(lastIndex('\u001B[?25l'));
    const tail = raw.slice(lastIndex('\u001B[?1049l'));
    expect(tail).not.toContain('\u001B[?25l');
    expect(cli.screen(), 'the normal screen is back').not.toContain('Step 2 of');

    expect(listJson(configHome).find((lesson) => lesson.id === lesson1.id)?.currentStep).toBe(2);
  });

  it('without a terminal it exits 2 with a one-line hint to use print, no stack trace', { timeout: TEST_TIMEOUT }, () => {
    const result = spawnSync(process.execPath, [CLI], { env: cliEnv(makeConfigHome()), stdio: 'pipe', input: '', encoding: 'utf8', timeout: 15_000 });
    expect(result.status, result.stderr).toBe(2);
    const message = result.stderr.trim();
    expect(message.split('\n'), message).toHaveLength(1);
    expect(message).toMatch(/\bprint\b/);
    expect(message).not.toMatch(/^\s+at /m);
    expect(message).not.toMatch(/Error:/);
    expect(result.stdout).toBe('');
  });

  it('print into a pipe (`winlink-tutor print | cat`) exits 0 with the whole course as plain text', { timeout: TEST_TIMEOUT }, () => {
    const result = spawnSync(process.execPath, [CLI, 'print'], { env: cliEnv(makeConfigHome()), stdio: 'pipe', input: '', encoding: 'utf8', timeout: 15_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith(`${COURSE_TITLE}\n`), result.stdout.slice(0, 200)).toBe(true);
    expect(result.stdout, 'no escape sequences in a pipe').not.toContain('\u001B');
    const text = flat(result.stdout);
    const files = lessonFileNames();
    expect(files.length).toBeGreaterThan(0);
    let position = 0;
    for (const [index, file] of files.entries()) {
      const lesson = readLesson(file);
      // Lessons and their steps come in course order.
      const heading = result.stdout.indexOf(`\nLesson ${index + 1}: ${lesson.title}\n`, position);
      expect(heading, `Lesson ${index + 1}: ${lesson.title}`).toBeGreaterThan(position - 1);
      position = heading;
      for (const [stepIndex, step] of lesson.steps.entries()) {
        const stepLine = result.stdout.indexOf(`\nStep ${stepIndex + 1} of ${lesson.steps.length}: ${plain(step.title)}\n`, position);
        expect(stepLine, `${lesson.id}: Step ${stepIndex + 1} of ${lesson.steps.length}: ${step.title}`).toBeGreaterThan(position);
        position = stepLine;
      }
      for (const quiz of lesson.quizzes) expect(text, `${lesson.id}: quiz "${quiz.question}"`).toContain(plain(quiz.question));
    }
  });
});
