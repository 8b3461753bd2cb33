// Windows version and build from os.release() ("10.0.22631"), named for the report and the
// hardware record. The parsing and the Windows 10/11 boundaries are the version probe's.
import { buildFromRelease, versionFromRelease } from '../probes/version-probe.js';

export interface WindowsVersionInfo {
  /** "Windows 11", "Windows 10", or "Windows NT 6.1" for anything older (or Wine's default). */
  readonly name: string;
  /** The build number, e.g. 22631; null when the release string has none. */
  readonly build: number | null;
}

export function windowsVersionFromRelease(platform: NodeJS.Platform, release: string): WindowsVersionInfo | null {
  if (platform !== 'win32') return null;
  const parsed = buildFromRelease(release);
  if (parsed === null) return { name: 'Windows (version unknown)', build: null };
  const { version } = versionFromRelease(release);
  return { name: version.known ? `Windows ${version.value}` : `Windows NT ${parsed.major}.${parsed.minor}`, build: parsed.build };
}
