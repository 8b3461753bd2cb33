// Reads each privacy switch: a policy first (it overrides the switch), then the user's value.
import type { RegistryReader, RegRead } from './registry-reader.js';
import { PRIVACY_SETTINGS, type OnOff, type PrivacyId, type PrivacySetting } from './privacy-settings.js';

/** on/off: the user's switch; default: never changed; managed: a policy decides; unknown: could not read. */
export type PrivacyState = 'on' | 'off' | 'default' | 'managed' | 'unknown';

export interface PrivacyReading {
  readonly id: PrivacyId;
  readonly label: string;
  readonly state: PrivacyState;
  /** What the setting amounts to: the switch, or the policy's value; null for default/unknown. */
  readonly effective: OnOff | null;
  readonly page: string;
  readonly detail: string;
}

function sentence(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

export async function readPrivacySetting(setting: PrivacySetting, reader: RegistryReader): Promise<PrivacyReading> {
  const base = { id: setting.id, label: setting.label, page: setting.page };
  const unknownBecause = (reason: string): PrivacyReading => ({ ...base, state: 'unknown', effective: null, detail: reason });

  const policies = await Promise.all(setting.policies.map((policy) => reader.value(policy.key, policy.name)));
  for (const [index, read] of policies.entries()) {
    if (read.kind === 'unknown') return unknownBecause(`Could not read the policy: ${read.reason}`);
    if (read.kind === 'absent') continue;
    const policy = setting.policies[index]!;
    const meaning = policy.means(read.value);
    if (meaning === null) return unknownBecause(`A policy (${policy.name}) holds a value this checkup does not recognise.`);
    if (meaning !== 'user') {
      return { ...base, state: 'managed', effective: meaning,
        detail: `A policy turns it ${meaning} (${policy.name} in ${policy.key}); Settings shows the switch greyed out.` };
    }
  }

  if (setting.user.length === 0) return unknownBecause(setting.caution);
  const reads: RegRead[] = await Promise.all(setting.user.map((ref) => reader.value(ref.key, ref.name)));
  const failed = reads.find((read) => read.kind === 'unknown');
  if (failed?.kind === 'unknown') return unknownBecause(failed.reason);
  if (reads.every((read) => read.kind === 'absent')) {
    return { ...base, state: 'default', effective: null, detail: sentence("Never changed: Windows' default applies.", setting.caution) };
  }
  const user = setting.userState(reads.map((read) => (read.kind === 'value' ? read.value : undefined)));
  if (user === null) return unknownBecause('Windows holds a value this checkup does not recognise.');
  return { ...base, state: user.state, effective: user.state, detail: sentence(user.detail ?? '', setting.caution) };
}

/** Every setting, read with one reader (each registry key is queried once). Never throws. */
export function readPrivacy(reader: RegistryReader, ids?: readonly PrivacyId[]): Promise<PrivacyReading[]> {
  const wanted = PRIVACY_SETTINGS.filter((setting) => ids === undefined || ids.includes(setting.id));
  return Promise.all(wanted.map((setting) =>
    readPrivacySetting(setting, reader).catch((error: unknown) => ({
      id: setting.id, label: setting.label, page: setting.page, state: 'unknown' as const, effective: null, detail: `The check failed: ${String(error)}`,
    }))));
}

/** Off Windows nothing can be read: every setting unknown, with the reason. */
export function privacyOffWindows(platform: string): PrivacyReading[] {
  return PRIVACY_SETTINGS.map((setting) => ({
    id: setting.id, label: setting.label, page: setting.page, state: 'unknown', effective: null,
    detail: `Privacy settings can only be read on Windows; this is ${platform}.`,
  }));
}
