import { describe, expect, it } from 'vitest';
import { privacyDetailText, privacyLabelText } from '../../src/i18n/privacy-text.js';
import { english } from '../../src/i18n/ui-strings.js';
import { readPrivacy, type PrivacyReading } from '../../src/probes/privacy-probe.js';
import { PRIVACY_IDS } from '../../src/probes/privacy-settings.js';
import { createRegistryReader } from '../../src/probes/registry-reader.js';
import { fakeReg, type FakeRegistry } from './fake-registry.js';

const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
/** Keys every Windows has, so absence below them can be proven. */
const BASE: FakeRegistry = {
  'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  [`${CV}\\Explorer\\Advanced`]: { Hidden: ['REG_DWORD', '0x2'] },
  'HKCU\\Control Panel\\International': { Locale: ['REG_SZ', '00000409'] },
};

/** A reading with what `privacy` prints for it in English (its label and detail). */
type Said = PrivacyReading & { readonly labelText: string; readonly detail: string };

async function read(extra: FakeRegistry, options = {}): Promise<Record<string, Said>> {
  const fake = fakeReg({ ...BASE, ...extra }, options);
  const readings = await readPrivacy(createRegistryReader({ run: fake.run, regExe: 'C:\\Windows\\System32\\reg.exe', timeoutMs: 100 }));
  return Object.fromEntries(readings.map((reading) => [reading.id, { ...reading, labelText: privacyLabelText(reading.label, english, 'en-US'), detail: privacyDetailText(reading.notes, english, 'en-US') }]));
}

