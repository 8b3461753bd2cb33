// Review W4: "Run as administrator" with another account's password runs the tutor as that account.
// Its HKCU, account type and Administrators membership are then not the user's, and progress goes
// to its folder: per-user answers are unknown and say so, admin.member never ticks.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { runStatus } from '../../src/commands/status.js';
import { createProber } from '../../src/probes/prober.js';
import { userSidFromWhoami } from '../../src/probes/identity-probe.js';
import { ok } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';
import type { FakeRegistry } from './fake-registry.js';
import { CURRENT_VERSION, fakeWindows, type FakeWindows } from './system-fakes.js';

const PARENT = 'S-1-5-21-1004336348-1177238915-682003330-1001'; // the account whoami /user names (fixture)
const CHILD = 'S-1-5-21-1004336348-1177238915-682003330-1002';
const SESSIONS = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI\\SessionData';
const signedIn = (sid: string): FakeRegistry => ({
  [`${SESSIONS}\\1`]: { LoggedOnUserSID: ['REG_SZ', sid], LoggedOnSAMUser: ['REG_SZ', 'DESKTOP-7Q2K1\\someone'] },
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo': { Enabled: ['REG_DWORD', '0x0'] },
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x1'] },
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
});

const elevatedPc = (sid: string): FakeWindows => ({
  powershell: ok(readFixture('ps-system-msa-admin.json')),
  whoami: ok(readFixture('whoami-groups-en-elevated.csv')),
  whoamiUser: ok(readFixture('whoami-user-en.csv')),
  reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-win11-23h2.txt')), 'HKCU\\Software\\Wine': ok('') },
  registry: signedIn(sid),
});
const FOLDER = 'C:\\Users\\papa\\AppData\\Roaming\\winlink-tutor\\Config';

describe('elevated as another account', () => {
  it('reads the process SID from whoami /user only in its CSV shape', () => {
    expect(userSidFromWhoami(readFixture('whoami-user-en.csv'))).toBe(PARENT);
    expect(userSidFromWhoami(readFixture('whoami-wine.txt'))).toBeNull();
    expect(userSidFromWhoami('')).toBeNull();
  });

  it('account type, administrator membership and per-user privacy are unknown, and the text says where progress goes', async () => {
    const { run } = fakeWindows(elevatedPc(CHILD));
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER });
    const account = await prober.read('account.type');
    expect(account.value).toBeNull();
    expect(inEnglish(account.text)).toMatch(/^Unknown: Running as another account/);
    expect(inEnglish(account.text)).toContain(FOLDER);
    const member = await prober.read('admin.member');
    expect(member.value).toBeNull();
    expect(inEnglish(member.text)).toMatch(/Running as another account/);
    expect((await prober.read('admin.elevated')).value).toBe('yes');
    const advertising = await prober.read('privacy.advertising-id');
    expect(inEnglish(advertising)).toMatchObject({ value: null, text: expect.stringMatching(/Running as another account/) });
    // A setting of the whole PC is still read.
    expect((await prober.read('privacy.diagnostic-data')).value).toBe('off');
  });

  it('elevated as the signed-in user: everything reads as before', async () => {
    const { run } = fakeWindows(elevatedPc(PARENT));
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER });
    expect((await prober.read('account.type')).value).toBe('microsoft');
    expect((await prober.read('admin.member')).value).toBe('yes');
    expect((await prober.read('privacy.advertising-id')).value).toBe('off');
  });

  it('elevated, with no way to compare the accounts: membership does not tick', async () => {
    const { run } = fakeWindows({ ...elevatedPc(PARENT), whoamiUser: ok('') });
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER });
    expect((await prober.read('admin.member')).value).toBeNull();
  });

  it('not elevated: whoami /user and LogonUI are never read', async () => {
    const { run, calls } = fakeWindows({ ...elevatedPc(CHILD), whoami: ok(readFixture('whoami-groups-en-admin-not-elevated.csv')) });
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER });
    expect((await prober.read('admin.member')).value).toBe('yes');
    expect((await prober.read('account.type')).value).toBe('microsoft');
    expect(calls.some((call) => call.args[0] === '/user' || call.args[1]?.includes('LogonUI'))).toBe(false);
  });

  it('anotherAccount() gives the start screen and `where` the folder, only when proven', async () => {
    const other = fakeWindows(elevatedPc(CHILD));
    expect(await createProber({ platform: 'win32', run: other.run, release: '10.0.22631', progressFolder: FOLDER }).anotherAccount()).toEqual({ progressFolder: FOLDER });
    const own = fakeWindows(elevatedPc(PARENT));
    expect(await createProber({ platform: 'win32', run: own.run, release: '10.0.22631', progressFolder: FOLDER }).anotherAccount()).toBeNull();
    // Elevated, but the process's account cannot be named: not claimed either way.
    const blind = fakeWindows({ ...elevatedPc(CHILD), whoamiUser: ok('') });
    expect(await createProber({ platform: 'win32', run: blind.run, release: '10.0.22631', progressFolder: FOLDER }).anotherAccount()).toBeNull();
    const linux = fakeWindows(elevatedPc(CHILD));
    expect(await createProber({ platform: 'linux', run: linux.run, progressFolder: FOLDER }).anotherAccount()).toBeNull();
    expect(linux.calls).toHaveLength(0);
  });

  it('status says it once, with the folder, and --json marks it', async () => {
    const { run } = fakeWindows(elevatedPc(CHILD));
    const text = (await runStatus({ json: false }, { platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER })).stdout;
    expect(text).toContain(`progress is saved in that account's folder (${FOLDER})`);
    expect(text).toContain('Account: unknown (running as another account)');
    const json = JSON.parse((await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.22631', progressFolder: FOLDER })).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ anotherAccount: true, account: { type: null }, admin: { member: null, elevated: true } });
    expect(JSON.stringify(json)).not.toContain(PARENT);
  });
});
