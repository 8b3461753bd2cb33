// The system probes' readings as the catalog's values (what `verify:` lines compare) plus a sentence.
import type { ActivationReport } from './activation-types.js';
import type { AccountReading } from './account-probe.js';
import type { ProbeAnswer, Probed } from './probe-types.js';
import { said } from './sentence.js';
import type { VersionReading } from './version-probe.js';

export function versionAnswer(windows: VersionReading): ProbeAnswer {
  if (!windows.version.known) return { value: null, text: said('probe.answer.unknown', { reason: windows.version.reason }) };
  // "Windows 11, 23H2": the product's name and Windows' own version name, the same in every language.
  const name = [`Windows ${windows.version.value}`, ...(windows.displayVersion.known ? [windows.displayVersion.value] : [])].join(', ');
  return { value: windows.version.value, text: windows.build.known ? said('probe.answer.windowsBuild', { name, build: windows.build.value }) : said('probe.answer.windows', { name }) };
}

export function accountAnswer(account: AccountReading): ProbeAnswer {
  if (!account.type.known) return { value: null, text: said('probe.answer.unknown', { reason: account.type.reason }) };
  // An inference is shown but never confirms a step: only a documented answer may tick.
  if (account.basis === 'inferred') return { value: null, text: said(`probe.answer.inferred.${account.type.value}`) };
  return { value: account.type.value, text: said(`probe.answer.account.${account.type.value}`) };
}

export function adminAnswer(probed: Probed<boolean>, what: 'member' | 'elevated'): ProbeAnswer {
  if (!probed.known) return { value: null, text: said('probe.answer.unknown', { reason: probed.reason }) };
  const key = what === 'member'
    ? probed.value ? 'probe.answer.admin' : 'probe.answer.standardUser'
    : probed.value ? 'probe.answer.elevated' : 'probe.answer.notElevated';
  return { value: probed.value ? 'yes' : 'no', text: said(key) };
}

export function activationAnswer(report: ActivationReport): ProbeAnswer {
  if (!report.checked || report.state === 'unknown') return { value: null, text: said('probe.answer.unknown', { reason: report.message ?? report.stateText }) };
  return { value: report.state === 'activated' ? 'activated' : 'not-activated', text: report.stateText };
}