describe('readPrivacy', () => {
  it('reads every setting once, in the documented order', async () => {
    const readings = await read({});
    expect(Object.keys(readings)).toEqual([...PRIVACY_IDS]);
  });

  it("says default for a switch never changed (value or key missing), never a guess at Windows' default", async () => {
    const r = await read({});
    expect(r['advertising-id']).toMatchObject({ state: 'default', effective: null });
    expect(r['language-list']?.state).toBe('default');
    expect(r['app-launch-tracking']?.state).toBe('default');
    expect(r['feedback-frequency']?.state).toBe('default');
  });

  it('reads user switches, including inverted ones (opt-out, "restrict" values)', async () => {
    const r = await read({
      [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] },
      'HKCU\\Control Panel\\International\\User Profile': { HttpAcceptLanguageOptOut: ['REG_DWORD', '0x1'] },
      [`${CV}\\Explorer\\Advanced`]: { Start_TrackProgs: ['REG_DWORD', '0x1'] },
      'HKCU\\Software\\Microsoft\\InputPersonalization': { RestrictImplicitInkCollection: ['REG_DWORD', '0x1'], RestrictImplicitTextCollection: ['REG_DWORD', '0x1'] },
      'HKCU\\Software\\Microsoft\\Speech_OneCore\\Settings\\OnlineSpeechPrivacy': { HasAccepted: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location': { Value: ['REG_SZ', 'Deny'] },
    });
    expect(r['advertising-id']).toMatchObject({ state: 'off', effective: 'off' });
    expect(r['language-list']).toMatchObject({ state: 'off' });
    expect(r['app-launch-tracking']).toMatchObject({ state: 'on' });
    expect(r['inking-typing']).toMatchObject({ state: 'off' });
    expect(r['online-speech']).toMatchObject({ state: 'on' });
    expect(r.location).toMatchObject({ state: 'off' });
  });

  it('reads a switch that writes several values: all off is off, a mix is unknown (Settings never shows one)', async () => {
    const key = `${CV}\\ContentDeliveryManager`;
    const off = await read({ [key]: { 'SubscribedContent-338393Enabled': ['REG_DWORD', '0x0'], 'SubscribedContent-353694Enabled': ['REG_DWORD', '0x0'], 'SubscribedContent-353696Enabled': ['REG_DWORD', '0x0'] } });
    expect(off['suggested-content']?.state).toBe('off');
    const mixed = await read({ [key]: { 'SubscribedContent-338393Enabled': ['REG_DWORD', '0x0'] } });
    expect(mixed['suggested-content']).toMatchObject({ state: 'unknown', effective: null });
  });

  it('reads feedback frequency from DWORD or QWORD values', async () => {
    const rules = 'HKCU\\Software\\Microsoft\\Siuf\\Rules';
    expect((await read({ [rules]: { NumberOfSIUFInPeriod: ['REG_DWORD', '0x0'], PeriodInNanoSeconds: ['REG_DWORD', '0x0'] } }))['feedback-frequency']).toMatchObject({ state: 'off' });
    const weekly = await read({ [rules]: { NumberOfSIUFInPeriod: ['REG_DWORD', '0x1'], PeriodInNanoSeconds: ['REG_QWORD', '0x58028e44000'] } });
    expect(weekly['feedback-frequency']).toMatchObject({ state: 'on', detail: 'Once a week.' });
  });

  it('puts a policy before the user switch: managed, with the value the policy forces', async () => {
    const r = await read({
      [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo': { DisabledByGroupPolicy: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System': { PublishUserActivities: ['REG_DWORD', '0x0'] },
    });
    expect(r['advertising-id']).toMatchObject({ state: 'managed', effective: 'off' });
    expect(r['diagnostic-data']).toMatchObject({ state: 'managed', effective: 'off' });
    expect(r['activity-history']).toMatchObject({ state: 'managed', effective: 'off' });
  });

  it('ignores a policy value that leaves the user in control', async () => {
    const r = await read({
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x3'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AppPrivacy': { LetAppsAccessLocation: ['REG_DWORD', '0x0'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location': { Value: ['REG_SZ', 'Allow'] },
    });
    expect(r.location).toMatchObject({ state: 'on' });
    expect(r['diagnostic-data']).toMatchObject({ state: 'off' });
  });

  it('says unknown for a value it does not recognise, and for activity history without a policy', async () => {
    const r = await read({ [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x7'] } });
    expect(r['advertising-id']).toMatchObject({ state: 'unknown', effective: null });
    expect(r['activity-history']?.state).toBe('unknown');
  });

  it('says unknown when the policy cannot be read, even if the switch can', async () => {
    const r = await read({ [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] }, 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo': {} },
      { denied: ['HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo'] });
    expect(r['advertising-id']?.state).toBe('unknown');
  });

  it('says unknown for every setting when reg.exe is a stand-in that prints nothing', async () => {
    const r = await read({}, { always: { stdout: '', stderr: '', code: 0, timedOut: false, notFound: false } });
    expect(Object.values(r).every((reading) => reading.state === 'unknown' && reading.effective === null)).toBe(true);
  });

  it('takes only the value types Windows writes: a DWORD switch stored as a QWORD or text is unknown', async () => {
    const r = await read({
      [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_QWORD', '0x0'] },
      'HKCU\\Control Panel\\International\\User Profile': { HttpAcceptLanguageOptOut: ['REG_SZ', '1'] },
    });
    expect(r['advertising-id']).toMatchObject({ state: 'unknown', effective: null });
    expect(r['language-list']).toMatchObject({ state: 'unknown', effective: null });
  });

  it('says unknown when a policy holds a value it cannot hold, instead of letting the switch decide', async () => {
    const r = await read({
      [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] },
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo': { DisabledByGroupPolicy: ['REG_SZ', '1'] },
    });
    expect(r['advertising-id']).toMatchObject({ state: 'unknown', effective: null });
  });

  it('reads feedback frequency only as the pairs Microsoft documents', async () => {
    const rules = 'HKCU\\Software\\Microsoft\\Siuf\\Rules';
    const odd = await read({ [rules]: { NumberOfSIUFInPeriod: ['REG_DWORD', '0x7'], PeriodInNanoSeconds: ['REG_DWORD', '0x1234'] } });
    expect(odd['feedback-frequency']?.state).toBe('unknown');
    const always = await read({ [rules]: { PeriodInNanoSeconds: ['REG_DWORD', '0x5f5e100'] } });
    expect(always['feedback-frequency']).toMatchObject({ state: 'on', detail: 'Always.' });
  });

  it('does not read the apps-only location policy as the device-wide switch', async () => {
    const r = await read({
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AppPrivacy': { LetAppsAccessLocation: ['REG_DWORD', '0x2'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location': { Value: ['REG_SZ', 'Allow'] },
    });
    expect(r.location).toMatchObject({ state: 'on' });
  });
});

const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const edition = (id: string): FakeRegistry => ({ [CURRENT_VERSION]: { EditionID: ['REG_SZ', id], CurrentBuild: ['REG_SZ', '22631'] } });
const CLOUD_HKLM = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent';
const CLOUD_HKCU = 'HKCU\\Software\\Policies\\Microsoft\\Windows\\CloudContent';
// What winutil and Win11Debloat leave behind on a Home or Pro PC, next to the user's own switches (on).
const DEBLOATED: FakeRegistry = {
  [CLOUD_HKLM]: { DisableWindowsConsumerFeatures: ['REG_DWORD', '0x1'] },
  [CLOUD_HKCU]: { DisableWindowsSpotlightOnSettings: ['REG_DWORD', '0x1'] },
  [`${CV}\\Privacy`]: { TailoredExperiencesWithDiagnosticDataEnabled: ['REG_DWORD', '0x1'] },
  [`${CV}\\ContentDeliveryManager`]: { 'SubscribedContent-338393Enabled': ['REG_DWORD', '0x1'], 'SubscribedContent-353694Enabled': ['REG_DWORD', '0x1'], 'SubscribedContent-353696Enabled': ['REG_DWORD', '0x1'] },
};

describe('edition-limited policies (review W1): honoured only on Enterprise and Education', () => {
  it('on Home and Pro the consumer-features and Spotlight policies are ignored: the user\'s switch is read, and the detail says why', async () => {
    for (const id of ['Core', 'Professional']) {
      const r = await read({ ...DEBLOATED, ...edition(id) });
      expect(r['tailored-experiences'], id).toMatchObject({ state: 'on', effective: 'on', detail: expect.stringContaining('DisableWindowsConsumerFeatures) is set, but Windows honours it only on Enterprise and Education') });
      expect(r['suggested-content'], id).toMatchObject({ state: 'on', effective: 'on' });
    }
  });

  it('on Enterprise and Education they are policies as before', async () => {
    for (const id of ['Enterprise', 'Education']) {
      const r = await read({ ...DEBLOATED, ...edition(id) });
      expect(r['tailored-experiences'], id).toMatchObject({ state: 'managed', effective: 'off' });
      expect(r['suggested-content'], id).toMatchObject({ state: 'managed', effective: 'off' });
    }
  });

  it('with the edition unknown (no EditionID, as under Wine) the setting is unknown, never "off"', async () => {
    const r = await read(DEBLOATED);
    expect(r['tailored-experiences']).toMatchObject({ state: 'unknown', effective: null, detail: expect.stringMatching(/edition could not be told/) });
  });

  it('the user policy that applies on Pro still manages the switch', async () => {
    const r = await read({ ...edition('Professional'), [CLOUD_HKCU]: { DisableTailoredExperiencesWithDiagnosticData: ['REG_DWORD', '0x1'] } });
    expect(r['tailored-experiences']).toMatchObject({ state: 'managed', effective: 'off' });
  });
});

describe('diagnostic data 0 (accuracy N-I4): "off" exists only on Enterprise, Education and Server', () => {
  const zero: FakeRegistry = { 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x0'] } };
  it('on Home and Pro it reads as treated as Required', async () => {
    const r = await read({ ...zero, ...edition('Core') });
    expect(r['diagnostic-data']).toMatchObject({ state: 'off', detail: expect.stringContaining('Windows treats it as Required diagnostic data only') });
    expect(r['diagnostic-data']?.detail).not.toContain('the Security level');
  });
  it('on Enterprise it is the Security level', async () => {
    expect((await read({ ...zero, ...edition('Enterprise') }))['diagnostic-data']?.detail).toContain('Diagnostic data off (the Security level)');
  });
});

const POLICY_MANAGER = 'HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device';
const ENROLLED: FakeRegistry = { 'HKLM\\SOFTWARE\\Microsoft\\Enrollments\\7A1B3C4D-0000-4E5F-8A9B-0C1D2E3F4A5B': { ProviderID: ['REG_SZ', 'MS DM Server'], EnrollmentType: ['REG_DWORD', '0x6'] } };

describe('MDM policies (review W2): read under PolicyManager, never the user\'s old value instead', () => {
  it('an MDM node that turns a setting off makes it managed, whatever the user\'s value says', async () => {
    const r = await read({
      ...ENROLLED,
      [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] },
      [`${POLICY_MANAGER}\\Privacy`]: { DisableAdvertisingId: ['REG_DWORD', '0x1'], DisableAdvertisingId_ProviderSet: ['REG_DWORD', '0x1'] },
      [`${POLICY_MANAGER}\\System`]: { AllowTelemetry: ['REG_DWORD', '0x1'], AllowLocation: ['REG_DWORD', '0x0'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x3'] },
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location': { Value: ['REG_SZ', 'Allow'] },
    });
    expect(r['advertising-id']).toMatchObject({ state: 'managed', effective: 'off', detail: expect.stringContaining('Privacy/DisableAdvertisingId') });
    expect(r['diagnostic-data']).toMatchObject({ state: 'managed', effective: 'off' });
    expect(r.location).toMatchObject({ state: 'managed', effective: 'off' });
  });

  it('on an enrolled PC whose node cannot be read: "managed by your organization, not known", never on or off', async () => {
    const r = await read({ ...ENROLLED, [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] }, [`${POLICY_MANAGER}\\Privacy`]: { X: ['REG_DWORD', '0x1'] } },
      { denied: [`${POLICY_MANAGER}\\Privacy`] });
    expect(r['advertising-id']).toMatchObject({ state: 'unknown', effective: null, detail: expect.stringMatching(/^Managed by your organization, not known/) });
  });

  it('a PolicyManager value of "leave it to the user" lets the user\'s switch decide', async () => {
    const r = await read({ [`${POLICY_MANAGER}\\System`]: { AllowLocation: ['REG_DWORD', '0x1'] }, 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\location': { Value: ['REG_SZ', 'Deny'] } });
    expect(r.location).toMatchObject({ state: 'off' });
  });
});

describe('the advertising ID turned off for the whole PC (review W3)', () => {
  it('HKLM AdvertisingInfo\\Enabled = 0 with HKCU at 1 is off, never on', async () => {
    const r = await read({ 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo': { Enabled: ['REG_DWORD', '0x0'] }, [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] } });
    expect(r['advertising-id']).toMatchObject({ state: 'off', effective: 'off', detail: expect.stringContaining('for every account on this PC') });
  });
  it('HKLM at 1 leaves the user\'s switch in charge', async () => {
    const r = await read({ 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo': { Enabled: ['REG_DWORD', '0x1'] }, [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x1'] } });
    expect(r['advertising-id']).toMatchObject({ state: 'on' });
  });
});

describe('inking and typing policies (review W6)', () => {
  it('"Turn off automatic learning" for the PC or the user manages the switch', async () => {
    for (const root of ['HKLM', 'HKCU']) {
      const r = await read({
        [`${root}\\Software\\Policies\\Microsoft\\InputPersonalization`]: { RestrictImplicitInkCollection: ['REG_DWORD', '0x1'], RestrictImplicitTextCollection: ['REG_DWORD', '0x1'] },
        'HKCU\\Software\\Microsoft\\InputPersonalization': { RestrictImplicitInkCollection: ['REG_DWORD', '0x0'], RestrictImplicitTextCollection: ['REG_DWORD', '0x0'] },
      });
      expect(r['inking-typing'], root).toMatchObject({ state: 'managed', effective: 'off' });
    }
  });
});

describe('tailored experiences moved in Windows 11 24H2 (review K4)', () => {
  const build = (n: string): FakeRegistry => ({ [CURRENT_VERSION]: { CurrentBuildNumber: ['REG_SZ', n] } });
  it('from build 26100 the page is Recommendations & offers (privacy-general), before it Diagnostics & feedback', async () => {
    expect((await read(build('26100')))['tailored-experiences']).toMatchObject({ page: 'ms-settings:privacy-general', detail: expect.stringContaining('Recommendations & offers > Personalized offers') });
    expect((await read(build('22631')))['tailored-experiences']).toMatchObject({ page: 'ms-settings:privacy-feedback' });
  });
});
