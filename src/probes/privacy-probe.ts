// Reads each privacy switch: a policy first (it overrides the switch), then the user's value.
import type { RegistryReader, RegRead } from './registry-reader.js';
import { enterpriseOrEducation, readEditionId } from './edition-scope.js';
import { readEnrollment } from './mdm-enrollment.js';
import { regText } from './registry-output.js';
import { CURRENT_VERSION_KEY } from './version-probe.js';
import type { PrivacyNote, SwitchLabel } from './privacy-notes.js';
import { POLICY_MANAGER_DEVICE, PRIVACY_SETTINGS, type OnOff, type PrivacyId, type PrivacySetting } from './privacy-settings.js';
import type { Sentence } from './sentence.js';

/** Windows 11's first build: below it, a Windows 10 label applies. */
const WINDOWS_11_BUILD = 22000;

/** on/off: the user's switch; default: never changed; managed: a policy decides; unknown: could not read. */
export type PrivacyState = 'on' | 'off' | 'default' | 'managed' | 'unknown';

export interface PrivacyReading {
  readonly id: PrivacyId;
  /** The switch's name in this PC's Windows (label-catalog keys). */
  readonly label: SwitchLabel;
  readonly state: PrivacyState;
  /** What the setting amounts to: the switch, or the policy's value; null for default/unknown. */
  readonly effective: OnOff | null;
  readonly page: string;
  /** What was found, in order; said in words by the command (src/i18n/privacy-text.ts). */
  readonly notes: readonly PrivacyNote[];
}

/** The switch's label without knowing this PC's Windows version (Windows 11's). */
function windows11Label(setting: PrivacySetting): SwitchLabel {
  const { windows10: _windows10, ...label } = setting.label;
  return label;
}

async function labelOf(setting: PrivacySetting, context: PrivacyContext): Promise<SwitchLabel> {
  const label = windows11Label(setting);
  if (setting.label.windows10 === undefined) return label;
  const build = await context.build();
  return build !== null && build < WINDOWS_11_BUILD ? { ...label, name: setting.label.windows10 } : label;
}

const cautions = (setting: PrivacySetting): PrivacyNote[] => setting.caution.map((caution) => ({ code: 'caution', caution }));

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

async function mdmReading(setting: PrivacySetting, reader: RegistryReader, context: PrivacyContext): Promise<{ readonly state: OnOff; readonly note: PrivacyNote } | { readonly unknown: PrivacyNote } | null> {
  for (const node of setting.mdm) {
    const key = `${POLICY_MANAGER_DEVICE}\\${node.area}`;
    const policy = `${node.area}/${node.name}`;
    const read = await reader.value(key, node.name);
    if (read.kind === 'absent') continue;
    if (read.kind === 'unknown') return { unknown: { code: 'mdm-unreadable', policy, enrolled: (await context.enrolled()) === true, reason: read.reason } };
    const meaning = node.means(read.value);
    if (meaning === null) return { unknown: { code: 'mdm-unrecognised', policy } };
    if (meaning !== 'user') return { state: meaning, note: { code: 'mdm-sets', state: meaning, policy } };
  }
  return null;
}

async function pageOf(setting: PrivacySetting, context: PrivacyContext): Promise<{ readonly page: string; readonly notes: readonly PrivacyNote[] }> {
  const moved = setting.movedTo;
  if (moved === undefined) return { page: setting.page, notes: [] };
  const build = await context.build();
  if (build === null) return { page: setting.page, notes: [{ code: 'moved', path: moved.where, page: moved.page, buildKnown: false }] };
  return build >= moved.build ? { page: moved.page, notes: [{ code: 'moved', path: moved.where, page: moved.page, buildKnown: true }] } : { page: setting.page, notes: [] };
}

