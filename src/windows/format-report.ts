import type { ActivationReport } from '../probes/activation-types.js';

// Verified wording of the Activation page when the license is linked (see facts, section 3/4).
export const LINK_HINT =
  'Microsoft account link: this check cannot see it. The Activation page in Settings ' +
  '(ms-settings:activation) says "Windows is activated with a digital license linked to your ' +
  'Microsoft account." when it is linked.';

// Expiry only means something for an activated license.
function expiryLine(report: ActivationReport): readonly string[] {
  if (report.state !== 'activated' || report.permanent === null) return [];
  return [report.permanent ? 'Expires: never (permanent activation)' : 'Expires: yes (time-limited activation that is renewed)'];
}

/** Human-readable lines for a report; shared by `status` and the interactive check step. */
export function formatActivationReport(report: ActivationReport): string[] {
  if (!report.checked) return [report.message];
  const key = report.partialKey === null ? 'none installed' : `last 5 characters ${report.partialKey}`;
  return [
    `Activation: ${report.stateText}`,
    ...(report.errorCode === null ? [] : [`Error code ${report.errorCode} — run \`winlink-tutor why ${report.errorCode}\``]),
    `License channel: ${report.channel}`,
    `Edition: ${report.edition ?? 'unknown'}`,
    `Product key: ${key}`,
    ...expiryLine(report),
    ...(report.message === '' ? [] : [report.message]),
    LINK_HINT,
  ];
}
