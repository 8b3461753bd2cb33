// `privacy` in the user's language (issue 23 item 3): each switch under the name the user's
// Windows gives it (the label catalog, never typed), the findings in the UI catalog's words,
// and the English output as it was.
import { describe, expect, it } from 'vitest';
import { runPrivacy, type PrivacyJson } from '../../src/commands/privacy.js';
import { translator } from '../../src/i18n/ui-strings.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { createProber } from '../../src/probes/prober.js';
import { PRIVACY_SETTINGS } from '../../src/probes/privacy-settings.js';
import { fakeReg, type FakeRegistry } from './fake-registry.js';

const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
const NT_CV = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const PC: FakeRegistry = {
  'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] },
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x1'] },
  'HKCU\\Software\\Microsoft\\Siuf\\Rules': { NumberOfSIUFInPeriod: ['REG_DWORD', '0x1'], PeriodInNanoSeconds: ['REG_QWORD', '0x58028e44000'] },
  [NT_CV]: { CurrentBuildNumber: ['REG_SZ', '22631'] },
};

function deps(registry: FakeRegistry = PC) {
  const fake = fakeReg(registry);
  return { platform: 'win32' as const, prober: createProber({ platform: 'win32', run: fake.run, systemRoot: 'C:\\Windows' }), detectWine: () => Promise.resolve(false) };
}

const german = { t: translator('de'), windows: 'de-DE' };
const words = (name: string, language: string): string => windowsLabel(name, language)!.text;

describe('privacy --lang de (a fake Windows registry)', () => {
  it("names each switch in German Windows' own words", async () => {
    const { stdout, code } = await runPrivacy({ json: false, ...german }, deps());
    expect(code).toBe(0);
    for (const name of ['privacy.advertising-id', 'privacy.app-launch-tracking', 'privacy.suggested-content', 'privacy.optional-diagnostic-data',
      'privacy.location-services', 'settings.find-my-device', 'privacy.online-speech', 'privacy.inking-typing-dictionary']) {
      expect(stdout, name).toContain(`\n  ${words(name, 'de-DE')}\n`);
    }
    expect(stdout).toContain('\n  Apps die Anzeige personalisierter Werbung mithilfe meiner Werbe-ID gestatten\n');
    // Two labels in one catalog sentence; a label German Windows has no words for is marked English.
    expect(stdout).toContain(`${words('privacy.feedback-frequency', 'de-DE')} (${words('privacy.feedback-ask', 'de-DE')})`);
    expect(stdout).toContain(`${words('privacy.tailored-experiences', 'de-DE')} (neueres Windows 11: Personalized offers (englischer Name))`);
    expect(stdout).toContain('Let Windows provide locally relevant content based on my language list (englischer Name)');
    // The findings' Windows words are German Windows' too: the Required level, the feedback choice.
    expect(stdout).toContain(words('privacy.diagnostic-level.required', 'de-DE'));
    expect(stdout).toContain(`${words('privacy.feedback-once-a-week', 'de-DE')}.`);
    // No switch keeps its English name.
    for (const english of ['Let apps show me personalized ads', 'Location services', 'Find my device', 'Custom inking and typing dictionary', 'Feedback frequency', 'Once a week']) {
      expect(stdout).not.toContain(english);
    }
  });

  it('--json: label and detail follow the language; ids, states and pages are the same as in English', async () => {
    const [de, en] = await Promise.all([runPrivacy({ json: true, ...german }, deps()), runPrivacy({ json: true }, deps())]);
    const [ofDe, ofEn] = [JSON.parse(de.stdout) as PrivacyJson, JSON.parse(en.stdout) as PrivacyJson];
    const machine = (json: PrivacyJson) => json.settings.map(({ id, state, page }) => ({ id, state, page }));
    expect(machine(ofDe)).toEqual(machine(ofEn));
    expect(ofDe.settings.find((setting) => setting.id === 'location')?.label).toBe(words('privacy.location-services', 'de-DE'));
    expect(ofEn.settings.find((setting) => setting.id === 'location')?.label).toBe('Location services');
  });
});

describe('privacy in English: the words it always printed', () => {
  it('labels', async () => {
    const json = JSON.parse((await runPrivacy({ json: true }, deps())).stdout) as PrivacyJson;
    expect(Object.fromEntries(json.settings.map(({ id, label }) => [id, label]))).toEqual({
      'advertising-id': 'Let apps show me personalized ads by using my advertising ID',
      'language-list': 'Let Windows provide locally relevant content based on my language list',
      'app-launch-tracking': 'Let Windows improve Start and search results by tracking app launches',
      'suggested-content': 'Show me suggested content in the Settings app',
      'tailored-experiences': 'Tailored experiences (newer Windows 11: Personalized offers)',
      'diagnostic-data': 'Send optional diagnostic data',
      'activity-history': 'Store my activity history on this device',
      location: 'Location services',
      'find-my-device': 'Find my device',
      'online-speech': 'Online speech recognition',
      'inking-typing': 'Custom inking and typing dictionary',
      'feedback-frequency': 'Feedback frequency (Windows should ask for my feedback)',
    });
  });

  it('details, with the labels in them', async () => {
    const json = JSON.parse((await runPrivacy({ json: true }, deps())).stdout) as PrivacyJson;
    const detail = Object.fromEntries(json.settings.map(({ id, detail: text }) => [id, text]));
    expect(detail['diagnostic-data']).toBe('Required diagnostic data only. Where Windows keeps this switch is known only from community tools, not from Microsoft.');
    expect(detail['feedback-frequency']).toBe('Once a week.');
    expect(detail['language-list']).toBe("Never changed: Windows' default applies.");
    expect(detail.location).toBe("Never changed: Windows' default applies. Where Windows keeps this switch is known only from community tools, not from Microsoft. On Windows 11 25H2 builds this value may no longer follow the switch.");
    const managed = JSON.parse((await runPrivacy({ json: true }, deps({ ...PC, 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo': { DisabledByGroupPolicy: ['REG_DWORD', '0x1'] } }))).stdout) as PrivacyJson;
    expect(managed.settings[0]?.detail).toBe('A policy turns it off (DisabledByGroupPolicy in HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\AdvertisingInfo); Settings shows the switch greyed out.');
  });
});

describe("the advertising-ID switch under the name this PC's Windows gives it", () => {
  const label = async (build: string | null) => {
    const registry: FakeRegistry = { ...PC, [NT_CV]: build === null ? {} : { CurrentBuildNumber: ['REG_SZ', build] } };
    return (JSON.parse((await runPrivacy({ json: true }, deps(registry))).stdout) as PrivacyJson).settings[0]?.label;
  };
  it('Windows 10 (below build 22000) has its own label; Windows 11, or a build not known, the Windows 11 one', async () => {
    expect(await label('19045')).toBe(words('privacy.advertising-id-10', 'en-US'));
    expect(await label('22000')).toBe('Let apps show me personalized ads by using my advertising ID');
    expect(await label(null)).toBe('Let apps show me personalized ads by using my advertising ID');
  });
});

describe('the label keys the privacy settings name', () => {
  it('are all in the label catalog', () => {
    const names = PRIVACY_SETTINGS.flatMap(({ label, movedTo }) => [label.name, label.windows10, label.newerName, label.description, ...(movedTo ? Object.values(movedTo.where) : [])]);
    for (const name of names.filter((each) => each !== undefined)) expect(windowsLabel(name, 'en-US'), name).toBeDefined();
  });
});
