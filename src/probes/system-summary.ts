// The system probes as `status` shows them: JSON fields that are null when unknown (with the
// reason under `reasons`, keyed by field), and plain lines. Both say their words with the `say`
// they are given: the command's language for the lines, English for --json.
import { anotherAccountReason } from './identity-probe.js';
import { unknown, valueOrNull, type Probed } from './probe-types.js';
import { said, sameSentence, type Sentence } from './sentence.js';
import type { AccountType } from './account-probe.js';
import type { SystemReading } from './system-probe.js';
import type { Edition } from './edition-probe.js';

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

/** Says a Sentence in one language (src/i18n/say.ts makes one). */
type Say = (sentence: Sentence) => string;

export function systemJson(reading: SystemReading, say: Say): SystemJson {
  const { windows, account, admin } = reading;
  const reasons: Record<string, string> = {};
  for (const [name, probed] of fields(reading)) if (!probed.known) reasons[name] = say(probed.reason);
  return {
    windows: { version: valueOrNull(windows.version), build: valueOrNull(windows.build), displayVersion: valueOrNull(windows.displayVersion), edition: windows.edition.known ? editionText(windows.edition.value, say) : null },
    account: { type: valueOrNull(account.type), basis: account.basis },
    admin: { member: valueOrNull(admin.member), elevated: valueOrNull(admin.elevated) },
    anotherAccount: reading.identity.kind === 'another' ? true : reading.identity.kind === 'same' ? false : null,
    reasons,
  };
}

/** An edition's name as it is, or an id Windows gave, said with the words around it. */
const editionText = (edition: Edition, say: Say): string => (typeof edition === 'string' ? edition : say(edition));

const orUnknown = <T>(probed: Probed<T>, say: Say, words: (value: T) => string): string => (probed.known ? words(probed.value) : say(said('system.unknownBecause', { reason: probed.reason })));

export function windowsLine(reading: SystemReading, say: Say): string {
  const { version, build, displayVersion } = reading.windows;
  if (!version.known) return say(build.known ? said('system.windowsUnknownBuild', { reason: version.reason, build: build.value }) : said('system.windowsUnknown', { reason: version.reason }));
  // "Windows 11 23H2": the product's name and Windows' own version name, the same in every language.
  const name = `Windows ${version.value}${displayVersion.known ? ` ${displayVersion.value}` : ''}`;
  return say(build.known ? said('system.windowsBuild', { name, build: build.value }) : said('system.windows', { name }));
}

export function accountLine(reading: SystemReading, say: Say): string {
  const { type, basis } = reading.account;
  if (!type.known) return say(said('system.accountUnknown', { reason: type.reason }));
  return say(said(basis === 'inferred' ? 'system.accountInferred' : 'system.account', { type: said(`account.${type.value}`) }));
}

export function adminLine(reading: SystemReading, say: Say): string {
  const { member, elevated } = reading.admin;
  if (!member.known && !elevated.known && sameSentence(member.reason, elevated.reason)) return say(said('system.adminUnknown', { reason: member.reason }));
  const memberText = orUnknown(member, say, (value) => say(said(value ? 'answer.yes' : 'system.standardUser')));
  const elevatedText = orUnknown(elevated, say, (value) => say(said(value ? 'answer.yes' : 'answer.no')));
  return say(said('system.admin', { member: memberText, elevated: elevatedText }));
}

/** Another account: said once, in full (where progress goes), and briefly on the lines it empties. */
function shortened(reading: SystemReading, progressFolder: string | null): SystemReading {
  if (reading.identity.kind !== 'another') return reading;
  const full = anotherAccountReason(progressFolder);
  const brief = <T>(probed: Probed<T>): Probed<T> => (!probed.known && sameSentence(probed.reason, full) ? unknown(said('probe.identity.anotherBrief')) : probed);
  return { ...reading, account: { ...reading.account, type: brief(reading.account.type) }, admin: { member: brief(reading.admin.member), elevated: reading.admin.elevated } };
}

export function systemLines(reading: SystemReading, say: Say, progressFolder: string | null = null): string[] {
  const lines = shortened(reading, progressFolder);
  const { edition } = lines.windows;
  return [
    windowsLine(lines, say),
    say(edition.known ? said('system.edition', { edition: edition.value }) : said('system.editionUnknown', { reason: edition.reason })),
    accountLine(lines, say),
    adminLine(lines, say),
    ...(reading.identity.kind === 'another' ? [say(anotherAccountReason(progressFolder))] : []),
  ];
}
