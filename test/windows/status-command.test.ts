import { describe, expect, it } from 'vitest';
import { runStatus } from '../../src/commands/status.js';
import { LINK_HINT } from '../../src/windows/format-report.js';
import { sayEnglish } from '../../src/i18n/say.js';
import { fakeRunner, notFound, ok, timedOut } from './fake-runner.js';
import { readFixture } from './read-fixture.js';

describe('runStatus', () => {
  it('prints the human lines on Windows and exits 0', async () => {
    const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) });
    const result = await runStatus({ json: false }, { platform: 'win32', run, release: '10.0.22631' });
    expect(result).toEqual({
      stdout: [
        'Activation: Windows is activated',
        'License channel: Retail',
        'Edition: Pro',
        'Product key: last 5 characters 7QX4M',
        'Expires: never (permanent activation)',
        sayEnglish(LINK_HINT),
        '',
        // This fake answers only PowerShell (with the licensing query's shape): the rest is unknown.
        'Windows: Windows 11, build 22631',
        'Windows edition: unknown (Could not read the registry: reg.exe failed (it did not start). PowerShell answered, but not with the expected data.)',
        'Account: unknown (PowerShell answered, but not with the expected data.)',
        'Administrator: unknown (whoami could not be started.)',
        '',
      ].join('\n'),
      stderr: '',
      code: 0,
    });
  });

  it('prints the stable JSON report', async () => {
    const { run } = fakeRunner({ 'powershell.exe': notFound, 'cscript.exe': ok(readFixture('slmgr-dli-retail.txt')) });
    const result = await runStatus({ json: true }, { platform: 'win32', run, release: '10.0.19045' });
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(result.stdout)).toMatchObject({
      platform: 'win32',
      checked: true,
      state: 'activated',
      stateText: 'Windows is activated',
      channel: 'Retail',
      edition: 'Pro',
      partialKey: '7QX4M',
      errorCode: null,
      permanent: true,
      source: 'slmgr',
      // No reg.exe answer in this fake: whether this is Wine stays unknown.
      wine: null,
      message: 'PowerShell was not found, so slmgr was used instead.',
      hardwareRecord: null,
      windows: { version: '10', build: 19045, displayVersion: null, edition: null },
      account: { type: null },
      admin: { member: null, elevated: null },
    });
  });

  it('is not an error on other platforms and runs nothing', async () => {
    const { run, calls } = fakeRunner({});
    const result = await runStatus({ json: false }, { platform: 'linux', run });
    expect(result).toEqual({ stdout: 'Activation can only be checked on Windows; this is linux.\n', stderr: '', code: 0 });
    expect(calls).toEqual([]);
  });

  it('exits 1 with the message on stderr after a timeout', async () => {
    const { run } = fakeRunner({ 'powershell.exe': timedOut });
    const result = await runStatus({ json: false }, { platform: 'win32', run, timeoutMs: 10_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Windows did not answer within 10 seconds/);
  });

  it('keeps JSON on stdout but exits 1 when the check failed', async () => {
    const { run } = fakeRunner({ 'powershell.exe': timedOut });
    const result = await runStatus({ json: true }, { platform: 'win32', run });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ checked: false, state: 'unknown', source: 'powershell' });
  });

  it('shows the error code Windows reports and the why command for it', async () => {
    const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-error-hwid-signed.json')) });
    const text = await runStatus({ json: false }, { platform: 'win32', run });
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'Activation: Windows is not activated (notification mode)',
      'Error code 0xC004F211 — run `winlink-tutor why 0xC004F211`',
    ]);
    const json = await runStatus({ json: true }, { platform: 'win32', run });
    expect(JSON.parse(json.stdout)).toMatchObject({ state: 'notification', errorCode: '0xC004F211' });
  });
});
