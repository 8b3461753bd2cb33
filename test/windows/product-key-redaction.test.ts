import { describe, expect, it } from 'vitest';
import { parseCimJson, parseSlmgrDli, parseSlmgrXpr } from '../../src/probes/activation-parsers.js';
import { redactProductKeys, toPartialKey } from '../../src/windows/product-key-redaction.js';

// Made-up keys in the real shape (five groups of five).
const FULL_KEY = 'ABCDE-FGHJK-LMNPQ-RSTVW-9XY7Z';

describe('product key redaction', () => {
  it('reduces any full key in text to its last 5 characters', () => {
    expect(redactProductKeys(`key ${FULL_KEY} and id_${FULL_KEY.toLowerCase()}.`)).toBe('key 9XY7Z and id_9xy7z.');
  });

  it('leaves 5-character partial keys and other text alone', () => {
    expect(redactProductKeys('Partial Product Key: 7QX4M')).toBe('Partial Product Key: 7QX4M');
  });

  it('keeps at most 5 characters of a key field', () => {
    expect(toPartialKey(FULL_KEY)).toBe('9XY7Z');
    expect(toPartialKey('abcdefgh')).toBe('DEFGH');
    expect(toPartialKey('  ')).toBeNull();
    expect(toPartialKey(null)).toBeNull();
  });

  it('never lets a full key out of the CIM parser, in any field', () => {
    const json = JSON.stringify({
      Name: `Windows(R), ${FULL_KEY} edition`,
      Description: `Windows(R) Operating System, RETAIL channel ${FULL_KEY}`,
      PartialProductKey: FULL_KEY,
      LicenseStatus: 1,
      GracePeriodRemaining: 0,
    });
    const serialized = JSON.stringify(parseCimJson(`{"answer":"winlink-tutor/license/1","products":[${json}]}`));
    expect(serialized).not.toContain('ABCDE');
    expect(serialized).toContain('"partialKey":"9XY7Z"');
  });

  it('never lets a full key out of the slmgr parsers', () => {
    const dli = `Name: Windows(R), Professional edition\nPartial Product Key: ${FULL_KEY}\nLicense Status: Licensed\n`;
    const dliResult = JSON.stringify(parseSlmgrDli(dli));
    expect(dliResult).not.toContain('ABCDE');
    expect(dliResult).toContain('"partialKey":"9XY7Z"');
    const xpr = JSON.stringify(parseSlmgrXpr(`Windows(R), ${FULL_KEY}:\n    The machine is permanently activated.\n`));
    expect(xpr).not.toContain('ABCDE');
    expect(xpr).toContain('9XY7Z');
  });
});
