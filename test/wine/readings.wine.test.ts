/**
 * Windows data read with its real meaning, against Wine's real reg.exe (review W1, W3, W5): values
 * seeded with `wine reg add`, read back by the built CLI under Windows' own Node, then removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrivacyJson } from '../../src/commands/privacy.js';
import { registrySeeds } from './registry-seeds.js';
import { makeProfile, runWindowsCli } from './wine-env.js';

const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
const NT_CV = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const SEEDS: readonly (readonly [key: string, name: string, type: string, data: string])[] = [
  // W3: off for the whole PC, on in the user's own key.
  ['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo', 'Enabled', 'REG_DWORD', '0'],
  [`${CV}\\AdvertisingInfo`, 'Enabled', 'REG_DWORD', '1'],
  // W1: a debloat tool's consumer-features policy next to the user's switch (on).
  ['HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent', 'DisableWindowsConsumerFeatures', 'REG_DWORD', '1'],
  [`${CV}\\Privacy`, 'TailoredExperiencesWithDiagnosticDataEnabled', 'REG_DWORD', '1'],
];

const { seed, cleanUp } = registrySeeds();

const privacyStates = (): Record<string, PrivacyJson['settings'][number]> => {
  const result = runWindowsCli(['privacy', '--json']);
  return Object.fromEntries((JSON.parse(result.stdout) as PrivacyJson).settings.map((setting) => [setting.id, setting]));
};

describe('readings with their real meaning under Wine (a real reg.exe)', () => {
  beforeAll(() => {
    for (const [key, name, type, data] of SEEDS) seed(key, name, type, data);
  });
  afterAll(cleanUp);

  it('HKLM AdvertisingInfo Enabled = 0 is off for the whole PC, although the user\'s key says 1', () => {
    makeProfile();
    const advertising = privacyStates()['advertising-id'];
    expect(advertising).toMatchObject({ state: 'off' });
    expect(advertising?.detail).toMatch(/every account on this PC/);
  });

  it('the consumer-features policy: unknown without an edition (Wine has no EditionID), ignored on Pro, a policy on Enterprise', () => {
    makeProfile();
    expect(privacyStates()['tailored-experiences']).toMatchObject({ state: 'unknown', detail: expect.stringMatching(/only on Enterprise and Education/) });
    seed(NT_CV, 'EditionID', 'REG_SZ', 'Professional');
    expect(privacyStates()['tailored-experiences']).toMatchObject({ state: 'on', detail: expect.stringMatching(/does not apply to this edition/) });
    seed(NT_CV, 'EditionID', 'REG_SZ', 'Enterprise');
    expect(privacyStates()['tailored-experiences']).toMatchObject({ state: 'managed' });
    // Three privacy runs: each takes about a minute under Wine on a loaded machine.
  }, 360_000);

  it('InstallationType Server: windows.version is unknown, the build still shown', () => {
    makeProfile();
    seed(NT_CV, 'InstallationType', 'REG_SZ', 'Server');
    const json = JSON.parse(runWindowsCli(['status', '--json']).stdout) as { windows: Record<string, unknown>; reasons: Record<string, string> };
    expect(json.windows).toMatchObject({ version: null, build: 18362 });
    expect(json.reasons['windows.version']).toMatch(/type "Server"/);
    // The support report names the same reading: not "Windows 10" by the build.
    const report = JSON.parse(runWindowsCli(['report', '--json']).stdout) as { windows: unknown };
    expect(report.windows).toEqual({ name: 'Windows (version unknown)', build: 18362 });
  }, 240_000);
});
