import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { checkErrorCodeLinks, checkErrorCodeTable, checkLessonCodes } from '../../src/windows/error-code-checks.js';
import { lesson } from '../fixtures/course.js';
import { findErrorCode, hresultToCode, normalizeCode } from '../../src/windows/error-code-lookup.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../../src/windows/error-codes.js';

// Every code of the facts sheet's table (probe 6), plus the related hardware code it names, and
// the edition and genuine codes of slerror.h the edition rule produces (review 2026-12 N-O1).
const SHEET_CODES = [
  '0xC004F211', '0xC004F213', '0xC004C008', '0xC004C003', '0xC004F034', '0xC004F050', '0xC004F074', '0xC004C060',
  '0x803F7001', '0x8007232B', '0x8007007B', '0x803FA067', '0xC004E016', '0x87E10BC6', '0xC004F012', '0xC004F00F',
  '0xC004F210', '0xC004F212', '0xC004F200',
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
    expect(bullets.length).toBe(9);
    // Review 2026-12 N-O1: the edition-mismatch and not-genuine codes are taught, not only in `why`.
    expect(bullets.map(([, code]) => code)).toEqual(expect.arrayContaining(['0xC004F210', '0xC004F212', '0xC004F200']));
    for (const [, code, body] of bullets) {
      const entry = findErrorCode(code ?? '');
      expect(flat(body ?? ''), String(code)).toContain(flat(entry?.summary ?? '?'));
    }
  });
});

describe('lessons and table agree (validate)', () => {
  const LESSON = (body: string) => lesson(`---\nid: t\ntitle: T\nsummary: S.\nminutes: 1\n---\n\n## Codes {#codes}\n\n${body}\n`, '06-t.md');

  it('finds nothing in the shipped course', () => {
    expect(checkLessonCodes(ERROR_CODES, loadCourse(DEFAULT_LESSONS_DIR).course)).toEqual([]);
  });

  it('reports a code the table does not know, and a bullet that tells another story than the table', () => {
    const course = { title: 'T', lessons: [LESSON('- **0xC004F210**: something else entirely.\n- **0xC004F211**: the hardware of the device may\n  have changed.\n\nSee 0x12345678.')] };
    expect(checkLessonCodes(ERROR_CODES, course)).toEqual([
      '06-t.md:8: error code 0x12345678 is not in src/windows/error-codes.ts (add it there, so `why` knows it)',
      '06-t.md:8: the bullet for 0xC004F210 does not say the table\'s meaning "the edition of the license does not match the edition of Windows"',
    ]);
  });
});

describe('where meanings come from (review 2026-12 N-I5, N-U3, N-U4)', () => {
  const entry = (code: string) => findErrorCode(code) as ErrorCodeEntry;

  it('takes the edition codes from slerror.h and points them at the edition step', () => {
    expect(entry('0xC004F210')).toMatchObject({ name: 'SL_E_EDITION_MISMATCHED', meaningFrom: 'slerror.h', verified: true, lesson: 'after-hardware-change', step: 'check-edition' });
    expect(entry('0xC004F212')).toMatchObject({ name: 'SL_E_OEM_KEY_EDITION_MISMATCH', meaningFrom: 'slerror.h', verified: true });
    expect(entry('0xC004F200')).toMatchObject({ name: 'SL_E_NOT_GENUINE', meaningFrom: 'slerror.h', verified: true });
  });

  it('marks the GDK code as not confirmed for Windows activation, with no advice that contradicts its meaning', () => {
    expect(entry('0x87E10BC6')).toMatchObject({ meaningFrom: 'gdk', verified: false });
    expect(entry('0x87E10BC6').advice).not.toMatch(/activation servers|try again later/i);
  });

  it("marks the tutorial's own home advice for 0xC004F00F as not confirmed", () => {
    const { advice } = entry('0xC004F00F');
    expect(advice).toMatch(/organization \(volume\) activation/);
    expect(advice.indexOf('Not confirmed by Microsoft for home PCs:')).toBeLessThan(advice.indexOf('troubleshooter'));
    expect(advice.indexOf('Not confirmed by Microsoft for home PCs:')).toBeGreaterThan(-1);
  });

  // Routes audit #8: the volume article's fixes are IT's; a work PC goes to IT, before the hedged home advice.
  it('sends a work or school PC with 0xC004F00F to IT, ahead of the unconfirmed home advice', () => {
    const { advice } = entry('0xC004F00F');
    expect(advice).toContain('its fixes are for IT staff. On a work or school PC, ask your IT support.');
    expect(advice.indexOf('ask your IT support')).toBeLessThan(advice.indexOf('Not confirmed by Microsoft for home PCs:'));
  });

  // Routes audit #6: a legitimate mover is not told, in effect, to buy again.
  it('tells a key moved from a PC that no longer uses it to try phone activation or support before buying', () => {
    expect(entry('0xC004C008').advice).toMatch(/If you moved the key from a PC that no longer uses it, try phone activation or contact Microsoft support before you buy a new key\.$/);
  });

  it('says community-only meanings are community-only', () => {
    for (const item of ERROR_CODES) expect(item.meaningFrom === 'community', item.code).toBe(item.code === '0x803F7001');
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
