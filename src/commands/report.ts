// `report`: a support summary that is safe to paste in public, optionally copied to the clipboard.
import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { copyToClipboard, type ClipboardTool, type InputRunner } from '../report/clipboard.js';
import type { Identity } from '../report/redact-identity.js';
import { buildSupportReport, renderSupportReport } from '../report/support-report.js';
import { windowsVersionFromRelease } from '../report/windows-version.js';
import { createProber } from '../probes/prober.js';
import type { ActivationCheckDeps } from '../probes/activation-check.js';
import { detectWine } from '../probes/wine-probe.js';
import { currentRuntime, type Runtime } from '../runtime.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { CommandResult } from './command-result.js';

export interface ReportOptions {
  readonly json: boolean;
  readonly copy: boolean;
  /** The UI catalog's words for the text form; English by default. JSON is the same in every language. */
  readonly t?: Translate;
}

export interface ReportDeps extends ActivationCheckDeps {
  readonly version: string;
  /** os.release(). */
  readonly osRelease: string;
  readonly identity: Identity;
  readonly course: Course;
  readonly progress: ProgressData;
  readonly clipboard: readonly ClipboardTool[];
  readonly runWithInput: InputRunner;
  /** What runs the tutorial; this process by default. */
  readonly runtime?: Runtime;
}

/** Exit 0, or 1 when --copy found no clipboard program (the text is printed either way). */
export async function runReport(options: ReportOptions, deps: ReportDeps): Promise<CommandResult> {
  // Activation and the system probes share one PowerShell process; no fileExists means slmgr.vbs is assumed present.
  const prober = createProber({ ...deps, release: deps.osRelease, fileExists: deps.fileExists ?? (() => true) });
  const [activation, system, wine] = await Promise.all([prober.activation(), prober.system(), detectWine(deps)]);
  const report = buildSupportReport({
    version: deps.version,
    platform: deps.platform,
    // Named as the version probe read it: a Windows Server is not called Windows 10/11 by its build.
    windows: windowsVersionFromRelease(deps.platform, deps.osRelease, system.windows.version),
    wine,
    runtime: deps.runtime ?? currentRuntime(),
    activation,
    system,
    course: deps.course,
    progress: deps.progress,
  });
  const t = options.t ?? english;
  const text = renderSupportReport(report, deps.identity, options.json, t);
  if (!options.copy) return { stdout: text, stderr: '', code: 0 };
  const copied = await copyToClipboard(text, deps.clipboard, deps.runWithInput);
  if (copied.copied) return { stdout: text, stderr: `${t('report.copied', { tool: copied.tool })}\n`, code: 0 };
  const tried = copied.tried.map(({ tool, notFound }) => t(notFound ? 'report.toolMissing' : 'report.toolFailed', { tool })).join(', ');
  return { stdout: text, stderr: `winlink-tutor: ${t('report.noClipboard', { tried })}\n`, code: 1 };
}
