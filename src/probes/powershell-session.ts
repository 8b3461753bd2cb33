// Runs the shared PowerShell script once and keeps the outcome, so the system probes and the
// activation check share one process per run.
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';
import { parsePowerShellAnswer, sectionError, type PowerShellAnswer } from './powershell-answer.js';
import { systemScriptArgs } from './powershell-script.js';

export interface PowerShellRun {
  readonly outcome: CommandOutcome;
  readonly answer: PowerShellAnswer;
}

function failure(outcome: CommandOutcome, timeoutMs: number): string | null {
  if (outcome.timedOut) return `PowerShell did not answer within ${Math.round(timeoutMs / 1000)} seconds.`;
  if (outcome.notFound) return 'Windows PowerShell was not found.';
  if (outcome.code !== 0) return `PowerShell failed (${outcome.code === null ? 'it did not start' : `exit code ${outcome.code}`}).`;
  return null;
}

/** Never throws: a runner that throws counts as a PowerShell that did not start. */
export async function runSystemPowerShell(run: CommandRunner, powershellExe: string, timeoutMs: number): Promise<PowerShellRun> {
  let outcome: CommandOutcome;
  try {
    outcome = await run(powershellExe, systemScriptArgs(), { timeoutMs });
  } catch (error) {
    outcome = { stdout: '', stderr: String(error), code: null, timedOut: false, notFound: false };
  }
  const failed = failure(outcome, timeoutMs);
  return { outcome, answer: failed === null ? parsePowerShellAnswer(outcome.stdout) : { kind: 'unknown', reason: failed } };
}

/**
 * The licensing part as the activation check's own PowerShell query would have answered: its
 * section re-serialized when the script answered, else the raw outcome (a timeout, a stub's
 * silence), so the check's parser and slmgr fallback decide exactly as before.
 */
export function licenseOutcome(ps: PowerShellRun): CommandOutcome {
  if (ps.answer.kind !== 'answer') return ps.outcome;
  const license = ps.answer.sections['license'];
  const failed = sectionError(license);
  if (failed !== null || license === undefined) {
    return { stdout: '', stderr: `The licensing query failed (${failed?.error ?? 'no answer'}).`, code: 1, timedOut: false, notFound: false };
  }
  return { ...ps.outcome, stdout: JSON.stringify(license) };
}
