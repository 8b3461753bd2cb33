import { describe, expect, it } from 'vitest';
import { runPrivacy, type PrivacyJson } from '../../src/commands/privacy.js';
import { createProber } from '../../src/probes/prober.js';
import { PRIVACY_IDS } from '../../src/probes/privacy-settings.js';
import type { CommandOutcome } from '../../src/windows/command-runner.js';
import { fakeReg } from './fake-registry.js';

const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';

function deps(platform: NodeJS.Platform, always?: CommandOutcome, wine: boolean | null = false) {
  const fake = fakeReg({
    [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] },
    'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
    'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  }, always ? { always } : {});
  return { platform, prober: createProber({ platform, run: fake.run, systemRoot: 'C:\\Windows' }), detectWine: () => Promise.resolve(wine), queries: fake.queries };
}

describe('privacy command', () => {
  it('prints the JSON shape with every id, state, page and detail', async () => {
    const result = await runPrivacy({ json: true }, deps('win32'));
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as PrivacyJson;
    expect(json.platform).toBe('win32');
    expect(json.wine).toBe(false);
    expect(json.settings.map((setting) => setting.id)).toEqual([...PRIVACY_IDS]);
    expect(json.settings[0]).toEqual({
      id: 'advertising-id', label: expect.any(String), state: 'off', page: 'ms-settings:privacy-general', detail: expect.any(String),
    });
    for (const setting of json.settings) expect(Object.keys(setting)).toEqual(['id', 'label', 'state', 'page', 'detail']);
  });

  it('off Windows: exit 0, every state unknown, one line saying why, and no command run', async () => {
    const d = deps('linux');
    const result = await runPrivacy({ json: true }, d);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as PrivacyJson).settings.every((setting) => setting.state === 'unknown')).toBe(true);
    expect(result.stderr).toMatch(/only be read on Windows; this is linux/);
    expect(d.queries).toEqual([]);
    const text = await runPrivacy({ json: false }, deps('darwin'));
    expect(text.stdout).toMatch(/this is darwin/);
    expect(text.stdout).toMatch(/advertising-id: could not read/);
  });

  it('on Windows with nothing readable: exit 1 and the reason on stderr', async () => {
    const result = await runPrivacy({ json: false }, deps('win32', { stdout: '', stderr: '', code: null, timedOut: true, notFound: false }));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/did not answer in time/);
  });

  it('text: a line per setting with its state and page, a summary, and a Wine warning under Wine', async () => {
    const result = await runPrivacy({ json: false }, deps('win32', undefined, true));
    expect(result.stdout).toMatch(/^Running under Wine/);
    expect(result.stdout).toMatch(/advertising-id: off\n {2}Let apps show me personalized ads/);
    expect(result.stdout).toMatch(/Settings page: ms-settings:privacy-general/);
    expect(result.stdout).toMatch(/\n1 off, .*\.\n$/);
  });
});
