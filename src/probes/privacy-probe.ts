// Reads each privacy switch: a policy first (it overrides the switch), then the user's value.
import type { RegistryReader, RegRead } from './registry-reader.js';
import { enterpriseOrEducation, readEditionId } from './edition-scope.js';
import { readEnrollment } from './mdm-enrollment.js';
import { regText } from './registry-output.js';
import { CURRENT_VERSION_KEY } from './version-probe.js';
import { POLICY_MANAGER_DEVICE, PRIVACY_SETTINGS, type OnOff, type PrivacyId, type PrivacySetting } from './privacy-settings.js';
import type { Sentence } from './sentence.js';
// The details are still English sentences (privacy text, a later change): the registry's reasons,
// now data, are said in English here until the details become data too.
import { sayEnglish } from '../i18n/say.js';

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

/** What a reading depends on beyond the setting's own values; each part is read at most once. */
export interface PrivacyContext {
  readonly editionId: () => Promise<string | null>;
  /** The registry's CurrentBuildNumber; null when not read. */
  readonly build: () => Promise<number | null>;
  /** Whether an MDM server enrolled this PC (Intune and the like); null when not known. */
  readonly enrolled: () => Promise<boolean | null>;
  /**
   * Why this process's HKCU is not the signed-in user's (elevated with another account's
   * password), or null when it is the signed-in user or that cannot be told.
   */
  readonly anotherAccount: Sentence | null;
}

/** A setting is per-user when any value it reads is in HKCU (which belongs to this process's account). */
export function isPerUser(setting: PrivacySetting): boolean {
  return [...setting.policies, ...setting.user].some((ref) => /^HKCU\\/i.test(ref.key));
}

async function mdmReading(setting: PrivacySetting, reader: RegistryReader, context: PrivacyContext): Promise<{ readonly state: OnOff; readonly detail: string } | { readonly unknown: string } | null> {
  for (const node of setting.mdm) {
    const key = `${POLICY_MANAGER_DEVICE}\\${node.area}`;
    const read = await reader.value(key, node.name);
    if (read.kind === 'absent') continue;
    if (read.kind === 'unknown') {
      const enrolled = await context.enrolled();
      return { unknown: enrolled === true
        ? `Managed by your organization, not known: this PC is enrolled in device management, and its policy (${node.area}/${node.name}) could not be read (${sayEnglish(read.reason)})`
        : `Could not read the device-management policy ${node.area}/${node.name}: ${sayEnglish(read.reason)}` };
    }
    const meaning = node.means(read.value);
    if (meaning === null) return { unknown: `A device-management policy (${node.area}/${node.name}) holds a value this checkup does not recognise.` };
    if (meaning !== 'user') return { state: meaning, detail: `Your organization's device management turns it ${meaning} (${node.area}/${node.name}); Settings shows the switch greyed out.` };
  }
  return null;
}

async function pageOf(setting: PrivacySetting, context: PrivacyContext): Promise<{ readonly page: string; readonly note: string }> {
  if (setting.movedTo === undefined) return { page: setting.page, note: '' };
  const build = await context.build();
  if (build === null) return { page: setting.page, note: `From Windows 11 24H2 on it is under ${setting.movedTo.where} (${setting.movedTo.page}).` };
  return build >= setting.movedTo.build ? { page: setting.movedTo.page, note: `In Settings: ${setting.movedTo.where}.` } : { page: setting.page, note: '' };
}

