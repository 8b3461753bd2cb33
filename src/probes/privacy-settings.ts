// The privacy switches the checkup reads: where Windows keeps each one, how its values read,
// and which policy overrides it (facts sheet, probe 5). Read-only: nothing here is ever written.
import { enterpriseOrEducation } from './edition-scope.js';
import type { Caution, LabelPath, OnOff, SwitchLabel, ValueNote } from './privacy-notes.js';
import { regNumber, regText, type RegValue } from './registry-output.js';

export const PRIVACY_IDS = [
  'advertising-id', 'language-list', 'app-launch-tracking', 'suggested-content',
  'tailored-experiences', 'diagnostic-data', 'activity-history', 'location',
  'find-my-device', 'online-speech', 'inking-typing', 'feedback-frequency',
] as const;

export type PrivacyId = (typeof PRIVACY_IDS)[number];

/** What one registry value says: the switch on or off, or nothing we recognise (null). */
export type { OnOff } from './privacy-notes.js';

export interface RegRef {
  readonly key: string;
  readonly name: string;
}

/**
 * A policy value: on/off when it forces the setting (managed, greyed out in Settings); 'user' when
 * its value leaves the choice to the user; null when it is not a value the policy can hold (wrong
 * type, unknown number), which makes the setting unknown rather than guessed.
 */
export interface PolicyRead extends RegRef {
  readonly means: (value: RegValue) => OnOff | 'user' | null;
  /**
   * Honoured only on Enterprise and Education (Policy CSP: "❌ Pro"): debloat tools set such values on
   * Home and Pro, where Windows ignores them (docs/windows-probes.md, "Edition-limited policies").
   */
  readonly enterpriseOnly?: true;
}

/**
 * An MDM (Intune) policy: Windows keeps what an MDM server set under
 * HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\<area>, not under ...\Policies\...
 * (docs/windows-probes.md, "MDM policies").
 */
export interface MdmRead {
  readonly area: string;
  readonly name: string;
  readonly means: (value: RegValue) => OnOff | 'user' | null;
}

export const POLICY_MANAGER_DEVICE = 'HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device';

/** What else the reading of a value depends on. */
export interface ReadContext {
  /** The registry's EditionID ("Core", "Professional", "Enterprise"); null when not known. */
  readonly editionId: string | null;
}

export interface PrivacySetting {
  readonly id: PrivacyId;
  /** The switch's name in Settings (Windows 11's); `windows10`: Windows 10's label where it differs. */
  readonly label: SwitchLabel & { readonly windows10?: string };
  readonly page: string;
  /** Where the switch moved to from a build on (its page in newer Windows 11). */
  readonly movedTo?: { readonly build: number; readonly page: string; readonly where: LabelPath };
  readonly policies: readonly PolicyRead[];
  /** MDM policy nodes for the same setting (device scope only; user-scope nodes are not read). */
  readonly mdm: readonly MdmRead[];
  /**
   * Values that turn the setting off for every account on the PC without being a policy (the
   * switch is not greyed out): Microsoft documents HKLM AdvertisingInfo\Enabled = 0 this way.
   */
  readonly device: readonly PolicyRead[];
  /** The values the Settings switch writes; all missing = never changed (Windows' default). */
  readonly user: readonly RegRef[];
  /** Reads the present user values (missing ones are undefined); null when they make no sense. */
  readonly userState: (values: readonly (RegValue | undefined)[], context: ReadContext) => { readonly state: OnOff; readonly note?: ValueNote } | null;
  /** Why the reading may be weak (community-only source, moved in newer builds); empty if none. */
  readonly caution: readonly Caution[];
}

const HKCU_CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
const COMMUNITY: readonly Caution[] = ['community-only'];

/** A REG_DWORD's number; any other type is not what Windows writes for these switches. */
function dwordOf(value: RegValue | undefined): number | null {
  return value?.type === 'REG_DWORD' ? regNumber(value) : null;
}

