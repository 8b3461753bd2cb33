// The system probes as `status` shows them: JSON fields that are null when unknown (with the
// reason under `reasons`, keyed by field), and plain lines.
import { ACCOUNT_WORDS } from './system-answers.js';
import { anotherAccountReason } from './identity-probe.js';
import { unknown, valueOrNull, type Probed } from './probe-types.js';
import type { AccountType } from './account-probe.js';
import type { SystemReading } from './system-probe.js';

/** Stable shape added to `status --json` (README); add fields, never rename them. */
export interface SystemJson {
  readonly windows: { readonly version: '10' | '11' | null; readonly build: number | null; readonly displayVersion: string | null; readonly edition: string | null };
  readonly account: { readonly type: AccountType | null; readonly basis: 'documented' | 'inferred' | null };
  readonly admin: { readonly member: boolean | null; readonly elevated: boolean | null };
  /** true: elevated as an account other than the signed-in user's; false: the user's own; null: not known. */
  readonly anotherAccount: boolean | null;
  /** Why each null field is null, e.g. { "admin.member": "whoami did not list …" }. */
  readonly reasons: Readonly<Record<string, string>>;
}

function fields(reading: SystemReading): readonly (readonly [string, Probed<unknown>])[] {
  const { windows, account, admin } = reading;
  return [
    ['windows.version', windows.version], ['windows.build', windows.build], ['windows.displayVersion', windows.displayVersion], ['windows.edition', windows.edition],
    ['account.type', account.type], ['admin.member', admin.member], ['admin.elevated', admin.elevated],
  ];
}

export function systemJson(reading: SystemReading): SystemJson {
  const { windows, account, admin } = reading;
  const reasons: Record<string, string> = {};
  for (const [name, probed] of fields(reading)) if (!probed.known) reasons[name] = probed.reason;
  return {
    windows: { version: valueOrNull(windows.version), build: valueOrNull(windows.build), displayVersion: valueOrNull(windows.displayVersion), edition: valueOrNull(windows.edition) },
    account: { type: valueOrNull(account.type), basis: account.basis },
    admin: { member: valueOrNull(admin.member), elevated: valueOrNull(admin.elevated) },
    anotherAccount: reading.identity.kind === 'another' ? true : reading.identity.kind === 'same' ? false : null,
    reasons,
  };
}

const orUnknown = <T>(probed: Probed<T>, say: (value: T) => string): string => (probed.known ? say(probed.value) : `unknown (${probed.reason})`);

export function windowsLine(reading: SystemReading): string {
  const { version, build, displayVersion } = reading.windows;
  if (!version.known) return `Windows: unknown (${version.reason})${build.known ? `, build ${build.value}` : ''}`;
  return `Windows: Windows ${version.value}${displayVersion.known ? ` ${displayVersion.value}` : ''}${build.known ? `, build ${build.value}` : ''}`;
}

export function accountLine(reading: SystemReading): string {
  const { type, basis } = reading.account;
  return `Account: ${orUnknown(type, (value) => `${ACCOUNT_WORDS[value]}${basis === 'inferred' ? ' (inferred, not documented by Microsoft)' : ''}`)}`;
}

export function adminLine(reading: SystemReading): string {
  const { member, elevated } = reading.admin;
  if (!member.known && !elevated.known && member.reason === elevated.reason) return `Administrator: unknown (${member.reason})`;
  const memberText = orUnknown(member, (value) => (value ? 'yes' : 'no (standard user)'));
  const elevatedText = orUnknown(elevated, (value) => (value ? 'yes' : 'no'));
  return `Administrator: ${memberText}; running as administrator: ${elevatedText}`;
}

/** Another account: said once, in full (where progress goes), and briefly on the lines it empties. */
function shortened(reading: SystemReading, progressFolder: string | null): SystemReading {
  if (reading.identity.kind !== 'another') return reading;
  const full = anotherAccountReason(progressFolder);
  const brief = <T>(probed: Probed<T>): Probed<T> => (!probed.known && probed.reason === full ? unknown('running as another account') : probed);
  return { ...reading, account: { ...reading.account, type: brief(reading.account.type) }, admin: { member: brief(reading.admin.member), elevated: reading.admin.elevated } };
}

export function systemLines(reading: SystemReading, progressFolder: string | null = null): string[] {
  const lines = shortened(reading, progressFolder);
  return [
    windowsLine(lines),
    `Windows edition: ${orUnknown(lines.windows.edition, (value) => value)}`,
    accountLine(lines),
    adminLine(lines),
    ...(reading.identity.kind === 'another' ? [anotherAccountReason(progressFolder)] : []),
  ];
}