export async function readPrivacySetting(setting: PrivacySetting, reader: RegistryReader, context: PrivacyContext = standaloneContext(reader)): Promise<PrivacyReading> {
  const where = await pageOf(setting, context);
  const base = { id: setting.id, label: setting.label, page: where.page };
  const unknownBecause = (reason: string): PrivacyReading => ({ ...base, state: 'unknown', effective: null, detail: reason });
  // HKCU here is another account's: its values say nothing about the person at the keyboard.
  if (context.anotherAccount !== null && isPerUser(setting)) return unknownBecause(sayEnglish(context.anotherAccount));

  const notes: string[] = where.note === '' ? [] : [where.note];
  const policies = await Promise.all(setting.policies.map((policy) => reader.value(policy.key, policy.name)));
  for (const [index, read] of policies.entries()) {
    if (read.kind === 'unknown') return unknownBecause(`Could not read the policy: ${sayEnglish(read.reason)}`);
    if (read.kind === 'absent') continue;
    const policy = setting.policies[index]!;
    const meaning = policy.means(read.value);
    if (meaning === null) return unknownBecause(`A policy (${policy.name}) holds a value this checkup does not recognise.`);
    if (meaning === 'user') continue;
    if (policy.enterpriseOnly === true) {
      const applies = enterpriseOrEducation(await context.editionId());
      if (applies === false) {
        notes.push(`A policy (${policy.name}) is set, but Windows honours it only on Enterprise and Education, so it does not apply to this edition.`);
        continue;
      }
      if (applies === null) {
        return unknownBecause(`A policy (${policy.name}) is set that Windows honours only on Enterprise and Education, and this PC's edition could not be told, so the setting is not known.`);
      }
    }
    return { ...base, state: 'managed', effective: meaning,
      detail: `A policy turns it ${meaning} (${policy.name} in ${policy.key}); Settings shows the switch greyed out.` };
  }

  const mdm = await mdmReading(setting, reader, context);
  if (mdm !== null) return 'unknown' in mdm ? unknownBecause(mdm.unknown) : { ...base, state: 'managed', effective: mdm.state, detail: mdm.detail };

  for (const value of setting.device) {
    const read = await reader.value(value.key, value.name);
    if (read.kind === 'unknown') return unknownBecause(`Could not read the value for the whole PC: ${sayEnglish(read.reason)}`);
    if (read.kind === 'absent') continue;
    const meaning = value.means(read.value);
    if (meaning === null) return unknownBecause(`The value for the whole PC (${value.name} in ${value.key}) is one this checkup does not recognise.`);
    if (meaning !== 'user') {
      return { ...base, state: meaning, effective: meaning, detail: sentence(`Turned ${meaning} for every account on this PC (${value.name} in ${value.key}), whatever each account's switch says.`, ...notes) };
    }
  }

  if (setting.user.length === 0) return unknownBecause(sentence(setting.caution, ...notes));
  const reads: RegRead[] = await Promise.all(setting.user.map((ref) => reader.value(ref.key, ref.name)));
  const failed = reads.find((read) => read.kind === 'unknown');
  if (failed?.kind === 'unknown') return unknownBecause(sayEnglish(failed.reason));
  if (reads.every((read) => read.kind === 'absent')) {
    return { ...base, state: 'default', effective: null, detail: sentence("Never changed: Windows' default applies.", ...notes, setting.caution) };
  }
  const user = setting.userState(reads.map((read) => (read.kind === 'value' ? read.value : undefined)), { editionId: await context.editionId() });
  if (user === null) return unknownBecause('Windows holds a value this checkup does not recognise.');
  return { ...base, state: user.state, effective: user.state, detail: sentence(user.detail ?? '', ...notes, setting.caution) };
}

function keysOf(setting: PrivacySetting): readonly { readonly key: string; readonly name: string }[] {
  return [...setting.policies, ...setting.mdm.map((node) => ({ key: `${POLICY_MANAGER_DEVICE}\\${node.area}`, name: node.name })), ...setting.device, ...setting.user];
}

/** The context read from the same registry reader, each part once. */
function standaloneContext(reader: RegistryReader): PrivacyContext {
  let edition: Promise<string | null> | null = null;
  let build: Promise<number | null> | null = null;
  let enrolled: Promise<boolean | null> | null = null;
  return {
    editionId: () => (edition ??= readEditionId(reader)),
    build: () => (build ??= reader.value(CURRENT_VERSION_KEY, 'CurrentBuildNumber').then((read) => {
      const text = read.kind === 'value' ? regText(read.value)?.trim() ?? '' : '';
      return /^\d{4,6}$/.test(text) ? Number(text) : null;
    })),
    enrolled: () => (enrolled ??= readEnrollment(reader)),
    anotherAccount: null,
  };
}

/** Every setting, read with one reader (each registry key is queried once). Never throws. */
export function readPrivacy(reader: RegistryReader, ids?: readonly PrivacyId[], anotherAccount: Sentence | null = null): Promise<PrivacyReading[]> {
  const wanted = PRIVACY_SETTINGS.filter((setting) => ids === undefined || ids.includes(setting.id));
  const context = { ...standaloneContext(reader), anotherAccount };
  // Every key asked up front (each is read once per reader anyway): a reader that batches, such
  // as the PowerShell fallback, then needs one run instead of one per step of the reading order.
  if (anotherAccount === null) for (const setting of wanted) for (const { key, name } of keysOf(setting)) void reader.value(key, name);
  return Promise.all(wanted.map((setting) =>
    readPrivacySetting(setting, reader, context).catch((error: unknown) => ({
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
