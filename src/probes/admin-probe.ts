// Administrator: whoami's group list by SID first; PowerShell's IsInRole only when whoami cannot
// tell, and then only for what it proves (true: an elevated administrator; false: not elevated).
import type { CommandRunner } from '../windows/command-runner.js';
import { section, type PowerShellAnswer } from './powershell-answer.js';
import { known, unknown } from './probe-types.js';
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

function inRole(ps: PowerShellAnswer): boolean | null {
  const admin = section(ps, 'admin');
  if (!admin.ok || typeof admin.value !== 'object' || admin.value === null) return null;
  const value = (admin.value as Readonly<Record<string, unknown>>)['inRole'];
  return typeof value === 'boolean' ? value : null;
}

export function combineAdmin(whoami: AdminReading, ps: PowerShellAnswer): AdminReading {
  if (whoami.member.known && whoami.elevated.known) return whoami;
  const role = inRole(ps);
  if (role === true) return { member: whoami.member.known ? whoami.member : known(true), elevated: whoami.elevated.known ? whoami.elevated : known(true) };
  if (role === false) return { member: whoami.member, elevated: whoami.elevated.known ? whoami.elevated : known(false) };
  return whoami;
}
