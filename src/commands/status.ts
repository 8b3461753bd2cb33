// `status`: read-only activation check, as text or as the stable JSON report.
import { checkActivation, type ActivationCheckDeps } from '../windows/activation-check.js';
import { formatActivationReport } from '../windows/format-report.js';
import { detectWine } from '../windows/wine-check.js';
import type { CommandResult } from './command-result.js';

export interface StatusOptions {
  readonly json: boolean;
}

export type StatusDeps = ActivationCheckDeps;

/** 0 when Windows answered, 0 on other platforms (nothing to check is not an error), else 1. */
export async function runStatus(options: StatusOptions, deps: StatusDeps): Promise<CommandResult> {
  const [report, wine] = await Promise.all([checkActivation(deps), detectWine(deps)]);
  const code = report.checked || report.platform !== 'win32' ? 0 : 1;
  if (options.json) {
    // Scripts read JSON from stdout whatever the outcome; the exit code carries success.
    return { stdout: `${JSON.stringify({ ...report, wine }, null, 2)}\n`, stderr: '', code };
  }
  const lines = formatActivationReport(report);
  if (wine) lines.unshift("Running under Wine: Windows' own tools are stand-ins here, so the activation state cannot be read.");
  const text = `${lines.join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
