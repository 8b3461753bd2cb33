// The system probes together: version, edition, account type and administrator, each from its
// own source, each a proven value or unknown with a reason.
import { accountFromPowerShell, type AccountReading } from './account-probe.js';
import { combineAdmin, type AdminReading } from './admin-probe.js';
import { readEdition } from './edition-probe.js';
import type { PowerShellAnswer } from './powershell-answer.js';
import { unknown, type Probed } from './probe-types.js';
import type { RegistryReader } from './registry-reader.js';
import { readVersion, versionFromRelease, type VersionReading } from './version-probe.js';

export interface SystemReading {
  readonly windows: VersionReading & { readonly edition: Probed<string> };
  readonly account: AccountReading;
  readonly admin: AdminReading;
}

/** Where the answers come from; each source runs at most once however many probes ask it. */
export interface SystemSources {
  /** os.release(). */
  readonly release: string;
  readonly registry: RegistryReader;
  readonly powershell: () => Promise<PowerShellAnswer>;
  readonly whoami: () => Promise<AdminReading>;
}

export async function readAccount(sources: SystemSources): Promise<AccountReading> {
  return accountFromPowerShell(await sources.powershell());
}

/** PowerShell is asked only when whoami could not answer. */
export async function readAdmin(sources: SystemSources): Promise<AdminReading> {
  const whoami = await sources.whoami();
  if (whoami.member.known && whoami.elevated.known) return whoami;
  return combineAdmin(whoami, await sources.powershell());
}

export async function readSystem(sources: SystemSources): Promise<SystemReading> {
  const { build } = versionFromRelease(sources.release);
  const [version, edition, account, admin] = await Promise.all([
    readVersion(sources.registry, sources.release),
    readEdition(sources.registry, build, sources.powershell),
    readAccount(sources),
    readAdmin(sources),
  ]);
  return { windows: { ...version, edition }, account, admin };
}

export function systemOffWindows(platform: NodeJS.Platform): SystemReading {
  const why = unknown(`Not Windows (${platform}).`);
  return {
    windows: { version: why, build: why, displayVersion: why, edition: why },
    account: { type: why, basis: null },
    admin: { member: why, elevated: why },
  };
}
