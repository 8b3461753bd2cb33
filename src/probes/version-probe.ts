// Windows 10 or 11 and the build come from os.release() ("10.0.22631"): both report 10.0, and only
// the build (22000 and later is Windows 11) tells them apart. DisplayVersion ("23H2", ReleaseId
// before 20H2) comes from the registry, and only when the registry describes this same build:
// Wine's says 7601 whatever version Wine reports. ProductName is never read: it says
// "Windows 10" on Windows 11. InstallationType tells Windows Server (same builds) apart.
import type { RegistryReader, RegRead } from './registry-reader.js';
import { regText } from './registry-output.js';
import { known, unknown, type Probed } from './probe-types.js';
import { said, type Sentence } from './sentence.js';

export const CURRENT_VERSION_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

export interface VersionReading {
  readonly version: Probed<'10' | '11'>;
  readonly build: Probed<number>;
  readonly displayVersion: Probed<string>;
}

export function buildFromRelease(release: string): { readonly major: number; readonly minor: number; readonly build: number } | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(release.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]), build: Number(match[3]) } : null;
}

export function versionFromRelease(release: string): Pick<VersionReading, 'version' | 'build'> {
  const parsed = buildFromRelease(release);
  if (parsed === null) {
    const why = unknown(said('probe.version.noBuild', { release: release.slice(0, 40) }));
    return { version: why, build: why };
  }
  const { major, minor, build } = parsed;
  const isNt10 = major === 10 && minor === 0;
  const version = isNt10 && build >= 22000 ? known('11' as const) : isNt10 && build >= 10240 ? known('10' as const) : unknown(said('probe.version.neither', { major, minor, build }));
  return { version, build: known(build) };
}

/** Why this registry is not this Windows' (its build differs from os.release()'s); null when it is. */
export async function registryMismatch(reader: RegistryReader, build: number): Promise<Sentence | null> {
  const [number, current] = await Promise.all([reader.value(CURRENT_VERSION_KEY, 'CurrentBuildNumber'), reader.value(CURRENT_VERSION_KEY, 'CurrentBuild')]);
  for (const read of [number, current]) {
    if (read.kind === 'unknown') return said('probe.registry.couldNotRead', { reason: read.reason });
    const text = read.kind === 'value' ? regText(read.value) : null;
    if (text !== null && text.trim() !== String(build)) {
      return said('probe.registry.otherBuild', { registryBuild: text.trim().slice(0, 12), build });
    }
  }
  return null;
}

const VERSION_NAME = /^[A-Za-z0-9]{2,12}$/;

function versionName(read: RegRead): string | null {
  const text = read.kind === 'value' ? regText(read.value)?.trim() ?? null : null;
  return text !== null && VERSION_NAME.test(text) ? text : null;
}

export async function readDisplayVersion(reader: RegistryReader, build: Probed<number>): Promise<Probed<string>> {
  if (!build.known) return unknown(said('probe.registry.buildUnknown'));
  const mismatch = await registryMismatch(reader, build.value);
  if (mismatch !== null) return unknown(mismatch);
  for (const name of ['DisplayVersion', 'ReleaseId']) {
    const read = await reader.value(CURRENT_VERSION_KEY, name);
    if (read.kind === 'unknown') return unknown(said('probe.registry.valueUnreadable', { name, reason: read.reason }));
    if (read.kind === 'value') return versionName(read) === null ? unknown(said('probe.registry.valueOdd', { name })) : known(versionName(read)!);
  }
  return unknown(said('probe.version.noDisplayVersion'));
}

/**
 * Why this is not a client Windows (10 or 11), or null: Windows Server shares their build numbers
 * (Server 2022 is 20348, Server 2025 is 26100), and its InstallationType ("Server", "Server Core")
 * says so. An absent or unreadable value keeps the reading by build: Wine has none, and a client
 * PC's registry always has "Client" (docs/windows-probes.md, "Windows Server").
 */
export async function notClient(reader: RegistryReader): Promise<Sentence | null> {
  const read = await reader.value(CURRENT_VERSION_KEY, 'InstallationType');
  const text = read.kind === 'value' ? regText(read.value)?.trim() ?? null : null;
  if (read.kind !== 'value' || text?.toLowerCase() === 'client') return null;
  return text !== null && /^[A-Za-z ]{1,30}$/.test(text)
    ? said('probe.version.server', { type: text })
    : said('probe.version.installationTypeOdd');
}

export async function readVersion(reader: RegistryReader, release: string): Promise<VersionReading> {
  const { version, build } = versionFromRelease(release);
  const [server, displayVersion] = await Promise.all([version.known ? notClient(reader) : Promise.resolve(null), readDisplayVersion(reader, build)]);
  return { version: server === null ? version : unknown(server), build, displayVersion };
}
