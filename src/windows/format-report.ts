import type { ActivationReport } from '../probes/activation-types.js';
import type { Sentence } from '../probes/sentence.js';

/** Says a Sentence in one language (src/i18n/say.ts makes one). */
type Say = (sentence: Sentence) => string;

// Verified wording of the Activation page when the license is linked (see facts, section 3/4),
// in the user's Windows' words from the label catalog.
export const LINK_HINT: Sentence = {
  key: 'activation.linkHint',
  labels: { activation: 'settings.activation', settings: 'settings', linked: 'activation.message.linked' },
};

// Expiry only means something for an activated license.
function expiryLine(report: ActivationReport, say: Say): readonly string[] {
  if (report.state !== 'activated' || report.permanent === null) return [];
  return [say({ key: report.permanent ? 'activation.expiresNever' : 'activation.expiresRenewed' })];
}

/** Human-readable lines for a report; shared by `status` and the interactive check step. */
export function formatActivationReport(report: ActivationReport, say: Say): string[] {
  if (!report.checked) return report.message === null ? [say(report.stateText)] : [say(report.message)];
  return [
    say({ key: 'activation.line', values: { state: report.stateText } }),
    ...(report.errorCode === null ? [] : [say({ key: 'activation.errorCode', values: { code: report.errorCode } })]),
    say({ key: 'activation.channel', values: { channel: report.channel } }),
    say({ key: 'activation.edition', values: { edition: report.edition ?? { key: 'answer.unknown' } } }),
    say(report.partialKey === null ? { key: 'activation.noProductKey' } : { key: 'activation.productKey', values: { last5: report.partialKey } }),
    ...expiryLine(report, say),
    ...(report.message === null ? [] : [say(report.message)]),
    say(LINK_HINT),
  ];
}
