import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bad-lessons/${name}`, import.meta.url));
const front = (id: string) => `---\nid: ${id}\ntitle: T\nsummary: S\nminutes: 1\n---\n\n## Step\n\n`;

/** Each case: fixture folder (one lesson file) → the one `file:line: message` it must produce. */
const CASES: readonly (readonly [string, number, string])[] = [
  ['missing-title', 1, 'front matter: missing title'],
  ['missing-id', 1, 'front matter: missing lesson id'],
  ['empty-lesson', 7, 'lesson has no steps'],
  ['quiz-no-correct', 10, 'quiz block: needs exactly one option with correct: true (found 0)'],
  ['unknown-kind', 10, 'unknown step kind "quizz" (did you mean "quiz"?'],
  ['unknown-variant', 10, 'unknown Windows variant "8"'],
  ['non-utf8', 10, 'file is not valid UTF-8'],
  ['bad-yaml', 4, 'front matter: invalid YAML'],
  ['two-correct', 10, 'quiz block: needs exactly one option with correct: true (found 2)'],
];

/** Generated cases: too big to keep in git, or built to break a recursive parser. */
const GENERATED: readonly (readonly [string, string | Buffer, number, string])[] = [
  ['huge.md', `${front('huge')}${'A line of lesson text that goes on.\n'.repeat(16_000)}`, 1, 'file is larger than 512 KiB'],
  ['nested.md', `${front('nested')}${'>'.repeat(20_000)} deep\n`, 1, 'lesson cannot be parsed'],
  ['empty-file.md', '', 1, 'missing front matter'],
];

/** Every bad lesson in one folder, numbered so the loader reads them all. */
function allInOne(): { dir: string; expected: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'winlink-bad-'));
  const expected: string[] = [];
  CASES.forEach(([name, line, message], index) => {
    const [source] = readdirSync(fixture(name));
    const file = path.join(dir, `${String(index + 1).padStart(2, '0')}-${name}.md`);
    copyFileSync(path.join(fixture(name), source ?? ''), file);
    expected.push(`${file}:${line}: ${message}`);
  });
  GENERATED.forEach(([name, content, line, message], index) => {
    const file = path.join(dir, `${50 + index}-${name}`);
    writeFileSync(file, content);
    expected.push(`${file}:${line}: ${message}`);
  });
  return { dir, expected };
}

describe('validate on malformed lessons', () => {
  it.each(CASES)('reports %s as file:line: message and exits 1', (name, line, message) => {
    const dir = fixture(name);
    const [file] = readdirSync(dir);
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, file ?? '')}:${line}: ${message}`);
  });

  it('reports a misspelled kind only when unambiguous, never an ordinary code block', () => {
    const dir = fixture('unknown-kind');
    const lines = runValidate(dir).stdout.trim().split('\n');
    expect(lines.map((text) => text.replace(dir, '<dir>'))).toEqual([
      `${path.join('<dir>', '01-kinds.md')}:10: unknown step kind "quizz" (did you mean "quiz"? step blocks are task, choice, quiz, check)`,
      `${path.join('<dir>', '01-kinds.md')}:21: unknown step kind "Task" (did you mean "task"? step blocks are task, choice, quiz, check)`,
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const { dir, expected } = allInOne();
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    for (const line of expected) expect(result.stdout).toContain(line);
    // Some files have more than the one problem checked above (the empty file has two).
    expect(Number(/^(\d+) problems found in /.exec(result.stderr)?.[1])).toBe(expected.length + 2);
  });
});

describe('the built CLI on malformed lessons', () => {
  let bad = { dir: '', expected: [] as string[] };
  beforeAll(() => {
    assertBuilt();
    bad = allInOne();
  });

  it('validate: exits 1 with every file:line: message and no stack trace', () => {
    const result = runCli(['validate', bad.dir]);
    expect(result.code).toBe(1);
    for (const line of bad.expected) expect(result.stdout).toContain(line);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([['list'], ['print'], ['reset', '--yes']])('%s: refuses to run on them, exit 1, with the messages', (...command) => {
    const result = runCli([...command, '--lessons-dir', bad.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the lessons have problems');
    for (const line of bad.expected) expect(result.stderr).toContain(line);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('the tutorial without a terminal: exit 2 and a hint, checked before the lessons', () => {
    const result = runCli(['--lessons-dir', bad.dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs a terminal.*winlink-tutor print/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });
});
