// The hardware-record step's words, from the UI catalog: the record, this PC now, and what
// differs, each with what it means for reactivation. The reading and recording itself stays in
// src/windows/hardware-record.ts.
import { labelSlots } from '../i18n/label-slots.js';
import type { Translate, Values } from '../i18n/ui-strings.js';
import type { HardwareRecord } from '../progress/model.js';
import type { HardwareNow } from '../windows/hardware-record.js';

/** The Windows labels the hardware notes name, by slot. */
export const HARDWARE_LABELS = {
  activationPage: 'settings.activation',
  linkedMessage: 'activation.message.linked',
  changedHardwareOption: 'activation.changed-hardware',
  changeProductKey: 'activation.change-product-key',
} as const;

/** The labels in the words of the Windows display language `windows` ("de-DE"). */
function labels(t: Translate, windows: string): Values {
  return labelSlots(HARDWARE_LABELS, windows, t);
}

/** A licence state as words; null for a state Windows reported that we do not know. */
function activationWords(state: string, t: Translate): string {
  switch (state) {
    case 'activated':
    case 'not-activated':
    case 'grace':
    case 'notification':
      return t(`hardware.state.${state}`);
    default:
      return t('hardware.notKnown');
  }
}

function linkedText(linked: boolean | null, t: Translate): string {
  return t(linked === null ? 'hardware.notNoted' : linked ? 'answer.yes' : 'answer.no');
}

/** The record as lines to show ("Edition: Pro"…); `windows` is the Windows display language of the labels. */
export function recordLines(record: HardwareRecord, t: Translate, windows = 'en-US'): string[] {
  const known = (value: string | null) => value ?? t('hardware.notKnown');
  return [
    t('hardware.recordedOn', { date: record.recordedOn }),
    `  ${t('hardware.edition', { edition: known(record.edition) })}`,
    `  ${t('hardware.channel', { channel: record.channel })}`,
    `  ${t('hardware.activation', { state: activationWords(record.activation, t) })}`,
    `  ${t('hardware.windows', { windows: known(record.windows) })}`,
    `  ${t('hardware.deviceName', { name: known(record.deviceName) })}`,
    `  ${t('hardware.linkedSaid', { answer: linkedText(record.linked, t), ...labels(t, windows) })}`,
  ];
}

/** What this PC shows now, as lines. */
export function nowLines(now: HardwareNow, t: Translate): string[] {
  const known = (value: string | null) => value ?? t('hardware.notKnown');
  const activation = now.checked ? [
    `  ${t('hardware.edition', { edition: now.edition ?? t('hardware.notShown') })}`,
    `  ${t('hardware.channel', { channel: now.channel })}`,
    `  ${t('hardware.activation', { state: activationWords(now.activation, t) })}`,
  ] : [`  ${t('hardware.unreadNow')}`];
  return [t('hardware.thisPcNow'), ...activation, `  ${t('hardware.windows', { windows: known(now.windows) })}`, `  ${t('hardware.deviceName', { name: known(now.deviceName) })}`];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What to do when the edition changed. Only one direction has a shortcut: Microsoft said (2016,
 * build 14371) that with a Pro digital license and Home installed the troubleshooter guides you
 * through upgrading to Pro. Nothing documented switches any other way, e.g. Pro back to Home.
 */
function editionAdvice(recorded: string, now: string, t: Translate, named: Values): string {
  return same(recorded, 'Pro') && same(now, 'Home') ? t('hardware.note.proOverHome', named) : t('hardware.note.installAgain', { edition: recorded });
}

/**
 * What differs between the record and now, most important first. Nothing is compared from an
 * unknown: a field Windows did not answer is said so.
 */
export function compareWithRecord(record: HardwareRecord, now: HardwareNow, t: Translate, windows = 'en-US'): string[] {
  const notes: string[] = [];
  const named = labels(t, windows);
  // A licence state Windows reported but we do not recognise is as good as no answer.
  const read = now.checked && now.activation !== 'unknown';
  if (!read) notes.push(t('hardware.note.unread'));
  if (read && record.edition !== null && now.edition !== null && !same(record.edition, now.edition)) {
    notes.push(t('hardware.note.edition', { was: record.edition, now: now.edition, advice: editionAdvice(record.edition, now.edition, t, named) }));
  }
  const activatedNow = read && now.activation === 'activated';
  if (read && record.activation === 'activated' && !activatedNow) notes.push(t('hardware.note.notActivatedNow', named));
  if (activatedNow) notes.push(t('hardware.note.activatedNow'));
  if (read && record.channel !== 'Unknown' && now.channel !== 'Unknown' && !same(record.channel, now.channel)) {
    notes.push(t('hardware.note.channel', { was: record.channel, now: now.channel }));
  }
  if (record.channel === 'OEM' && read && !activatedNow) notes.push(t('hardware.note.oem'));
  // A free upgrade from a preinstalled Windows 7/8.1 reports RETAIL (generic key) but keeps the
  // preinstalled terms (license terms as third parties quote them), so the channel cannot tell.
  if (record.channel === 'Retail' && read && !activatedNow) notes.push(t('hardware.note.retail'));
  if (record.deviceName !== null) {
    notes.push(now.deviceName !== null && !same(record.deviceName, now.deviceName)
      ? t('hardware.note.renamed', { was: record.deviceName, now: now.deviceName })
      : t('hardware.note.pick', { name: record.deviceName }));
  }
  if (record.linked === true) notes.push(t('hardware.note.linked'));
  // Phone activation is documented for product keys only, so it is not offered to keyless licenses.
  if (record.linked === false) notes.push(t('hardware.note.notLinked', named));
  if (record.windows !== null && now.windows !== null && !same(record.windows, now.windows)) {
    notes.push(t('hardware.note.windows', { was: record.windows, now: now.windows }));
  }
  return notes;
}
