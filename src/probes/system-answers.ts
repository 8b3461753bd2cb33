// The system probes' readings as the catalog's values (what `verify:` lines compare) plus a sentence.
import type { ActivationReport } from './activation-types.js';
import type { AccountReading } from './account-probe.js';
import type { ProbeAnswer, Probed } from './probe-types.js';
import type { VersionReading } from './version-probe.js';

export const ACCOUNT_WORDS = { microsoft: 'Microsoft account', local: 'local account', work: 'work or school account' } as const;

export function versionAnswer(windows: VersionReading): ProbeAnswer {
  if (!windows.version.known) return { value: null, text: `Unknown: ${windows.version.reason}` };
  const parts = [`Windows ${windows.version.value}`, windows.displayVersion.known ? windows.displayVersion.value : null, windows.build.known ? `build ${windows.build.value}` : null];
  return { value: windows.version.value, text: parts.filter((part) => part !== null).join(', ') };
}

export function accountAnswer(account: AccountReading): ProbeAnswer {
  if (!account.type.known) return { value: null, text: `Unknown: ${account.type.reason}` };
  // An inference is shown but never confirms a step: only a documented answer may tick.
  if (account.basis === 'inferred') return { value: null, text: `Probably signed in with a ${ACCOUNT_WORDS[account.type.value]} (inferred, not confirmed)` };
  return { value: account.type.value, text: `Signed in with a ${ACCOUNT_WORDS[account.type.value]}` };
}

export function adminAnswer(probed: Probed<boolean>, what: 'member' | 'elevated'): ProbeAnswer {
  if (!probed.known) return { value: null, text: `Unknown: ${probed.reason}` };
  const text = what === 'member'
    ? probed.value ? 'This account is an administrator' : 'This account is a standard user'
    : probed.value ? 'Running as administrator (elevated)' : 'Not running as administrator (not elevated)';
  return { value: probed.value ? 'yes' : 'no', text };
}

export function activationAnswer(report: ActivationReport): ProbeAnswer {
  if (!report.checked || report.state === 'unknown') return { value: null, text: `Unknown: ${report.message || report.stateText}` };
  return { value: report.state === 'activated' ? 'activated' : 'not-activated', text: report.stateText };
}
