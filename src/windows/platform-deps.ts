import { existsSync } from 'node:fs';
import os from 'node:os';
import { windowsVersionFromRelease } from '../report/windows-version.js';
import { hardwareNowFrom, type HardwareNow } from './hardware-record.js';
import { checkActivation, type ActivationCheckDeps } from './activation-check.js';
import { realCommandRunner } from './command-runner.js';
import { formatActivationReport } from './format-report.js';
import { nodeSpawn } from './node-spawn.js';
import { openLink } from './settings-links.js';

/** The real Windows dependencies, built once by the CLI and handed to commands and the app. */
export function activationDeps(): ActivationCheckDeps {
  return {
    platform: process.platform,
    run: realCommandRunner,
    fileExists: existsSync,
    ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}),
  };
}

/** Opens a task's page and says, in one line, what happened. */
export function openTaskLink(target: string): string {
  const result = openLink(target, { platform: process.platform, spawn: nodeSpawn, fileExists: existsSync, ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}) });
  return result.opened ? `Opened ${target}.` : result.reason;
}

export async function activationLines(): Promise<readonly string[]> {
  return formatActivationReport(await checkActivation(activationDeps()));
}

/** This PC for the hardware-record step; null off Windows (there is no PC of the course to record). */
export async function readHardware(): Promise<HardwareNow | null> {
  if (process.platform !== 'win32') return null;
  const report = await checkActivation(activationDeps());
  return hardwareNowFrom(report, os.hostname(), windowsVersionFromRelease(process.platform, os.release())?.name ?? null);
}
