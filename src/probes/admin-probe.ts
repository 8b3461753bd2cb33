// Administrator: whoami's group list, by SID. (PowerShell's IsInRole was a fallback; Constrained
// Language Mode forbids it, and whoami answers wherever Windows' own whoami runs.)
// Query, parser and answer: whoamiGroupsQuery, adminFromOutcome (then parseWhoamiGroups),
// system-answers' adminAnswer.
import type { CommandRunner } from '../windows/command-runner.js';
import { unknown } from './probe-types.js';
import { said, type Sentence } from './sentence.js';
import { runQuery, type Query, type QueryOutcome } from './run-query.js';
import { parseWhoamiGroups, type AdminReading } from './whoami-groups.js';

export type { AdminReading } from './whoami-groups.js';

export function whoamiGroupsQuery(whoamiExe: string): Query {
  return { file: whoamiExe, args: ['/groups', '/fo', 'csv', '/nh'] };
}

export function adminFromOutcome(outcome: QueryOutcome): AdminReading {
  const because = (reason: Sentence): AdminReading => ({ member: unknown(reason), elevated: unknown(reason) });
  if (outcome.threw === true) return because(said('probe.whoami.notStarted'));
  if (outcome.timedOut) return because(said('probe.whoami.timedOut'));
  if (outcome.notFound) return because(said('probe.whoami.notFound'));
  if (outcome.code !== 0) return because(outcome.code === null ? said('probe.whoami.didNotStart') : said('probe.whoami.exitCode', { code: outcome.code }));
  return parseWhoamiGroups(outcome.stdout);
}

export async function runWhoamiGroups(run: CommandRunner, whoamiExe: string, timeoutMs: number): Promise<AdminReading> {
  return adminFromOutcome(await runQuery(run, whoamiGroupsQuery(whoamiExe), timeoutMs));
}
