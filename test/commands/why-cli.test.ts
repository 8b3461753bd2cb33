import { beforeAll, describe, expect, it } from 'vitest';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { findErrorCode } from '../../src/windows/error-code-lookup.js';
import { assertBuilt, runCli, STACK_LINE } from '../robustness/helpers/cli.js';

describe('why, as the built CLI', () => {
  beforeAll(assertBuilt);

  it('explains a code given without 0x', () => {
    const result = runCli(['why', 'C004F211']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^0xC004F211 {2}SL_E_HWID_CHANGED\n/);
  });

  it("says German Windows' words for the labels in the advice with --lang de (and the table's English with --lang en)", () => {
    const german = runCli(['why', '0xC004F211', '--lang', 'de']);
    expect(german.code).toBe(0);
    expect(german.stdout).toContain(`„${windowsLabel('activation.changed-hardware', 'de-DE')!.text}“`);
    expect(german.stdout).not.toContain('I changed hardware on this device recently');
    expect(runCli(['why', '0xC004F211', '--lang', 'en']).stdout).toContain(`What you can do: ${findErrorCode('0xC004F211')!.advice}\n`);
  });

  it.each([[['why', 'nonsense']], [['why', 'DEADBEEF', '--json']]])('%j exits 1 with a hint and no stack trace', (args) => {
    const result = runCli(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('run `winlink-tutor status`');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('is in --help', () => {
    expect(runCli(['--help']).stdout).toContain('winlink-tutor why [code] [--json]');
  });
});
