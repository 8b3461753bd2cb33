// Read-only activation check: PowerShell/CIM first, slmgr /dli as the fallback.
import type { ActivationReport, LicenseParseResult } from './activation-types.js';
import { parseCimJson, parseSlmgrDli } from './activation-parsers.js';
import { powershellQuery, slmgrDliQuery } from './activation-queries.js';
import { runQuery } from './run-query.js';
import { licenseReport, noKeyReport, SEE_SETTINGS, uncheckedReport } from './activation-report.js';
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';
import { windowsTools } from '../windows/windows-tools.js';
import { said, type Sentence } from './sentence.js';

export type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';

export interface ActivationCheckDeps {
  readonly platform: NodeJS.Platform;
  readonly run: CommandRunner;
  /** Per command; PowerShell's start plus the licensing query can take several seconds. */
  readonly timeoutMs?: number;
  /** %SystemRoot%, to find the tools by absolute path; defaults to C:\Windows. */
  readonly systemRoot?: string;
  /** Whether a file exists (slmgr.vbs is a script, not a program the runner could miss); default: assume it does. */
  readonly fileExists?: (file: string) => boolean;
  /**
   * The licensing query's outcome from a PowerShell run shared with other probes (one process per
   * run); without it the check starts its own PowerShell.
   */
  readonly licenseQuery?: () => Promise<CommandOutcome>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
const COULD_NOT_CHECK = said('activation.state.couldNotCheck');

type Source = 'powershell' | 'slmgr';
const NO_SLMGR: CommandOutcome = { stdout: '', stderr: '', code: null, timedOut: false, notFound: true };

// Exit 0 alone is not enough: an empty stdout with an error text must not read as "no license".
function succeeded(outcome: CommandOutcome): boolean {
  return outcome.code === 0 && !(outcome.stdout.trim() === '' && outcome.stderr.trim() !== '');
}

function timeoutReport(platform: NodeJS.Platform, source: Source, timeoutMs: number): ActivationReport {
  return uncheckedReport(platform, source, COULD_NOT_CHECK, said('activation.timedOut', { count: Math.round(timeoutMs / 1000), see: SEE_SETTINGS }));
}

function fromParse(platform: NodeJS.Platform, source: Source, parsed: LicenseParseResult, note: Sentence | null): ActivationReport {
  if (parsed.kind === 'license') return licenseReport(platform, source, parsed.license, note);
  if (parsed.kind === 'empty') return noKeyReport(platform, source, note);
  return uncheckedReport(platform, source, COULD_NOT_CHECK, said('activation.unreadable', { reason: parsed.reason, see: SEE_SETTINGS }));
}

/** Reads the activation state without changing anything; never throws. */
export async function checkActivation(deps: ActivationCheckDeps): Promise<ActivationReport> {
  const { platform } = deps;
  if (platform !== 'win32') {
    return uncheckedReport(platform, null, said('activation.state.notWindows'), said('activation.onlyWindows', { platform }));
  }
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tools = windowsTools(deps.systemRoot);

  const ps = deps.licenseQuery
    ? await deps.licenseQuery().catch((error: unknown): CommandOutcome => ({ stdout: '', stderr: String(error), code: null, timedOut: false, notFound: false }))
    : await runQuery(deps.run, powershellQuery(tools), timeoutMs);
  // A hung licensing service would hang slmgr too, so a timeout ends the check.
  if (ps.timedOut) return timeoutReport(platform, 'powershell', timeoutMs);
  let psProblem = said(ps.notFound ? 'activation.psNotFound' : ps.blocked === true ? 'activation.psBlocked' : 'activation.psFailed');
  if (!ps.notFound && succeeded(ps)) {
    const parsed = parseCimJson(ps.stdout);
    if (parsed.kind !== 'unrecognized') return fromParse(platform, 'powershell', parsed, null);
    psProblem = parsed.reason;
  }

  const note = said(ps.notFound ? 'activation.slmgrInstead.notFound' : ps.blocked === true ? 'activation.slmgrInstead.blocked' : 'activation.slmgrInstead.failed');
  // Wine has cscript but no slmgr.vbs, and its cscript then hangs until killed: look first.
  const slmgr = deps.fileExists?.(tools.slmgr) === false ? NO_SLMGR : await runQuery(deps.run, slmgrDliQuery(tools), timeoutMs);
  if (slmgr.timedOut) return timeoutReport(platform, 'slmgr', timeoutMs);
  if (slmgr.notFound) {
    return uncheckedReport(platform, null, COULD_NOT_CHECK, said('activation.noSlmgr', { problem: psProblem, see: SEE_SETTINGS }));
  }
  if (!succeeded(slmgr)) {
    const failed = slmgr.blocked === true ? said('activation.queryBlocked', { see: SEE_SETTINGS })
      : slmgr.code === null ? said('activation.queryDidNotStart', { see: SEE_SETTINGS }) : said('activation.queryExitCode', { code: slmgr.code, see: SEE_SETTINGS });
    return uncheckedReport(platform, 'slmgr', COULD_NOT_CHECK, failed);
  }
  return fromParse(platform, 'slmgr', parseSlmgrDli(slmgr.stdout), note);
}
