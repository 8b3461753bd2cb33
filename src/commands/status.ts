// `status`: read-only activation check plus what the system probes read, as text or stable JSON.
// Activation and the system probes share one PowerShell process (the prober's).
import { createProber } from '../probes/prober.js';
import { systemJson, systemLines } from '../probes/system-summary.js';
import type { ActivationCheckDeps } from '../windows/activation-check.js';
import { formatActivationReport } from '../windows/format-report.js';
import { detectWine } from '../windows/wine-check.js';
import type { CommandResult } from './command-result.js';

export interface StatusOptions {
  readonly json: boolean;
}

export interface StatusDeps extends ActivationCheckDeps {
  /** os.release(); tests pass their own. */
  readonly release?: string;
}

/** 0 when Windows answered, 0 on other platforms (nothing to check is not an error), else 1. */
export async function runStatus(options: StatusOptions, deps: StatusDeps): Promise<CommandResult> {
  // ActivationCheckDeps' contract: no fileExists means slmgr.vbs is assumed to exist.
  const prober = createProber({ ...deps, fileExists: deps.fileExists ?? (() => true) });
  const [report, system, wine] = await Promise.all([prober.activation(), prober.system(), detectWine(deps)]);
  const code = report.checked || report.platform !== 'win32' ? 0 : 1;
  if (options.json) {
    // Scripts read JSON from stdout whatever the outcome; the exit code carries success.
    return { stdout: `${JSON.stringify({ ...report, wine, ...systemJson(system) }, null, 2)}\n`, stderr: '', code };
  }
  const lines = formatActivationReport(report);
  if (wine) lines.unshift("Running under Wine: Windows' own tools are stand-ins here, so the activation state cannot be read.");
  if (report.platform === 'win32') lines.push('', ...systemLines(system));
  const text = `${lines.join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
