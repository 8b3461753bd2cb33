import { describe, expect, it } from 'vitest';
import { runWhy } from '../../src/commands/why.js';
import { ERROR_CODES } from '../../src/windows/error-codes.js';

describe('why', () => {
  it.each([['0xC004F211'], ['C004F211'], ['c004f211']])('explains %s', (input) => {
    const result = runWhy(input, { json: false });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('0xC004F211  SL_E_HWID_CHANGED\nMeaning: The licensing service noticed that the hardware');
    expect(result.stdout).toContain('Lesson: winlink-tutor --lesson after-hardware-change (step "open-troubleshoot")');
    expect(result.stdout).toContain("Meaning from: Windows' own licensing error text (Windows SDK, slerror.h)");
    expect(result.stdout).toContain('More help from Microsoft: https://support.microsoft.com/');
  });

  it('answers every code of the table, offline', () => {
    for (const entry of ERROR_CODES) {
      const result = runWhy(entry.code.slice(2).toLowerCase(), { json: true });
      expect(result.code).toBe(0);
      expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['code', 'name', 'meaning', 'advice', 'lesson', 'step', 'source', 'meaningFrom', 'verified']);
    }
  });

  it('marks a meaning Microsoft did not confirm', () => {
    expect(runWhy('0x803F7001', { json: false }).stdout).toContain('Meaning (not confirmed by Microsoft for Windows activation):');
    expect(runWhy('0x803F7001', { json: false }).stdout).toContain('Meaning from: community pages only');
    expect(JSON.parse(runWhy('0x803F7001', { json: true }).stdout)).toMatchObject({ code: '0x803F7001', verified: false });
  });

  // Review 2026-12 N-I5: a consumer help link was printed as "Microsoft:" for meanings from slerror.h or the GDK.
  it('says where each meaning comes from, apart from the help link', () => {
    const gdk = runWhy('0x87E10BC6', { json: false }).stdout;
    expect(gdk).toContain("Meaning (not confirmed by Microsoft for Windows activation): Microsoft documents this code only for Store licensing");
    expect(gdk).toContain("Meaning from: Microsoft's Store licensing docs for games (GDK), not Windows activation");
    expect(gdk).not.toMatch(/^Microsoft: /m);
    expect(JSON.parse(runWhy('0xC004F210', { json: true }).stdout)).toMatchObject({ code: '0xC004F210', meaningFrom: 'slerror.h', verified: true });
    expect(runWhy('0xC004F210', { json: false }).stdout).toContain('Lesson: winlink-tutor --lesson after-hardware-change (step "check-edition")');
  });

  it('lists the known codes with one line each', () => {
    const result = runWhy(undefined, { json: false });
    expect(result.code).toBe(0);
    for (const entry of ERROR_CODES) expect(result.stdout).toContain(`${entry.code}  ${entry.summary}`);
    expect(JSON.parse(runWhy(undefined, { json: true }).stdout)).toHaveLength(ERROR_CODES.length);
  });

  it('exits 1 with a hint for an unknown code', () => {
    const result = runWhy('12345678', { json: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^winlink-tutor: 0x12345678 is not a code this tutor knows\. Check the number .* run `winlink-tutor status`/);
  });

  it('exits 1 for a malformed code and neutralises escape sequences in it', () => {
    const result = runWhy('\u001b[31mC004', { json: false });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('is not an activation error code (0x and 8 hex digits, e.g. 0xC004F211)');
    expect(result.stderr).toContain('winlink-tutor status');
  });
});
