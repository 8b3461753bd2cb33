// Parses `whoami /groups /fo csv /nh`: one CSV row per group, "name","type","SID","attributes".
// Names and attributes are localized (and arrive in the console's code page), so only SIDs count:
// S-1-5-32-544 is BUILTIN\Administrators; the integrity label (S-1-16-*) tells elevation, because
// the filtered token's "Group used for deny only" text is localized too.
import { known, unknown, type Probed } from './probe-types.js';
import { said } from './sentence.js';

export interface AdminReading {
  /** The account this program runs as is in the Administrators group (elevated or not). */
  readonly member: Probed<boolean>;
  /** This program runs with administrator rights (high integrity), as after "Run as administrator". */
  readonly elevated: Probed<boolean>;
}

const ADMINISTRATORS = 'S-1-5-32-544';
const HIGH_INTEGRITY = 12288; // S-1-16-12288; System (16384) is higher still
export const SID = /^S-1-\d+(?:-\d+)+$/;

/** The fields of one CSV row whose every field is quoted; null for any other shape. */
export function csvRow(line: string): string[] | null {
  const fields: string[] = [];
  let rest = line;
  for (;;) {
    const match = /^"((?:[^"]|"")*)"/.exec(rest);
    if (match === null) return null;
    fields.push(match[1]!.replaceAll('""', '"'));
    rest = rest.slice(match[0].length);
    if (rest === '') return fields;
    if (!rest.startsWith(',')) return null;
    rest = rest.slice(1);
  }
}

/** The SIDs whoami listed; null when the text is not its CSV group list (Wine prints "HOST\user"). */
export function groupSids(stdout: string): readonly string[] | null {
  const lines = stdout.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const sids: string[] = [];
  for (const line of lines) {
    const row = csvRow(line);
    const sid = row?.length === 4 ? row[2]!.trim() : null;
    if (sid === null || sid === undefined || !SID.test(sid)) return null;
    sids.push(sid.toUpperCase());
  }
  return sids.length === 0 ? null : sids;
}

export function parseWhoamiGroups(stdout: string): AdminReading {
  const sids = groupSids(stdout);
  if (sids === null) {
    const why = unknown(said('probe.whoami.noGroups'));
    return { member: why, elevated: why };
  }
  // Windows puts one integrity label in every token's group list; without one this is not its answer.
  const label = sids.find((sid) => sid.startsWith('S-1-16-'));
  if (label === undefined) {
    const why = unknown(said('probe.whoami.noIntegrity'));
    return { member: why, elevated: why };
  }
  const level = Number(label.slice('S-1-16-'.length));
  return { member: known(sids.includes(ADMINISTRATORS)), elevated: known(level >= HIGH_INTEGRITY) };
}
