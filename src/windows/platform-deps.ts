import { existsSync } from 'node:fs';
import os from 'node:os';
import { windowsVersionFromRelease } from '../report/windows-version.js';
import { hardwareNowFrom, type HardwareNow } from './hardware-record.js';
import type { ActivationCheckDeps } from '../probes/activation-check.js';
import type { ActivationReport } from '../probes/activation-types.js';
import type { Prober } from '../probes/prober.js';
import type { VersionReading } from '../probes/version-probe.js';
import { realCommandRunner } from './command-runner.js';
import { formatActivationReport } from './format-report.js';
import type { Say } from '../i18n/say.js';
import { nodeSpawn } from './node-spawn.js';
import { openLink } from './settings-links.js';

/** The real Windows dependencies (activation check and probes), built by the CLI and handed to commands and the app. */
export function activationDeps(): ActivationCheckDeps {
  return {
    platform: process.platform,
    run: realCommandRunner,
    fileExists: existsSync,
    ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}),
  };
}

/** Opens a task's page and says, in one line and with `say`'s words, what happened. */
export function openTaskLink(target: string, say: Say): string {
  const result = openLink(target, { platform: process.platform, spawn: nodeSpawn, fileExists: existsSync, ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}) });
  return say(result.opened ? { key: 'link.opened', values: { link: target } } : result.reason);
}

/**
 * The tutorial's activation check step and hardware-record step, both from one activation
 * answer per run (the prober's, which shares its PowerShell process with the other probes).
 */
export function tutorActivation(prober: Pick<Prober, 'activation' | 'system'>): {
  readonly checkActivation: (say: Say) => Promise<readonly string[]>;
  readonly readHardware: () => Promise<HardwareNow | null>;
} {
  return {
    checkActivation: async (say) => formatActivationReport(await prober.activation(), say),
    // Off Windows there is no PC of the course to record.
    readHardware: async () => {
      if (process.platform !== 'win32') return null;
      const [report, system] = await Promise.all([prober.activation(), prober.system()]);
      return thisPc(report, system.windows.version);
    },
  };
}

/**
 * This PC for the hardware record and its comparison: the activation answer, host name and the
 * Windows version as the version probe read it (a Server is not named Windows 10/11).
 */
export function thisPc(report: ActivationReport, version: VersionReading['version']): HardwareNow {
  return hardwareNowFrom(report, os.hostname(), windowsVersionFromRelease(process.platform, os.release(), version)?.name ?? null);
}
