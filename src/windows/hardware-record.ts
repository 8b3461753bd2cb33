// "Before you change hardware": what to record on this PC, and what differs afterwards. Pure:
// the caller reads Windows (activation check, os.hostname) and passes the result in.
import type { HardwareRecord } from '../progress/model.js';
import type { ActivationReport } from './activation-types.js';

/** This PC as read now; fields are null (or "unknown") where Windows did not answer. */
export interface HardwareNow {
  /** Whether the activation check got an answer from Windows (edition, channel, state are real). */
  readonly checked: boolean;
  readonly edition: string | null;
  readonly channel: string;
  readonly activation: string;
  readonly windows: string | null;
  readonly deviceName: string | null;
}

/** This PC from the activation check, the host name and the Windows version name. */
export function hardwareNowFrom(report: ActivationReport, deviceName: string, windows: string | null): HardwareNow {
  return {
    checked: report.checked,
    edition: report.edition,
    channel: report.channel,
    activation: report.state,
    windows,
    deviceName: deviceName.trim() === '' ? null : deviceName,
  };
}

export function recordFrom(now: HardwareNow, linked: boolean | null, today: Date): HardwareRecord {
  return {
    edition: now.checked ? now.edition : null,
    channel: now.checked ? now.channel : 'Unknown',
    activation: now.checked ? now.activation : 'unknown',
    windows: now.windows,
    deviceName: now.deviceName,
    linked,
    recordedOn: today.toISOString().slice(0, 10),
  };
}

const ACTIVATION_WORDS: Readonly<Record<string, string>> = {
  activated: 'activated',
  'not-activated': 'not activated',
  grace: 'in a grace period',
  notification: 'not activated (notification mode)',
};

function linkedText(linked: boolean | null): string {
  return linked === null ? 'not noted' : linked ? 'yes' : 'no';
}

/** The record as lines to show ("Edition: Pro"…). */
export function recordLines(record: HardwareRecord): string[] {
  return [
    `Recorded on ${record.recordedOn}:`,
    `  Edition: ${record.edition ?? 'not known'}`,
    `  License channel: ${record.channel}`,
    `  Activation: ${ACTIVATION_WORDS[record.activation] ?? 'not known'}`,
    `  Windows: ${record.windows ?? 'not known'}`,
    `  Device name: ${record.deviceName ?? 'not known'}`,
    `  Activation page said "linked to your Microsoft account": ${linkedText(record.linked)}`,
  ];
}

/** What this PC shows now, as lines. */
export function nowLines(now: HardwareNow): string[] {
  const activation = now.checked ? [
    `  Edition: ${now.edition ?? 'not shown'}`,
    `  License channel: ${now.channel}`,
    `  Activation: ${ACTIVATION_WORDS[now.activation] ?? 'not known'}`,
  ] : ['  Edition, channel and activation: could not be read from Windows.'];
  return ['This PC now:', ...activation, `  Windows: ${now.windows ?? 'not known'}`, `  Device name: ${now.deviceName ?? 'not known'}`];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What to do when the edition changed. Only one direction has a shortcut: Microsoft said (2016,
 * build 14371) that with a Pro digital license and Home installed the troubleshooter guides you
 * through upgrading to Pro. Nothing documented switches any other way, e.g. Pro back to Home.
 */
function editionAdvice(recorded: string, now: string): string {
  const proOverHome = same(recorded, 'Pro') && same(now, 'Home');
  return proOverHome
    ? 'The Activation troubleshooter may offer to upgrade this PC to Pro; if it does not, install Pro again.'
    : `Install ${recorded} again; the troubleshooter does not switch editions this way round.`;
}

/**
 * What differs between the record and now, most important first, each with what it means for
 * reactivation. Nothing is compared from an unknown: a field Windows did not answer is said so.
 */
export function compareWithRecord(record: HardwareRecord, now: HardwareNow): string[] {
  const notes: string[] = [];
  // A licence state Windows reported but we do not recognise is as good as no answer.
  const read = now.checked && now.activation !== 'unknown';
  if (!read) notes.push('Edition, channel and activation could not be read now, so they are not compared.');
  if (read && record.edition !== null && now.edition !== null && !same(record.edition, now.edition)) {
    notes.push(`Edition was ${record.edition}, now ${now.edition}: reactivation will fail until the edition matches. ${editionAdvice(record.edition, now.edition)}`);
  }
  const activatedNow = read && now.activation === 'activated';
  if (read && record.activation === 'activated' && !activatedNow) {
    notes.push('Windows was activated before and is not now: use the Activation troubleshooter (its option for a recent hardware change; the next steps of lesson 4).');
  }
  if (activatedNow) notes.push('Windows is activated now: there is nothing to reactivate.');
  if (read && record.channel !== 'Unknown' && now.channel !== 'Unknown' && !same(record.channel, now.channel)) {
    notes.push(`License channel was ${record.channel}, now ${now.channel}: Windows is not using the license you recorded.`);
  }
  if (record.channel === 'OEM' && read && !activatedNow) {
    notes.push('Your license came with the PC (OEM). Such licenses are often tied to the original motherboard: if it was replaced, the troubleshooter may not help, and you may need a new license or to contact Microsoft.');
  }
  // A free upgrade from a preinstalled Windows 7/8.1 reports RETAIL (generic key) but keeps the
  // preinstalled terms (license terms as third parties quote them), so the channel cannot tell.
  if (record.channel === 'Retail' && read && !activatedNow) {
    notes.push('The recorded channel is Retail, but that does not prove a license bought on its own: a free upgrade from a Windows 7 or 8.1 that came with the PC shows Retail too, and is usually tied to the original motherboard like a preinstalled license (lesson 4, "What to do then").');
  }
  if (record.deviceName !== null) {
    notes.push(now.deviceName !== null && !same(record.deviceName, now.deviceName)
      ? `The PC was called "${record.deviceName}" and is now "${now.deviceName}": in the troubleshooter's list of devices, pick "${record.deviceName}".`
      : `In the troubleshooter's list of devices, pick "${record.deviceName}".`);
  }
  if (record.linked === true) notes.push('You noted that the license was linked: sign in to the troubleshooter with that same Microsoft account.');
  if (record.linked === false) {
    // Phone activation is documented for product keys only, so it is not offered to keyless licenses.
    notes.push('You noted that the license was not linked: the troubleshooter will probably not list this PC. If you activated with a product key, enter it again ("Change product key"); phone activation also needs that key. With a digital license and no key (for example from a free upgrade or a Microsoft Store purchase), contact Microsoft support with your proof of purchase; `winlink-tutor report` gives a summary to share (lesson 4, "What to do then").');
  }
  if (record.windows !== null && now.windows !== null && !same(record.windows, now.windows)) {
    notes.push(`It ran ${record.windows} and now runs ${now.windows}.`);
  }
  return notes;
}
