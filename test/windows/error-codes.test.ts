import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { checkErrorCodeLinks, checkErrorCodeTable } from '../../src/windows/error-code-checks.js';
import { findErrorCode, hresultToCode, normalizeCode } from '../../src/windows/error-code-lookup.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../../src/windows/error-codes.js';

// Every code of the facts sheet's table (probe 6), plus the related hardware code it names.
const SHEET_CODES = [
  '0xC004F211', '0xC004F213', '0xC004C008', '0xC004C003', '0xC004F034', '0xC004F050', '0xC004F074', '0xC004C060',
  '0x803F7001', '0x8007232B', '0x8007007B', '0x803FA067', '0xC004E016', '0x87E10BC6', '0xC004F012', '0xC004F00F',
];

const flat = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();

describe('error-code table', () => {
  it('holds every code of the facts sheet and nothing malformed', () => {
    expect(ERROR_CODES.map((entry) => entry.code).sort()).toEqual([...SHEET_CODES].sort());
    expect(checkErrorCodeTable(ERROR_CODES)).toEqual([]);
  });

  it('points only at lessons and steps the shipped course has', () => {
    const { course, errors } = loadCourse(DEFAULT_LESSONS_DIR);
    expect(errors).toEqual([]);
    expect(checkErrorCodeLinks(ERROR_CODES, course, true)).toEqual([]);
  });

  it('reports duplicate, malformed and empty entries', () => {
    const first = ERROR_CODES[0] as ErrorCodeEntry;
    const problems = checkErrorCodeTable([first, first, { ...first, code: 'C004F211', summary: ' ', source: 'http://x' }]);
    expect(problems).toEqual([
      'src/windows/error-codes.ts: error code 0xC004F211 is listed twice',
      'src/windows/error-codes.ts: error code "C004F211" is not 0x and 8 upper-case hex digits',
      'src/windows/error-codes.ts: error code C004F211 has an empty summary',
      'src/windows/error-codes.ts: error code C004F211 needs an https:// source',
    ]);
  });

  it('reports links to missing lessons (shipped course only) and missing steps', () => {
    const { course } = loadCourse(DEFAULT_LESSONS_DIR);
    const entry = { ...(ERROR_CODES[0] as ErrorCodeEntry), lesson: 'nope' };
    expect(checkErrorCodeLinks([entry], course, true)).toEqual(['src/windows/error-codes.ts: error code 0xC004F211 points to lesson "nope", which does not exist']);
    expect(checkErrorCodeLinks([entry], course, false)).toEqual([]);
    const badStep = { ...(ERROR_CODES[0] as ErrorCodeEntry), step: 'gone' };
    expect(checkErrorCodeLinks([badStep], course, false)[0]).toMatch(/points to step "gone", which lesson "after-hardware-change" \(.*04-after-a-hardware-change\.md\) does not have$/);
  });

  it('agrees with the troubleshooting lesson: every code it names is known, with the same meaning words', () => {
    // A CRLF checkout (git's core.autocrlf on Windows) must read the same as an LF one.
    const text = readFileSync(path.join(DEFAULT_LESSONS_DIR, '06-troubleshooting.md'), 'utf8').replace(/\r\n/g, '\n');
    const mentioned = new Set([...text.matchAll(/0x[0-9a-f]{8}/gi)].map((match) => normalizeCode(match[0])));
    expect(mentioned.size).toBeGreaterThanOrEqual(6);
    for (const code of mentioned) expect(findErrorCode(code ?? ''), String(code)).not.toBeNull();
    const bullets = [...text.matchAll(/^- \*\*(0x[0-9A-F]{8})\*\*:([\s\S]*?)(?=^- |^\n|^##)/gm)];
    expect(bullets.length).toBe(6);
    for (const [, code, body] of bullets) {
      const entry = findErrorCode(code ?? '');
      expect(flat(body ?? ''), String(code)).toContain(flat(entry?.summary ?? '?'));
    }
  });
});

describe('codes as typed and as WMI reports them', () => {
  it.each([['0xC004F211'], ['C004F211'], ['c004f211'], [' 0Xc004f211 ']])('normalises %j', (input) => {
    expect(normalizeCode(input)).toBe('0xC004F211');
  });

  it.each([[''], ['0x'], ['C004F21'], ['C004F2111'], ['0xC004G211'], ['-1073418222']])('rejects %j', (input) => {
    expect(normalizeCode(input)).toBeNull();
  });

  it('turns signed and unsigned HRESULTs into the 0x form; 0 is no error', () => {
    expect(hresultToCode(-1073418222)).toBe('0xC004F012');
    expect(hresultToCode(3221549585)).toBe('0xC004F211');
    expect(hresultToCode(-1073417711)).toBe('0xC004F211');
    expect(hresultToCode(-0x80000000)).toBe('0x80000000');
    expect(hresultToCode(0)).toBeNull();
    expect(hresultToCode(1.5)).toBeNull();
    expect(hresultToCode(2 ** 32)).toBeNull();
  });
});
