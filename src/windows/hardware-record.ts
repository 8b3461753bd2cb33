// "Before you change hardware": what to record on this PC. Pure: the caller reads Windows
// (activation check, os.hostname) and passes the result in. The words for the record and for what
// differs afterwards are src/tutor/hardware-notes.ts' (from the catalog).
import type { HardwareRecord } from '../progress/model.js';
import type { ActivationReport } from '../probes/activation-types.js';

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
