// The language is chosen before every command that prints human text (issue 23): so an unknown
// WINLINK_LANG is a usage error for all of them, not only for the commands that load lessons.
// A usage error in the arguments themselves stays English when the language cannot be known.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, STACK_LINE } from '../robustness/helpers/cli.js';

describe('the language comes first, as the built CLI', () => {
  beforeAll(assertBuilt);

  it.each([['why'], ['why', '0xC004F211'], ['validate'], ['where'], ['status'], ['privacy'], ['list'], ['print', '1']])('%j checks WINLINK_LANG before it prints', (...argv: string[]) => {
    const result = runCli(argv, { env: { WINLINK_LANG: 'xx' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('WINLINK_LANG=xx: unknown language');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('shows the help even when the language cannot be known (in English then)', () => {
    const result = runCli(['--help'], { env: { WINLINK_LANG: 'xx' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^winlink-tutor: learn to link your Windows license/);
  });

  it('says a usage error in English when --lang itself is what is wrong, and looks for --lang when the arguments do not parse', () => {
    const wrongLang = runCli(['list', '--lang', 'xx']);
    expect(wrongLang.code).toBe(2);
    expect(wrongLang.stderr).toMatch(/^winlink-tutor: --lang xx: unknown language; there are full translations: en/);
    expect(wrongLang.stderr).toContain('Run winlink-tutor --help for usage.');
    const badArgs = runCli(['bogus', '--lang', 'it']);
    expect(badArgs.code).toBe(2);
    expect(badArgs.stderr).toBe('winlink-tutor: unknown command "bogus"\nRun winlink-tutor --help for usage.\n');
  });

  it('says "version" without choosing a language (nothing human to say)', () => {
    const result = runCli(['--version'], { env: { WINLINK_LANG: 'xx' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
