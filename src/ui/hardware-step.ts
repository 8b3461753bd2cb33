// The "record this PC" step's text: what Windows shows now, what was recorded, what differs.
import { labelSlots } from '../i18n/label-slots.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { HardwareRecord } from '../progress/model.js';
import { compareWithRecord, HARDWARE_LABELS, nowLines, recordLines } from '../tutor/hardware-notes.js';
import type { HardwareNow } from '../windows/hardware-record.js';

export interface HardwareView {
  /** This PC as read now; 'reading' while Windows is asked; null off Windows. */
  readonly now: HardwareNow | 'reading' | null;
  /** The user's answer to "does the Activation page say linked?", before recording. */
  readonly linked: boolean | null;
  readonly record: HardwareRecord | null;
}

const LINKED_TEXT = (linked: boolean | null, t: Translate) => t(linked === null ? 'hardware.linked.unknown' : linked ? 'hardware.linked.yes' : 'hardware.linked.no');

/** Plain paragraphs (the caller wraps them); headings are marked by a trailing colon. */
export function hardwareStepParagraphs(view: HardwareView, t: Translate = english, windows = 'en-US'): string[] {
  const out: string[] = [];
  if (view.now === null) {
    out.push(t('hardware.offWindows'));
  } else if (view.now === 'reading') {
    out.push(t('hardware.reading'));
  } else {
    out.push(...nowLines(view.now, t));
    out.push(t('hardware.linkedQuestion', { answer: LINKED_TEXT(view.linked, t), ...labelSlots(HARDWARE_LABELS, windows, t) }));
    out.push(view.record === null
      ? t('hardware.record')
      : t('hardware.recordAgain'));
  }
  if (view.record !== null) {
    out.push('', ...recordLines(view.record, t, windows));
    if (view.now !== null && view.now !== 'reading') {
      const notes = compareWithRecord(view.record, view.now, t, windows);
      out.push('', t('hardware.compared'), ...notes.map((note) => `- ${note}`));
    }
  }
  return out;
}
