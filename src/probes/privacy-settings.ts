// The privacy switches the checkup reads: where Windows keeps each one, how its values read,
// and which policy overrides it (facts sheet, probe 5). Read-only: nothing here is ever written.
import { regNumber, regText, type RegValue } from './registry-output.js';

export const PRIVACY_IDS = [
  'advertising-id', 'language-list', 'app-launch-tracking', 'suggested-content',
  'tailored-experiences', 'diagnostic-data', 'activity-history', 'location',
  'find-my-device', 'online-speech', 'inking-typing', 'feedback-frequency',
] as const;

export type PrivacyId = (typeof PRIVACY_IDS)[number];

/** What one registry value says: the switch on or off, or nothing we recognise (null). */
export type OnOff = 'on' | 'off';

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
}

export interface PrivacySetting {
  readonly id: PrivacyId;
  /** The switch's wording (Windows 11 where it differs). */
  readonly label: string;
  readonly page: string;
  readonly policies: readonly PolicyRead[];
  /** The values the Settings switch writes; all missing = never changed (Windows' default). */
  readonly user: readonly RegRef[];
  /** Reads the present user values (missing ones are undefined); null when they make no sense. */
  readonly userState: (values: readonly (RegValue | undefined)[]) => { readonly state: OnOff; readonly detail?: string } | null;
  /** Why the reading may be weak (community-only source, moved in newer builds); empty if none. */
  readonly caution: string;
}

