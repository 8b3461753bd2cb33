// Windows version and build from os.release() ("10.0.22631"): Windows 11 reports 10.0 too,
// and only its build number (22000 and later) tells it apart (facts sheet, probe 1).

export interface WindowsVersionInfo {
  /** "Windows 11", "Windows 10", or "Windows NT 6.1" for anything older (or Wine's default). */
  readonly name: string;
  /** The build number, e.g. 22631; null when the release string has none. */
  readonly build: number | null;
}

export function windowsVersionFromRelease(platform: NodeJS.Platform, release: string): WindowsVersionInfo | null {
  if (platform !== 'win32') return null;
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(release.trim());
  if (match === null) return { name: 'Windows (version unknown)', build: null };
  const [major, minor, build] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (major === 10 && minor === 0 && build >= 22000) return { name: 'Windows 11', build };
  if (major === 10 && minor === 0 && build >= 10240) return { name: 'Windows 10', build };
  return { name: `Windows NT ${major}.${minor}`, build };
}
