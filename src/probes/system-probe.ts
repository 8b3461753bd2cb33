// The system probes together: version, edition, account type and administrator, each from its
// own source, each a proven value or unknown with a reason.
import { accountFromPowerShell, type AccountReading } from './account-probe.js';
import type { AdminReading } from './admin-probe.js';
import { readEdition, type Edition } from './edition-probe.js';
import { perUserProblem, type Identity } from './identity-probe.js';
import type { PowerShellAnswer } from './powershell-answer.js';
import { unknown, type Probed } from './probe-types.js';
import { said } from './sentence.js';
import type { RegistryReader } from './registry-reader.js';
import { readVersion, versionFromRelease, type VersionReading } from './version-probe.js';

export interface SystemReading {
  readonly windows: VersionReading & { readonly edition: Probed<Edition> };
  readonly account: AccountReading;
  readonly admin: AdminReading;
  /** Whether this runs as the signed-in user (elevation with another account's password changes that). */
  readonly identity: Identity;
}

/** Where the answers come from; each source runs at most once however many probes ask it. */
export interface SystemSources {
  /** os.release(). */
  readonly release: string;
  readonly registry: RegistryReader;
  readonly powershell: () => Promise<PowerShellAnswer>;
  readonly whoami: () => Promise<AdminReading>;
  /** Read only when whoami says this runs elevated. */
  readonly identity: () => Promise<Identity>;
  /** Where progress is saved for the account this runs as (said when that is not the user's). */
  readonly progressFolder: string | null;
}

export async function readAccount(sources: SystemSources): Promise<AccountReading> {
  const [account, identity] = await Promise.all([sources.powershell(), sources.identity()]);
  const problem = perUserProblem(identity, sources.progressFolder);
  return problem === null ? accountFromPowerShell(account) : { type: unknown(problem), basis: null };
}

/** From whoami alone (PowerShell is not asked). */
export async function readAdmin(sources: SystemSources): Promise<AdminReading> {
  const admin = await sources.whoami();
  // Elevated, the membership is the elevated account's: it says something about the user only when
  // that account is the user's own.
  if (!admin.elevated.known || !admin.elevated.value) return admin;
  const problem = perUserProblem(await sources.identity(), sources.progressFolder);
  return problem === null ? admin : { member: unknown(problem), elevated: admin.elevated };
}

export async function readSystem(sources: SystemSources): Promise<SystemReading> {
  const { build } = versionFromRelease(sources.release);
  const [version, edition, account, admin, identity] = await Promise.all([
    readVersion(sources.registry, sources.release),
    readEdition(sources.registry, build, sources.powershell),
    readAccount(sources),
    readAdmin(sources),
    sources.identity(),
  ]);
  return { windows: { ...version, edition }, account, admin, identity };
}

export function systemOffWindows(platform: NodeJS.Platform): SystemReading {
  const why = unknown(said('probe.notWindows', { platform }));
  return {
    windows: { version: why, build: why, displayVersion: why, edition: why },
    account: { type: why, basis: null },
    admin: { member: why, elevated: why },
    identity: { kind: 'unknown-elevation', reason: why.reason },
  };
}
