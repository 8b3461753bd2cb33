// Runs the shared PowerShell script and keeps the outcome, so the system probes and the activation
// check share one process per run (a verify step's repeated read asks only for its own section).
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';
import { parsePowerShellAnswer, sectionError, type PowerShellAnswer } from './powershell-answer.js';
import { said, type Sentence } from './sentence.js';
import { ALL_SECTIONS, systemScriptArgs, type ScriptSection } from './powershell-script.js';
import { runQuery, type Query } from './run-query.js';

export interface PowerShellRun {
  readonly outcome: CommandOutcome;
  readonly answer: PowerShellAnswer;
}


function failure(outcome: CommandOutcome, timeoutMs: number): Sentence | null {
  if (outcome.timedOut) return said('probe.ps.timedOut', { count: Math.round(timeoutMs / 1000) });
  if (outcome.notFound) return said('probe.ps.notFound');
  if (outcome.blocked === true) return said('probe.ps.blocked');
  if (outcome.code !== 0) return outcome.code === null ? said('probe.ps.didNotStart') : said('probe.ps.exitCode', { code: outcome.code });
  return null;
}

/**
 * Never throws: a runner that throws counts as a PowerShell that did not start. When the run timed
 * out or failed after some sections answered, those answers count and the rest say why they are
 * missing. PowerShell 7's PSModulePath is not passed on (5.1 would load 7.x modules from it;
 * docs/windows-probes.md, "Blocked tools").
 */
export function systemScriptQuery(powershellExe: string, sections: readonly ScriptSection[] = ALL_SECTIONS): Query {
  return { file: powershellExe, args: systemScriptArgs(sections), dropEnv: ['PSModulePath'] };
}

export async function runSystemPowerShell(run: CommandRunner, powershellExe: string, timeoutMs: number, sections: readonly ScriptSection[] = ALL_SECTIONS): Promise<PowerShellRun> {
  const outcome = await runQuery(run, systemScriptQuery(powershellExe, sections), timeoutMs);
  const failed = failure(outcome, timeoutMs);
  if (failed === null) return { outcome, answer: parsePowerShellAnswer(outcome.stdout) };
  const partial = parsePowerShellAnswer(outcome.stdout);
  return { outcome, answer: partial.kind === 'answer' ? { ...partial, cutShort: failed } : { kind: 'unknown', reason: failed } };
}

/**
 * The licensing part as the activation check's own PowerShell query would have answered: its
 * section re-serialized when the script answered, else the raw outcome (a timeout, a stub's
 * silence), so the check's parser and slmgr fallback decide exactly as before.
 */
export function licenseOutcome(ps: PowerShellRun): CommandOutcome {
  if (ps.answer.kind !== 'answer') return ps.outcome;
  // Cut short before the licensing part: the check sees what happened (a timeout ends it).
  if (!Object.hasOwn(ps.answer.sections, 'license') && ps.answer.cutShort !== undefined) return { ...ps.outcome, stdout: '' };
  const license = ps.answer.sections['license'];
  const failed = sectionError(license);
  if (failed !== null || license === undefined) {
    return { stdout: '', stderr: `The licensing query failed (${failed?.error ?? 'no answer'}).`, code: 1, timedOut: false, notFound: false };
  }
  return { ...ps.outcome, stdout: JSON.stringify(license) };
}
