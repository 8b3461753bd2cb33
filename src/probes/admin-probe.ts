// Administrator: whoami's group list, by SID. (PowerShell's IsInRole was a fallback; Constrained
// Language Mode forbids it, and whoami answers wherever Windows' own whoami runs.)
// Query, parser and answer: whoamiGroupsQuery, adminFromOutcome (then parseWhoamiGroups),
// system-answers' adminAnswer.
import type { CommandRunner } from '../windows/command-runner.js';
import { unknown } from './probe-types.js';
import { runQuery, type Query, type QueryOutcome } from './run-query.js';
import { parseWhoamiGroups, type AdminReading } from './whoami-groups.js';

export type { AdminReading } from './whoami-groups.js';

export function whoamiGroupsQuery(whoamiExe: string): Query {
  return { file: whoamiExe, args: ['/groups', '/fo', 'csv', '/nh'] };
}

export function adminFromOutcome(outcome: QueryOutcome): AdminReading {
  const because = (reason: string): AdminReading => ({ member: unknown(reason), elevated: unknown(reason) });
  if (outcome.threw === true) return because('whoami could not be started.');
  if (outcome.timedOut) return because('whoami did not answer in time.');
  if (outcome.notFound) return because('whoami was not found.');
  if (outcome.code !== 0) return because(`whoami failed (${outcome.code === null ? 'it did not start' : `exit code ${outcome.code}`}).`);
  return parseWhoamiGroups(outcome.stdout);
}

export async function runWhoamiGroups(run: CommandRunner, whoamiExe: string, timeoutMs: number): Promise<AdminReading> {
  return adminFromOutcome(await runQuery(run, whoamiGroupsQuery(whoamiExe), timeoutMs));
}
