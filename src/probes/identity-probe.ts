// Whether this process runs as the person signed in to Windows. "Run as administrator" from a
// standard account with another account's password (a parent's, over the shoulder) starts the
// program as that other account: its HKCU, its account type, its Administrators membership and its
// %APPDATA% (where progress is saved). Only an elevated process can be another account this way,
// so nothing is read otherwise. The process user's SID comes from `whoami /user`; the signed-in
// users' SIDs from LogonUI's session data (community knowledge, docs/windows-probes.md,
// "Another account"). SIDs are compared and never shown.
import type { CommandRunner } from '../windows/command-runner.js';
import { known, unknown, type Probed } from './probe-types.js';
import { said, type Sentence } from './sentence.js';
import { regText } from './registry-output.js';
import type { RegistryReader } from './registry-reader.js';
import { runQuery, type Query, type QueryOutcome } from './run-query.js';
import { csvRow, SID } from './whoami-groups.js';

/**
 * 'same': the signed-in user, or not elevated (then it cannot be another account this way);
 * 'another': elevated as a different account; 'unknown': elevated, and the accounts could not be
 * compared; 'unknown-elevation': whoami could not say whether this is elevated (as under Wine).
 */
export type Identity =
  | { readonly kind: 'same' }
  | { readonly kind: 'another' }
  | { readonly kind: 'unknown' | 'unknown-elevation'; readonly reason: Sentence };

export const LOGON_UI_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI';

/** The SID of `whoami /user /fo csv /nh` ("DOMAIN\name","S-1-5-21-…"); null for any other shape. */
export function userSidFromWhoami(stdout: string): string | null {
  const lines = stdout.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const row = lines.length === 1 ? csvRow(lines[0]!) : null;
  const sid = row?.length === 2 ? row[1]!.trim().toUpperCase() : null;
  return sid !== null && SID.test(sid) ? sid : null;
}

export function whoamiUserQuery(whoamiExe: string): Query {
  return { file: whoamiExe, args: ['/user', '/fo', 'csv', '/nh'] };
}

export function processSidFromOutcome(outcome: QueryOutcome): Probed<string> {
  if (outcome.threw === true) return unknown(said('probe.whoami.notStarted'));
  if (outcome.timedOut) return unknown(said('probe.whoami.timedOut'));
  if (outcome.code !== 0) return unknown(said('probe.whoami.noAccount'));
  const sid = userSidFromWhoami(outcome.stdout);
  return sid === null ? unknown(said('probe.whoami.notSid')) : known(sid);
}

export async function runWhoamiUser(run: CommandRunner, whoamiExe: string, timeoutMs: number): Promise<Probed<string>> {
  return processSidFromOutcome(await runQuery(run, whoamiUserQuery(whoamiExe), timeoutMs));
}

const sidOf = (read: Awaited<ReturnType<RegistryReader['value']>>): string | null => {
  const text = read.kind === 'value' ? regText(read.value)?.trim().toUpperCase() ?? null : null;
  return text !== null && SID.test(text) ? text : null;
};

/** The SIDs of the users signed in to Windows (one per session), else the last one LogonUI saw. */
export async function readSignedInSids(reader: RegistryReader): Promise<Probed<readonly string[]>> {
  const sessions = await reader.subkeys(`${LOGON_UI_KEY}\\SessionData`);
  if (sessions.kind === 'subkeys') {
    const sids = (await Promise.all(sessions.names.filter((name) => /^\d{1,5}$/.test(name))
      .map((name) => reader.value(`${LOGON_UI_KEY}\\SessionData\\${name}`, 'LoggedOnUserSID')))).map(sidOf);
    const found = sids.filter((sid): sid is string => sid !== null);
    if (found.length > 0) return known(found);
  }
  const last = sidOf(await reader.value(LOGON_UI_KEY, 'LastLoggedOnUserSID'));
  return last === null ? unknown(said('probe.identity.noSignedIn')) : known([last]);
}

/** Compares the two; an elevated process whose account cannot be matched is not assumed to be the user. */
export function identityOf(elevated: Probed<boolean>, processSid: Probed<string>, signedIn: Probed<readonly string[]>): Identity {
  if (!elevated.known) return { kind: 'unknown-elevation', reason: elevated.reason };
  if (!elevated.value) return { kind: 'same' };
  if (!processSid.known) return { kind: 'unknown', reason: said('probe.identity.processUnknown', { reason: processSid.reason }) };
  if (!signedIn.known) return { kind: 'unknown', reason: said('probe.identity.signedInUnknown', { reason: signedIn.reason }) };
  return signedIn.value.includes(processSid.value) ? { kind: 'same' } : { kind: 'another' };
}

/**
 * Why answers about the person (HKCU, account type, Administrators membership) cannot be given,
 * or null when they can: running as another account, or elevated without being able to tell.
 */
export function perUserProblem(identity: Identity, progressFolder: string | null): Sentence | null {
  if (identity.kind === 'another') return anotherAccountReason(progressFolder);
  return identity.kind === 'unknown' ? identity.reason : null;
}

/** The sentence for every per-user answer when this runs as another account. */
export function anotherAccountReason(progressFolder: string | null): Sentence {
  // "Run as administrator" in the words of the user's Windows (the label catalog's).
  const labels = { runAs: 'shell.run-as-administrator' };
  return progressFolder === null ? said('probe.identity.another', undefined, labels) : said('probe.identity.anotherFolder', { folder: progressFolder }, labels);
}