const dword = (on: number, off: number) => (value: RegValue): OnOff | null => {
  const n = dwordOf(value);
  return n === on ? 'on' : n === off ? 'off' : null;
};
/** A policy that only ever turns the setting off (its other values leave the user in control). */
const offWhen = (n: number) => (value: RegValue): OnOff | 'user' | null => {
  const number = dwordOf(value);
  return number === null ? null : number === n ? 'off' : 'user';
};

/** One DWORD switch: `on`/`off` are the values it holds. */
function single(on: number, off: number): PrivacySetting['userState'] {
  const read = dword(on, off);
  return ([value]) => {
    const state = value === undefined ? null : read(value);
    return state ? { state } : null;
  };
}

/** Several values one switch writes together; a missing one counts as `missingMeans`. */
function together(on: number, off: number, missingMeans: OnOff): PrivacySetting['userState'] {
  const read = dword(on, off);
  return (values) => {
    const states = values.map((value) => (value === undefined ? missingMeans : read(value)));
    if (states.includes(null)) return null;
    if (states.every((s) => s === 'off')) return { state: 'off' };
    if (states.every((s) => s === 'on')) return { state: 'on' };
    // The switch writes them together: a mix is not a state Settings shows.
    return null;
  };
}

export const PRIVACY_SETTINGS: readonly PrivacySetting[] = [
  {
    id: 'advertising-id',
    label: { name: 'privacy.advertising-id', windows10: 'privacy.advertising-id-10' },
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo', name: 'DisabledByGroupPolicy', means: offWhen(1) }],
    mdm: [{ area: 'Privacy', name: 'DisableAdvertisingId', means: offWhen(1) }],
    // L-MC 18.1: "Create a REG_DWORD registry setting named Enabled in HKEY_LOCAL_MACHINE\…\AdvertisingInfo
    // with a value of 0" (docs/windows-probes.md, "The advertising ID turned off for the whole PC").
    device: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo', name: 'Enabled', means: offWhen(0) }],
    user: [{ key: `${HKCU_CV}\\AdvertisingInfo`, name: 'Enabled' }],
    userState: single(1, 0),
    caution: COMMUNITY,
  },
  {
    id: 'language-list',
    label: { name: 'privacy.language-list' },
    page: 'ms-settings:privacy-general',
    policies: [],
    mdm: [],
    device: [],
    user: [{ key: 'HKCU\\Control Panel\\International\\User Profile', name: 'HttpAcceptLanguageOptOut' }],
    userState: single(0, 1),
    caution: [],
  },
  {
    id: 'app-launch-tracking',
    label: { name: 'privacy.app-launch-tracking' },
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKCU\\Software\\Policies\\Microsoft\\Windows\\EdgeUI', name: 'DisableMFUTracking', means: offWhen(1) }],
    mdm: [],
    device: [],
    user: [{ key: `${HKCU_CV}\\Explorer\\Advanced`, name: 'Start_TrackProgs' }],
    userState: single(1, 0),
    caution: [],
  },
  {
    id: 'suggested-content',
    label: { name: 'privacy.suggested-content' },
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKCU\\Software\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableWindowsSpotlightOnSettings', means: offWhen(1), enterpriseOnly: true }],
    mdm: [],
    device: [],
    user: ['338393', '353694', '353696'].map((n) => ({ key: `${HKCU_CV}\\ContentDeliveryManager`, name: `SubscribedContent-${n}Enabled` })),
    userState: together(1, 0, 'on'),
    caution: COMMUNITY,
  },
  {
    id: 'tailored-experiences',
    label: { name: 'privacy.tailored-experiences', newerName: 'privacy.personalized-offers' },
    page: 'ms-settings:privacy-feedback',
    // Community knowledge (WindowsMize), not Microsoft's: on 24H2 (build 26100) and later the switch
    // is "Personalized offers" under Recommendations & offers (review K4).
    movedTo: { build: 26100, page: 'ms-settings:privacy-general', where: { group: 'settings.privacy-security', page: 'privacy.recommendations-offers', switch: 'privacy.personalized-offers' } },
    policies: [
      { key: 'HKCU\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableTailoredExperiencesWithDiagnosticData', means: offWhen(1) },
      // L-MC 18.16 names it together with the policy above; the Policy CSP marks it "❌ Pro".
      { key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableWindowsConsumerFeatures', means: offWhen(1), enterpriseOnly: true },
    ],
    mdm: [],
    device: [],
    user: [{ key: `${HKCU_CV}\\Privacy`, name: 'TailoredExperiencesWithDiagnosticDataEnabled' }],
    userState: single(1, 0),
    caution: COMMUNITY,
  },
  {
    id: 'diagnostic-data',
    label: { name: 'privacy.optional-diagnostic-data' },
    page: 'ms-settings:privacy-feedback',
    policies: [{
      key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection',
      name: 'AllowTelemetry',
      // 0 or 1 caps diagnostic data at required: optional is then off and cannot be turned on. A
      // higher cap (3) still lets the user pick required in Settings (Microsoft: L-DD), so the
      // user's own value decides then.
      means: (value) => {
        const n = dwordOf(value);
        return n === 0 || n === 1 ? 'off' : n === 2 || n === 3 ? 'user' : null;
      },
    }],
    mdm: [{ area: 'System', name: 'AllowTelemetry', means: (value) => {
      const n = dwordOf(value);
      return n === 0 || n === 1 ? 'off' : n === 2 || n === 3 ? 'user' : null;
    } }],
    device: [],
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection', name: 'AllowTelemetry' }],
    userState: ([value], { editionId }) => {
      const n = dwordOf(value);
      if (n === 3) return { state: 'on' };
      if (n === 1) return { state: 'off', note: 'required-diagnostic-data-only' };
      // L-DD: "Diagnostic data off" is "only available on Windows Server, Windows Enterprise, and Windows
      // Education" (docs/windows-probes.md, "Diagnostic data 0 on Home and Pro").
      if (n === 0) {
        const honoured = enterpriseOrEducation(editionId);
        if (honoured === true) return { state: 'off', note: 'diagnostic-data-off-security' };
        if (honoured === false) return { state: 'off', note: 'diagnostic-zero-on-home-pro' };
        return { state: 'off', note: 'diagnostic-zero-edition-unknown' };
      }
      return null;
    },
    caution: COMMUNITY,
  },
  {
    id: 'activity-history',
    label: { name: 'privacy.store-activity-history' },
    page: 'ms-settings:privacy-activityhistory',
    policies: ['EnableActivityFeed', 'PublishUserActivities'].map((name) => ({ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System', name, means: offWhen(0) })),
    mdm: ['EnableActivityFeed', 'PublishUserActivities'].map((name) => ({ area: 'Privacy', name, means: offWhen(0) })),
    device: [],
    // The switch itself lives in a file in the user's profile (community-only, single source): not read.
    user: [],
    userState: () => null,
    caution: ['activity-history-file'],
  },
  {
    id: 'location',
    label: { name: 'privacy.location-services' },
    page: 'ms-settings:privacy-location',
    policies: [
      // Only the device-wide policy: LetAppsAccessLocation governs the apps' switch, not this one.
      { key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\LocationAndSensors', name: 'DisableLocation', means: offWhen(1) },
    ],
    // System/AllowLocation: 0 forces location off, 1 leaves it to the user, 2 forces it on.
    mdm: [{ area: 'System', name: 'AllowLocation', means: (value) => {
      const n = dwordOf(value);
      return n === 0 ? 'off' : n === 1 ? 'user' : n === 2 ? 'on' : null;
    } }],
    device: [],
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location', name: 'Value' }],
    userState: ([value]) => {
      const text = regText(value);
      return text === 'Allow' ? { state: 'on' } : text === 'Deny' ? { state: 'off' } : null;
    },
    caution: [...COMMUNITY, 'location-newer-builds'],
  },
  {
    id: 'find-my-device',
    label: { name: 'settings.find-my-device' },
    page: 'ms-settings:findmydevice',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\FindMyDevice', name: 'AllowFindMyDevice', means: offWhen(0) }],
    mdm: [{ area: 'Experience', name: 'AllowFindMyDevice', means: offWhen(0) }],
    device: [],
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues', name: 'LocationSyncEnabled' }],
    userState: single(1, 0),
    caution: ['single-community-tool'],
  },
  {
    id: 'online-speech',
    label: { name: 'privacy.online-speech' },
    page: 'ms-settings:privacy-speech',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\InputPersonalization', name: 'AllowInputPersonalization', means: offWhen(0) }],
    mdm: [{ area: 'Privacy', name: 'AllowInputPersonalization', means: offWhen(0) }],
    device: [],
    user: [{ key: 'HKCU\\Software\\Microsoft\\Speech_OneCore\\Settings\\OnlineSpeechPrivacy', name: 'HasAccepted' }],
    userState: single(1, 0),
    caution: [],
  },
  {
    id: 'inking-typing',
    label: { name: 'privacy.inking-typing-dictionary' },
    page: 'ms-settings:privacy-speechtyping',
    // "Turn off automatic learning" (Globalization.admx ImplicitDataCollectionOff_1 for the user,
    // _2 for the PC) lives in this key (Microsoft: policy-csp-admx-globalization); its value names,
    // the same Restrict* pair, are community knowledge. Enabled: 1 (off); disabled: 0 (forced on).
    // (docs/windows-probes.md, "Inking and typing policies")
    policies: ['HKLM', 'HKCU'].flatMap((root) => ['RestrictImplicitInkCollection', 'RestrictImplicitTextCollection'].map((name) => ({
      key: `${root}\\Software\\Policies\\Microsoft\\InputPersonalization`, name, means: dword(0, 1),
    }))),
    mdm: [],
    device: [],
    // "Restrict" values: 1 means collection is restricted, i.e. the switch is off.
    user: ['RestrictImplicitInkCollection', 'RestrictImplicitTextCollection'].map((name) => ({ key: 'HKCU\\Software\\Microsoft\\InputPersonalization', name })),
    userState: together(0, 1, 'on'),
    caution: [],
  },
  {
    id: 'feedback-frequency',
    label: { name: 'privacy.feedback-frequency', description: 'privacy.feedback-ask' },
    page: 'ms-settings:privacy-feedback',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection', name: 'DoNotShowFeedbackNotifications', means: offWhen(1) }],
    mdm: [{ area: 'Experience', name: 'DoNotShowFeedbackNotifications', means: offWhen(1) }],
    device: [],
    user: ['NumberOfSIUFInPeriod', 'PeriodInNanoSeconds'].map((name) => ({ key: 'HKCU\\Software\\Microsoft\\Siuf\\Rules', name })),
    // Only the pairs Microsoft documents (L-MC 18.16); anything else is not guessed at. The period
    // may be a QWORD (a week in nanoseconds does not fit a DWORD).
    userState: ([count, period]) => {
      const n = count === undefined ? undefined : dwordOf(count);
      const ns = period === undefined ? undefined : period.type === 'REG_DWORD' || period.type === 'REG_QWORD' ? regNumber(period) : null;
      if (n === null || ns === null) return null;
      if (n === 0) return { state: 'off', note: 'feedback-never' };
      if (ns === 100000000 && n === undefined) return { state: 'on', note: 'feedback-always' };
      if (ns === 864000000000 && n === 1) return { state: 'on', note: 'feedback-once-a-day' };
      if (ns === 6048000000000 && n === 1) return { state: 'on', note: 'feedback-once-a-week' };
      return null;
    },
    caution: [],
  },
];