export async function readPrivacySetting(setting: PrivacySetting, reader: RegistryReader, context: PrivacyContext = standaloneContext(reader)): Promise<PrivacyReading> {
  const [where, label] = await Promise.all([pageOf(setting, context), labelOf(setting, context)]);
  const base = { id: setting.id, label, page: where.page };
  const unknownBecause = (...notes: PrivacyNote[]): PrivacyReading => ({ ...base, state: 'unknown', effective: null, notes });
  // HKCU here is another account's: its values say nothing about the person at the keyboard.
  if (context.anotherAccount !== null && isPerUser(setting)) return unknownBecause({ code: 'reason', reason: context.anotherAccount });

  const notes: PrivacyNote[] = [...where.notes];
  const policies = await Promise.all(setting.policies.map((policy) => reader.value(policy.key, policy.name)));
  for (const [index, read] of policies.entries()) {
    if (read.kind === 'unknown') return unknownBecause({ code: 'policy-unreadable', reason: read.reason });
    if (read.kind === 'absent') continue;
    const policy = setting.policies[index]!;
    const meaning = policy.means(read.value);
    if (meaning === null) return unknownBecause({ code: 'policy-unrecognised', policy: policy.name });
    if (meaning === 'user') continue;
    if (policy.enterpriseOnly === true) {
      const applies = enterpriseOrEducation(await context.editionId());
      if (applies === false) {
        notes.push({ code: 'policy-not-this-edition', policy: policy.name });
        continue;
      }
      if (applies === null) return unknownBecause({ code: 'policy-edition-unknown', policy: policy.name });
    }
    return { ...base, state: 'managed', effective: meaning, notes: [{ code: 'policy-sets', state: meaning, policy: policy.name, key: policy.key }] };
  }

  const mdm = await mdmReading(setting, reader, context);
  if (mdm !== null) return 'unknown' in mdm ? unknownBecause(mdm.unknown) : { ...base, state: 'managed', effective: mdm.state, notes: [mdm.note] };

  for (const value of setting.device) {
    const read = await reader.value(value.key, value.name);
    if (read.kind === 'unknown') return unknownBecause({ code: 'device-unreadable', reason: read.reason });
    if (read.kind === 'absent') continue;
    const meaning = value.means(read.value);
    if (meaning === null) return unknownBecause({ code: 'device-unrecognised', value: value.name, key: value.key });
    if (meaning !== 'user') {
      return { ...base, state: meaning, effective: meaning, notes: [{ code: 'device-sets', state: meaning, value: value.name, key: value.key }, ...notes] };
    }
  }

  if (setting.user.length === 0) return unknownBecause(...cautions(setting), ...notes);
  const reads: RegRead[] = await Promise.all(setting.user.map((ref) => reader.value(ref.key, ref.name)));
  const failed = reads.find((read) => read.kind === 'unknown');
  if (failed?.kind === 'unknown') return unknownBecause({ code: 'reason', reason: failed.reason });
  if (reads.every((read) => read.kind === 'absent')) {
    return { ...base, state: 'default', effective: null, notes: [{ code: 'never-changed' }, ...notes, ...cautions(setting)] };
  }
  const user = setting.userState(reads.map((read) => (read.kind === 'value' ? read.value : undefined)), { editionId: await context.editionId() });
  if (user === null) return unknownBecause({ code: 'value-unrecognised' });
  const value: PrivacyNote[] = user.note === undefined ? [] : [{ code: 'value', value: user.note }];
  return { ...base, state: user.state, effective: user.state, notes: [...value, ...notes, ...cautions(setting)] };
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
      id: setting.id, label: windows11Label(setting), page: setting.page, state: 'unknown' as const, effective: null, notes: [{ code: 'check-failed' as const, error: String(error) }],
    }))));
}

/** Off Windows nothing can be read: every setting unknown, with the reason. */
export function privacyOffWindows(platform: string): PrivacyReading[] {
  return PRIVACY_SETTINGS.map((setting) => ({
    id: setting.id, label: windows11Label(setting), page: setting.page, state: 'unknown', effective: null,
    notes: [{ code: 'off-windows', platform }],
  }));
}
