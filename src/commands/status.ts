// `status`: read-only activation check plus what the system probes read, as text or stable JSON.
// Activation and the system probes share one PowerShell process (the prober's).
import { createProber } from '../probes/prober.js';
import { systemJson, systemLines } from '../probes/system-summary.js';
import type { SystemReading } from '../probes/system-probe.js';
import type { ActivationCheckDeps } from '../probes/activation-check.js';
import { formatActivationReport } from '../windows/format-report.js';
import type { HardwareRecord } from '../progress/model.js';
import type { ActivationReport } from '../probes/activation-types.js';
import { hardwareNowFrom, type HardwareNow } from '../windows/hardware-record.js';
import { compareWithRecord } from '../tutor/hardware-notes.js';
import { detectWine } from '../probes/wine-probe.js';
import { userDirs } from '../user-dirs.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { sayEnglish, sayer } from '../i18n/say.js';
import { activationJson } from '../probes/activation-report.js';
import type { CommandResult } from './command-result.js';

export interface StatusOptions {
  readonly json: boolean;
  /** The UI catalog's words; English by default. */
  readonly t?: Translate;
  /** The Windows display language whose labels the text names ("de-DE"); English Windows' by default. */
  readonly windowsLanguage?: string;
}

export interface StatusDeps extends ActivationCheckDeps {
  /** What was recorded before a hardware change (lesson 4), to compare with; null when none. */
  readonly hardware?: HardwareRecord | null;
  /** This PC as the record describes one (platform-deps' thisPc), for that comparison. */
  readonly thisPc?: (report: ActivationReport, version: SystemReading['windows']['version']) => HardwareNow;
  /** os.release(); tests pass their own. */
  readonly release?: string;
  /** Where progress is saved (named when this runs as another account); default: the user folders'. */
  readonly progressFolder?: string;
}

/** 0 when Windows answered, 0 on other platforms (nothing to check is not an error), else 1. */
export async function runStatus(options: StatusOptions, deps: StatusDeps): Promise<CommandResult> {
  // ActivationCheckDeps' contract: no fileExists means slmgr.vbs is assumed to exist.
  const progressFolder = deps.progressFolder ?? userDirs().config;
  const prober = createProber({ ...deps, fileExists: deps.fileExists ?? (() => true), progressFolder });
  const [report, system, wine] = await Promise.all([prober.activation(), prober.system(), detectWine(deps)]);
  const code = report.checked || report.platform !== 'win32' ? 0 : 1;
  const t = options.t ?? english;
  const record = deps.hardware ?? null;
  // Compared only on Windows: elsewhere there is no PC of the record to compare with.
  const differences = record !== null && deps.platform === 'win32'
    ? compareWithRecord(record, (deps.thisPc ?? ((answer) => hardwareNowFrom(answer, '', null)))(report, system.windows.version), t, options.windowsLanguage)
    : null;
  if (options.json) {
    const hardwareRecord = record === null ? null : { recordedOn: record.recordedOn, differences };
    // Scripts read JSON from stdout whatever the outcome; the exit code carries success.
    // Its words are English whatever the language, as they always were: scripts may match them.
    return { stdout: `${JSON.stringify({ ...activationJson(report, sayEnglish), wine, hardwareRecord, ...systemJson(system, sayEnglish) }, null, 2)}\n`, stderr: '', code };
  }
  const say = sayer(t, options.windowsLanguage);
  const lines = formatActivationReport(report, say);
  if (report.platform === 'win32') lines.push('', ...systemLines(system, say, progressFolder));
  if (record !== null) {
    lines.push('', t(differences === null ? 'status.recordedElsewhere' : 'status.compared', { date: record.recordedOn }));
    if (differences !== null) lines.push(...differences.map((note) => `- ${note}`));
  }
  if (wine) lines.unshift(t('status.wine'));
  const text = `${lines.join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
