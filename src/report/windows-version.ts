// Windows version and build, named for the report and the hardware record. The name is the
// version probe's answer (build boundaries, and InstallationType: Windows Server shares the client
// builds), so the report never calls a Server "Windows 10/11" where the probes would not.
import { buildFromRelease, versionFromRelease, type VersionReading } from '../probes/version-probe.js';

/** The name when the version is not known: said in the user's language in the text report. */
export const UNKNOWN_VERSION_NAME = 'Windows (version unknown)';

export interface WindowsVersionInfo {
  /** "Windows 11", "Windows 10", "Windows NT 6.1" for anything older (or Wine's default), or "Windows (version unknown)". */
  readonly name: string;
  /** The build number, e.g. 22631; null when the release string has none. */
  readonly build: number | null;
}

/**
 * `release` is os.release() ("10.0.22631"); `version` the version probe's answer for it
 * (readVersion or the prober's windows.version).
 */
export function windowsVersionFromRelease(platform: NodeJS.Platform, release: string, version: VersionReading['version']): WindowsVersionInfo | null {
  if (platform !== 'win32') return null;
  const parsed = buildFromRelease(release);
  if (parsed === null) return { name: UNKNOWN_VERSION_NAME, build: null };
  if (version.known) return { name: `Windows ${version.value}`, build: parsed.build };
  // The build alone says 10 or 11, yet the probe would not: not a client Windows (Server).
  if (versionFromRelease(release).version.known) return { name: UNKNOWN_VERSION_NAME, build: parsed.build };
  return { name: `Windows NT ${parsed.major}.${parsed.minor}`, build: parsed.build };
}
