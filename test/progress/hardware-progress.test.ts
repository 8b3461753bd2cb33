import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/progress/file-format.js';
import { emptyProgress, type HardwareRecord } from '../../src/progress/model.js';
import { applyOps, diffProgress, resetCourse, resetLesson } from '../../src/progress/ops.js';
import { inEnglish } from '../i18n/in-english.js';

const RECORD: HardwareRecord = { edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'PC', linked: null, recordedOn: '2026-11-20' };

describe('the hardware record in progress', () => {
  it('is one op, applied onto what another window saved', () => {
    const before = emptyProgress();
    const ops = diffProgress(before, { ...before, hardware: RECORD });
    expect(ops.map((op) => op.change)).toEqual([{ kind: 'hardware', record: RECORD }]);
    const other = { ...before, windows: '11' as const };
    expect(applyOps(other, ops).progress).toMatchObject({ windows: '11', hardware: RECORD });
  });

  it('is forgotten by a course reset, kept by a lesson reset, and an old window cannot bring it back', () => {
    const withRecord = { ...emptyProgress(), hardware: RECORD };
    expect(resetLesson(withRecord, 'after-hardware-change').hardware).toEqual(RECORD);
    const reset = resetCourse(withRecord);
    expect(reset.hardware).toBeNull();
    const stale = diffProgress(emptyProgress(), { ...emptyProgress(), hardware: RECORD });
    expect(applyOps(reset, stale)).toMatchObject({ dropped: 1, progress: { hardware: null } });
  });

  it('round-trips through the file, and files without it (written before) load with none', () => {
    const file = { format: 'winlink-tutor-progress', version: 2, counter: 3, courses: { builtin: { ...emptyProgress(), hardware: RECORD } } };
    expect(parseFile(JSON.stringify(file)).courses.builtin?.hardware).toEqual(RECORD);
    const { hardware: _dropped, ...older } = emptyProgress();
    expect(parseFile(JSON.stringify({ ...file, courses: { builtin: older } })).courses.builtin?.hardware).toBeNull();
  });

  it('refuses a malformed record like any other bad field: its course is not read (and kept as it is)', () => {
    const file = { format: 'winlink-tutor-progress', version: 2, counter: 3, courses: { builtin: { ...emptyProgress(), hardware: { ...RECORD, linked: 'yes' } } } };
    const parsed = parseFile(JSON.stringify(file));
    expect(parsed.courses.builtin).toBeUndefined();
    expect(inEnglish(parsed.kept?.unreadable.builtin)).toMatch(/hardware: linked must be/);
  });
});
