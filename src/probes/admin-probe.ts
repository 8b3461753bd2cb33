// Administrator: whoami's group list, by SID. (PowerShell's IsInRole was a fallback; Constrained
// Language Mode forbids it, and whoami answers wherever Windows' own whoami runs.)
import type { CommandRunner } from '../windows/command-runner.js';
import { unknown } from './probe-types.js';
import { parseWhoamiGroups, type AdminReading } from './whoami-groups.js';

export type { AdminReading } from './whoami-groups.js';

export async function runWhoamiGroups(run: CommandRunner, whoamiExe: string, timeoutMs: number): Promise<AdminReading> {
  const because = (reason: string): AdminReading => ({ member: unknown(reason), elevated: unknown(reason) });
  try {
    const outcome = await run(whoamiExe, ['/groups', '/fo', 'csv', '/nh'], { timeoutMs });
    if (outcome.timedOut) return because('whoami did not answer in time.');
    if (outcome.notFound) return because('whoami was not found.');
    if (outcome.code !== 0) return because(`whoami failed (${outcome.code === null ? 'it did not start' : `exit code ${outcome.code}`}).`);
    return parseWhoamiGroups(outcome.stdout);
  } catch {
    return because('whoami could not be started.');
  }
}