const HKCU_CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
const COMMUNITY = 'Where Windows keeps this switch is known only from community tools, not from Microsoft.';

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
    label: 'Let apps show me personalized ads by using my advertising ID',
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo', name: 'DisabledByGroupPolicy', means: offWhen(1) }],
    user: [{ key: `${HKCU_CV}\\AdvertisingInfo`, name: 'Enabled' }],
    userState: single(1, 0),
    caution: COMMUNITY,
  },
  {
    id: 'language-list',
    label: 'Let Windows provide locally relevant content based on my language list',
    page: 'ms-settings:privacy-general',
    policies: [],
    user: [{ key: 'HKCU\\Control Panel\\International\\User Profile', name: 'HttpAcceptLanguageOptOut' }],
    userState: single(0, 1),
    caution: '',
  },
  {
    id: 'app-launch-tracking',
    label: 'Let Windows improve Start and search results by tracking app launches',
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKCU\\Software\\Policies\\Microsoft\\Windows\\EdgeUI', name: 'DisableMFUTracking', means: offWhen(1) }],
    user: [{ key: `${HKCU_CV}\\Explorer\\Advanced`, name: 'Start_TrackProgs' }],
    userState: single(1, 0),
    caution: '',
  },
  {
    id: 'suggested-content',
    label: 'Show me suggested content in the Settings app',
    page: 'ms-settings:privacy-general',
    policies: [{ key: 'HKCU\\Software\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableWindowsSpotlightOnSettings', means: offWhen(1) }],
    user: ['338393', '353694', '353696'].map((n) => ({ key: `${HKCU_CV}\\ContentDeliveryManager`, name: `SubscribedContent-${n}Enabled` })),
    userState: together(1, 0, 'on'),
    caution: COMMUNITY,
  },
  {
    id: 'tailored-experiences',
    label: 'Tailored experiences (newer Windows 11: Personalized offers)',
    page: 'ms-settings:privacy-feedback',
    policies: [
      { key: 'HKCU\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableTailoredExperiencesWithDiagnosticData', means: offWhen(1) },
      { key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent', name: 'DisableWindowsConsumerFeatures', means: offWhen(1) },
    ],
    user: [{ key: `${HKCU_CV}\\Privacy`, name: 'TailoredExperiencesWithDiagnosticDataEnabled' }],
    userState: single(1, 0),
    caution: COMMUNITY,
  },
  {
    id: 'diagnostic-data',
    label: 'Send optional diagnostic data',
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
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection', name: 'AllowTelemetry' }],
    userState: ([value]) => {
      const n = dwordOf(value);
      if (n === 3) return { state: 'on' };
      if (n === 1) return { state: 'off', detail: 'Required diagnostic data only.' };
      if (n === 0) return { state: 'off', detail: 'Diagnostic data off (the Security level).' };
      return null;
    },
    caution: COMMUNITY,
  },
  {
    id: 'activity-history',
    label: 'Store my activity history on this device',
    page: 'ms-settings:privacy-activityhistory',
    policies: ['EnableActivityFeed', 'PublishUserActivities'].map((name) => ({ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System', name, means: offWhen(0) })),
    // The switch itself lives in a file in the user's profile (community-only, single source): not read.
    user: [],
    userState: () => null,
    caution: 'Only a policy can be read here; the switch itself is kept in a file Microsoft does not document.',
  },
  {
    id: 'location',
    label: 'Location services',
    page: 'ms-settings:privacy-location',
    policies: [
      // Only the device-wide policy: LetAppsAccessLocation governs the apps' switch, not this one.
      { key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\LocationAndSensors', name: 'DisableLocation', means: offWhen(1) },
    ],
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location', name: 'Value' }],
    userState: ([value]) => {
      const text = regText(value);
      return text === 'Allow' ? { state: 'on' } : text === 'Deny' ? { state: 'off' } : null;
    },
    caution: `${COMMUNITY} On Windows 11 25H2 builds this value may no longer follow the switch.`,
  },
  {
    id: 'find-my-device',
    label: 'Find my device',
    page: 'ms-settings:findmydevice',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\FindMyDevice', name: 'AllowFindMyDevice', means: offWhen(0) }],
    user: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues', name: 'LocationSyncEnabled' }],
    userState: single(1, 0),
    caution: 'Where Windows keeps this switch comes from a single community tool.',
  },
  {
    id: 'online-speech',
    label: 'Online speech recognition',
    page: 'ms-settings:privacy-speech',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\InputPersonalization', name: 'AllowInputPersonalization', means: offWhen(0) }],
    user: [{ key: 'HKCU\\Software\\Microsoft\\Speech_OneCore\\Settings\\OnlineSpeechPrivacy', name: 'HasAccepted' }],
    userState: single(1, 0),
    caution: '',
  },
  {
    id: 'inking-typing',
    label: 'Custom inking and typing dictionary',
    page: 'ms-settings:privacy-speechtyping',
    policies: [],
    // "Restrict" values: 1 means collection is restricted, i.e. the switch is off.
    user: ['RestrictImplicitInkCollection', 'RestrictImplicitTextCollection'].map((name) => ({ key: 'HKCU\\Software\\Microsoft\\InputPersonalization', name })),
    userState: together(0, 1, 'on'),
    caution: '',
  },
  {
    id: 'feedback-frequency',
    label: 'Feedback frequency (Windows should ask for my feedback)',
    page: 'ms-settings:privacy-feedback',
    policies: [{ key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection', name: 'DoNotShowFeedbackNotifications', means: offWhen(1) }],
    user: ['NumberOfSIUFInPeriod', 'PeriodInNanoSeconds'].map((name) => ({ key: 'HKCU\\Software\\Microsoft\\Siuf\\Rules', name })),
    // Only the pairs Microsoft documents (L-MC 18.16); anything else is not guessed at. The period
    // may be a QWORD (a week in nanoseconds does not fit a DWORD).
    userState: ([count, period]) => {
      const n = count === undefined ? undefined : dwordOf(count);
      const ns = period === undefined ? undefined : period.type === 'REG_DWORD' || period.type === 'REG_QWORD' ? regNumber(period) : null;
      if (n === null || ns === null) return null;
      if (n === 0) return { state: 'off', detail: 'Never.' };
      if (ns === 100000000 && n === undefined) return { state: 'on', detail: 'Always.' };
      if (ns === 864000000000 && n === 1) return { state: 'on', detail: 'Once a day.' };
      if (ns === 6048000000000 && n === 1) return { state: 'on', detail: 'Once a week.' };
      return null;
    },
    caution: '',
  },
];
