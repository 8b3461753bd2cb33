// The "record this PC" step's text: what Windows shows now, what was recorded, what differs.
import type { HardwareRecord } from '../progress/model.js';
import { compareWithRecord, nowLines, recordLines, type HardwareNow } from '../windows/hardware-record.js';

export interface HardwareView {
  /** This PC as read now; 'reading' while Windows is asked; null off Windows. */
  readonly now: HardwareNow | 'reading' | null;
  /** The user's answer to "does the Activation page say linked?", before recording. */
  readonly linked: boolean | null;
  readonly record: HardwareRecord | null;
}

const LINKED_TEXT = (linked: boolean | null) => (linked === null ? 'not noted yet' : linked ? 'yes' : 'no');

/** Plain paragraphs (the caller wraps them); headings are marked by a trailing colon. */
export function hardwareStepParagraphs(view: HardwareView): string[] {
  const out: string[] = [];
  if (view.now === null) {
    out.push('Recording works on Windows only: run the tutorial on the PC you are about to change.');
  } else if (view.now === 'reading') {
    out.push('Reading this PC (read-only)…');
  } else {
    out.push(...nowLines(view.now));
    out.push(`Does the Activation page say your license is linked to your Microsoft account? ${LINKED_TEXT(view.linked)} (press l to change)`);
    out.push(view.record === null
      ? 'Press r to record this. It stays in your progress file on this PC, nowhere else.'
      : 'Press r to record it again (replaces the record below).');
  }
  if (view.record !== null) {
    out.push('', ...recordLines(view.record));
    if (view.now !== null && view.now !== 'reading') {
      const notes = compareWithRecord(view.record, view.now);
      out.push('', 'Compared with now:', ...notes.map((note) => `- ${note}`));
    }
  }
  return out;
}
