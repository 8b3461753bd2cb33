import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { runStatus } from '../../src/commands/status.js';
import { createProber } from '../../src/probes/prober.js';
import { notFound, ok, timedOut } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';
import { CURRENT_VERSION, fakeWindows, type FakeWindows } from './system-fakes.js';

const WINE_KEY = 'HKCU\\Software\\Wine';
const notWine = { stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.', code: 1, timedOut: false, notFound: false };

const pc: FakeWindows = {
  powershell: ok(readFixture('ps-system-msa-admin.json')),
  whoami: ok(readFixture('whoami-groups-en-admin-not-elevated.csv')),
  reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-win11-23h2.txt')), [WINE_KEY]: notWine },
};

// Wine's answers as captured: a stub PowerShell, whoami ignoring /groups, a Windows 7 registry.
const wine: FakeWindows = {
  powershell: ok(''),
  whoami: ok(readFixture('whoami-wine.txt')),
  reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-wine.txt')), [WINE_KEY]: ok('\r\nHKEY_CURRENT_USER\\Software\\Wine\r\n    Version    REG_SZ    win10\r\n') },
};

describe('the prober answers the system probes', () => {
  it('on a Windows 11 PC: each verify id gets a catalog value and a sentence', async () => {
    const { run } = fakeWindows(pc);
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', fileExists: () => true });
    expect(inEnglish(await prober.read('windows.version'))).toEqual({ value: '11', text: 'Windows 11, 23H2, build 22631' });
    expect(inEnglish(await prober.read('account.type'))).toEqual({ value: 'microsoft', text: 'Signed in with a Microsoft account' });
    expect(inEnglish(await prober.read('admin.member'))).toEqual({ value: 'yes', text: 'This account is an administrator' });
    expect(inEnglish(await prober.read('admin.elevated'))).toEqual({ value: 'no', text: 'Not running as administrator (not elevated)' });
    expect(inEnglish(await prober.read('activation.state'))).toEqual({ value: 'activated', text: 'Windows is activated' });
  });

  it('one PowerShell, one whoami and one reg query per run, however many probes ask; a fresh read asks again', async () => {
    const { run, calls } = fakeWindows(pc);
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631' });
    await Promise.all([prober.system(), prober.activation(), prober.read('account.type'), prober.read('admin.member'), prober.read('activation.state')]);
    const count = (program: string) => calls.filter((call) => call.file.endsWith(program)).length;
    expect([count('powershell.exe'), count('whoami.exe'), count('reg.exe'), count('cscript.exe')]).toEqual([1, 1, 1, 0]);
    expect(calls.find((call) => call.file.endsWith('powershell.exe'))?.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    await prober.read('account.type', { fresh: true });
    expect(count('powershell.exe')).toBe(2);
    await prober.read('admin.elevated', { fresh: true });
    expect(count('whoami.exe')).toBe(2);
  });

  it('nothing runs until a probe is asked, and nothing at all off Windows', async () => {
    const { run, calls } = fakeWindows(pc);
    createProber({ platform: 'win32', run, release: '10.0.22631' });
    expect(calls).toEqual([]);
    const linux = createProber({ platform: 'linux', run });
    expect(inEnglish(await linux.read('account.type'))).toEqual({ value: null, text: 'Not Windows (linux).' });
    expect(inEnglish((await linux.system()).admin.member)).toEqual({ known: false, reason: 'Not Windows (linux).' });
    expect(calls).toEqual([]);
  });

  it('under Wine: Windows 10 from os.release(); account and administrator unknown, never "no"', async () => {
    const { run } = fakeWindows(wine);
    const prober = createProber({ platform: 'win32', run, release: '10.0.18362', fileExists: () => false });
    expect(inEnglish(await prober.read('windows.version'))).toEqual({ value: '10', text: 'Windows 10, build 18362' });
    for (const id of ['account.type', 'admin.member', 'admin.elevated', 'activation.state']) expect((await prober.read(id)).value, id).toBeNull();
  });

  it('a hung PowerShell: its probes are unknown; whoami still answers', async () => {
    const { run } = fakeWindows({ ...pc, powershell: timedOut });
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', timeoutMs: 5000 });
    expect(inEnglish(await prober.read('account.type'))).toEqual({ value: null, text: 'Unknown: PowerShell did not answer within 5 seconds.' });
    expect((await prober.read('admin.member')).value).toBe('yes');
    expect(await prober.read('activation.state')).toMatchObject({ value: null });
  });
});

describe('status with the system probes', () => {
  it('--json: windows, account and admin beside the unchanged activation fields', async () => {
    const { run } = fakeWindows(pc);
    const result = await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.22631' });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      platform: 'win32', checked: true, state: 'activated', edition: 'Pro', partialKey: '7QX4M', errorCode: null, source: 'powershell', wine: false,
      windows: { version: '11', build: 22631, displayVersion: '23H2', edition: 'Pro' },
      account: { type: 'microsoft', basis: 'documented' },
      admin: { member: true, elevated: false },
      reasons: {},
    });
  });

  it('--json under Wine: Windows 10, build 18362; the rest null with reasons, never false', async () => {
    const { run } = fakeWindows(wine);
    const result = await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.18362', fileExists: () => false });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { windows: unknown; account: unknown; admin: unknown; reasons: Record<string, string>; wine: unknown };
    expect(json.wine).toBe(true);
    expect(json.windows).toEqual({ version: '10', build: 18362, displayVersion: null, edition: null });
    expect(json.account).toEqual({ type: null, basis: null });
    expect(json.admin).toEqual({ member: null, elevated: null });
    expect(Object.keys(json.reasons).sort()).toEqual(['account.type', 'admin.elevated', 'admin.member', 'windows.displayVersion', 'windows.edition']);
    expect(json.reasons['admin.member']).toMatch(/whoami/);
  });

  it('text: plain lines after the activation lines; a work account says it is inferred', async () => {
    const { run } = fakeWindows({ ...pc, powershell: ok(readFixture('ps-system-work-partial.json')), whoami: ok(readFixture('whoami-groups-de-standard-user.csv')), cscript: ok(readFixture('slmgr-dli-retail.txt')) });
    const result = await runStatus({ json: false }, { platform: 'win32', run, release: '10.0.22631' });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(-6)).toEqual([
      '',
      'Windows: Windows 11 23H2, build 22631',
      'Windows edition: Pro',
      'Account: work or school account (inferred, not documented by Microsoft)',
      'Administrator: no (standard user); running as administrator: no',
      '',
    ]);
    // The license section failed, so the check fell back to slmgr as before.
    expect(result.stdout).toContain('The PowerShell query failed, so slmgr was used instead.');
  });

  it('nothing personal from whoami or PowerShell reaches the output', async () => {
    const { run } = fakeWindows(pc);
    const both = `${(await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.22631' })).stdout}${(await runStatus({ json: false }, { platform: 'win32', run, release: '10.0.22631' })).stdout}`;
    for (const secret of ['jurgen', 'example.com', 'S-1-5-21', 'S-1-11-96', 'DESKTOP-7Q2K1', 'Jürgen']) expect(both, secret).not.toContain(secret);
  });

  it('without PowerShell at all: activation falls back to slmgr as before, system fields say why', async () => {
    const { run } = fakeWindows({ ...pc, powershell: notFound, cscript: ok(readFixture('slmgr-dli-retail.txt')) });
    const json = JSON.parse((await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.22631' })).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ source: 'slmgr', message: 'PowerShell was not found, so slmgr was used instead.', account: { type: null }, reasons: { 'account.type': 'Windows PowerShell was not found.' } });
  });
});

describe('each probe runs only what it needs', () => {
  it('windows.version reads os.release() and one registry key, no PowerShell or whoami', async () => {
    const { run, calls } = fakeWindows(pc);
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631' });
    await prober.read('windows.version');
    expect(calls.map((call) => call.file.split('\\').pop())).toEqual(['reg.exe']);
  });

  it('admin.* with a readable whoami never starts PowerShell', async () => {
    const { run, calls } = fakeWindows(pc);
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631' });
    await prober.read('admin.member');
    await prober.read('admin.elevated', { fresh: true });
    expect(calls.map((call) => call.file.split('\\').pop())).toEqual(['whoami.exe', 'whoami.exe']);
  });
});

describe('verify-step reads stay light (review K7)', () => {
  it('a fresh account.type starts PowerShell for the account part only; a fresh activation.state for licensing only', async () => {
    const { run, calls } = fakeWindows({ ...pc, powershell: ok(readFixture('ps-system-lines-msa.txt')) });
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631', fileExists: () => true });
    expect((await prober.read('account.type', { fresh: true })).value).toBe('microsoft');
    expect((await prober.read('activation.state', { fresh: true })).value).toBe('activated');
    const scripts = calls.filter((call) => call.file.endsWith('powershell.exe')).map((call) => call.args.at(-1) ?? '');
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toContain('Get-LocalUser');
    expect(scripts[0]).not.toMatch(/SoftwareLicensingProduct|Win32_OperatingSystem/);
    expect(scripts[1]).toContain('SoftwareLicensingProduct');
    expect(scripts[1]).not.toMatch(/Get-LocalUser|Win32_OperatingSystem/);
  });
});

describe("lesson 5's verify step on a debloated Pro PC (review W1)", () => {
  it('privacy.tailored-experiences answers the user\'s switch (on), never "off" from the consumer-features policy', async () => {
    const { run } = fakeWindows({
      registry: {
        [CURRENT_VERSION]: { EditionID: ['REG_SZ', 'Professional'], CurrentBuildNumber: ['REG_SZ', '22631'] },
        'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CloudContent': { DisableWindowsConsumerFeatures: ['REG_DWORD', '0x1'] },
        'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Privacy': { TailoredExperiencesWithDiagnosticDataEnabled: ['REG_DWORD', '0x1'] },
        'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
      },
    });
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631' });
    expect((await prober.read('privacy.tailored-experiences', { fresh: true })).value).toBe('on');
  });
});
