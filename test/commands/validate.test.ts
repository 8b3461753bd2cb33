import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../../src/windows/error-codes.js';

const bad = (name: string) => fileURLToPath(new URL(`../fixtures/bad-lessons/${name}`, import.meta.url));

describe('validate', () => {
  it('passes on the shipped lessons', () => {
    const result = runValidate(DEFAULT_LESSONS_DIR);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^7 lessons, \d+ steps: OK/m);
  });

  it.each([
    ['bad-yaml', '01-bad.md:4: front matter: invalid YAML: Flow sequence'],
    ['two-correct', '01-quiz.md:10: quiz block: needs exactly one option with correct: true (found 2)'],
    ['unknown-variant', '01-variant.md:10: unknown Windows variant "8"'],
    ['dup-ids', '02-b.md:2: duplicate lesson id "same"'],
    ['non-utf8', '01-bytes.md:10: file is not valid UTF-8'],
  ])('reports %s as file:line: message and exits 1', (name, expected) => {
    const dir = bad(name);
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(path.join(dir, expected));
  });

  it('exits 1 with a clear message for a missing folder', () => {
    const result = runValidate('/nonexistent/lessons');
    expect(result).toEqual({ stdout: '', stderr: 'winlink-tutor: lessons folder /nonexistent/lessons does not exist\n', code: 1 });
  });

  it('checks the error-code table and its lesson links, and exits 1 on a problem', () => {
    const first = ERROR_CODES[0] as ErrorCodeEntry;
    const table = [...ERROR_CODES, { ...first, step: 'no-such-step' }];
    const result = runValidate(DEFAULT_LESSONS_DIR, { table, shippedDir: DEFAULT_LESSONS_DIR });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('src/windows/error-codes.ts: error code 0xC004F211 is listed twice');
    expect(result.stdout).toMatch(/error code 0xC004F211 points to step "no-such-step", which lesson "after-hardware-change" \(.*\) does not have/);
    expect(result.stderr).toBe(`2 problems found in ${DEFAULT_LESSONS_DIR}\n`);
  });

  // Issue 20: "the why table and lesson 6 agree (validate checks it)".
  it('reports a code the shipped lessons teach that the table lacks', () => {
    const table = ERROR_CODES.filter((entry) => entry.code !== '0xC004F210');
    const result = runValidate(DEFAULT_LESSONS_DIR, { table, shippedDir: DEFAULT_LESSONS_DIR });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/06-troubleshooting\.md:\d+: error code 0xC004F210 is not in src\/windows\/error-codes\.ts/);
  });

  it('does not ask another course folder for the shipped lessons', () => {
    const result = runValidate(fileURLToPath(new URL('../fixtures/short-lessons', import.meta.url)));
    expect(result.stdout).not.toContain('error-codes.ts');
  });
});
