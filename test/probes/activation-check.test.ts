import { describe, expect, it } from 'vitest';
import { checkActivation, DEFAULT_TIMEOUT_MS } from '../../src/probes/activation-check.js';
import { CIM_SCRIPT } from '../../src/probes/activation-queries.js';
import { activationJson } from '../../src/probes/activation-report.js';
import type { ActivationReport } from '../../src/probes/activation-types.js';
import { sayEnglish } from '../../src/i18n/say.js';
import { failed, fakeRunner, notFound, ok, timedOut } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';

/** The report as status --json shows it: its words in English, as before they became data. */
const asJson = (report: ActivationReport) => activationJson(report, sayEnglish);

const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const CSCRIPT = 'C:\\Windows\\System32\\cscript.exe';

describe('checkActivation', () => {
  it('reports a retail digital license from PowerShell without touching slmgr', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report).toEqual({
      platform: 'win32',
      checked: true,
      state: 'activated',
      stateText: 'Windows is activated',
      channel: 'Retail',
      edition: 'Pro',
      partialKey: '7QX4M',
      errorCode: null,
      permanent: true,
      source: 'powershell',
      message: '',
    });
    expect(calls).toEqual([
      { file: POWERSHELL, args: ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', CIM_SCRIPT], timeoutMs: DEFAULT_TIMEOUT_MS },
    ]);
  });

  it('runs a read-only, quote-safe PowerShell script', () => {
    expect(CIM_SCRIPT).toContain('Get-CimInstance -ClassName SoftwareLicensingProduct');
    expect(CIM_SCRIPT).toContain('ConvertTo-Json -Compress');
    expect(CIM_SCRIPT).not.toContain('"');
    expect(CIM_SCRIPT).not.toMatch(/Set-|Invoke-CimMethod|Remove-|slmgr|\/ipk|\/ato/i);
  });

  it('uses %SystemRoot% and the given timeout', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-oem.json')) });
    const report = asJson(await checkActivation({ platform: 'win32', run, timeoutMs: 5000, systemRoot: 'D:\\Win' }));
    expect(report.channel).toBe('OEM');
    expect(calls[0]?.file).toBe('D:\\Win\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(calls[0]?.timeoutMs).toBe(5000);
  });

  it('falls back to slmgr /dli when PowerShell is missing', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': notFound, 'cscript.exe': ok(readFixture('slmgr-dli-notification.txt')) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(calls.map((c) => c.file)).toEqual([POWERSHELL, CSCRIPT]);
    expect(calls[1]?.args).toEqual(['//nologo', 'C:\\Windows\\System32\\slmgr.vbs', '/dli']);
    expect(report).toMatchObject({
      checked: true,
      state: 'notification',
      stateText: 'Windows is not activated (notification mode)',
      channel: 'OEM',
      partialKey: 'K2D9P',
      errorCode: '0xC004F034',
      source: 'slmgr',
      message: 'PowerShell was not found, so slmgr was used instead.',
    });
  });

  it('falls back to slmgr when the PowerShell query fails', async () => {
    const { run } = fakeRunner({
      'powershell.exe': failed(readFixture('powershell-error.txt')),
      'cscript.exe': ok(readFixture('slmgr-dli-retail.txt')),
    });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect([report.checked, report.source, report.state, report.permanent]).toEqual([true, 'slmgr', 'activated', true]);
    expect(report.message).toBe('The PowerShell query failed, so slmgr was used instead.');
  });

  it('does not mistake an error with exit code 0 and no output for "no key"', async () => {
    const { run, calls } = fakeRunner({
      'powershell.exe': { ...ok(''), stderr: readFixture('powershell-error.txt') },
      'cscript.exe': ok(readFixture('slmgr-dli-retail.txt')),
    });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(calls).toHaveLength(2);
    expect(report.source).toBe('slmgr');
  });

  it('reports "no product key" only when the query itself says so', async () => {
    const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-no-key.json')) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report).toMatchObject({ checked: true, state: 'not-activated', partialKey: null, source: 'powershell' });
  });

  it('a PowerShell that prints nothing and exits 0 (Wine\'s stub) is no answer: never "not activated"', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': ok(''), 'cscript.exe': notFound });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(calls.map((call) => call.file)).toEqual([expect.stringMatching(/powershell\.exe$/i), expect.stringMatching(/cscript\.exe$/i)]);
    expect(report).toMatchObject({ checked: false, state: 'unknown' });
  });

  it('stops with a friendly message on timeout, without trying slmgr', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': timedOut });
    const report = asJson(await checkActivation({ platform: 'win32', run, timeoutMs: 15_000 }));
    expect(calls).toHaveLength(1);
    expect(report).toMatchObject({ checked: false, state: 'unknown', source: 'powershell', permanent: null });
    expect(report.message).toMatch(/^Windows did not answer within 15 seconds/);
    expect(report.message).toContain('ms-settings:activation');
  });

  it('says the output is unrecognized for non-English slmgr output', async () => {
    const { run } = fakeRunner({ 'powershell.exe': notFound, 'cscript.exe': ok(readFixture('slmgr-dli-german.txt')) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report).toMatchObject({ checked: false, state: 'unknown', channel: 'Unknown', partialKey: null, source: 'slmgr' });
    expect(report.message).toMatch(/language other than English/);
    expect(report.message).toContain('not shown rather than guessed');
  });

  it('reports a command error when slmgr fails too', async () => {
    const { run } = fakeRunner({ 'powershell.exe': failed('boom'), 'cscript.exe': failed('Input Error', 1) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report.checked).toBe(false);
    expect(report.message).toMatch(/^The activation query failed \(exit code 1\)\./);
  });

  it('reports when neither tool exists', async () => {
    const { run } = fakeRunner({ 'powershell.exe': notFound, 'cscript.exe': notFound });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report).toMatchObject({ checked: false, source: null });
    expect(report.message).toMatch(/^PowerShell was not found. slmgr is not available either/);
  });

  it('survives a runner that throws', async () => {
    const { run } = fakeRunner({});
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report.checked).toBe(false);
    expect(report.message).toMatch(/it did not start/);
  });

  it.each(['linux', 'darwin'] as const)('does not run anything on %s', async (platform) => {
    const { run, calls } = fakeRunner({});
    const report = asJson(await checkActivation({ platform, run }));
    expect(calls).toEqual([]);
    expect(report).toEqual({
      platform,
      checked: false,
      state: 'unknown',
      stateText: 'Not checked (not Windows)',
      channel: 'Unknown',
      edition: null,
      partialKey: null,
      errorCode: null,
      permanent: null,
      source: null,
      message: `Activation can only be checked on Windows; this is ${platform}.`,
    });
  });
});

describe('when slmgr.vbs is missing (as under Wine, whose cscript then hangs)', () => {
  it('does not start cscript, and says why nothing could be read', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': ok('') });
    const report = asJson(await checkActivation({ platform: 'win32', run, fileExists: () => false }));
    expect(calls).toHaveLength(1);
    expect(report).toMatchObject({ checked: false, state: 'unknown' });
    expect(report.message).toMatch(/^PowerShell printed nothing .* slmgr is not available either/);
  });
});

describe('PowerShell blocked by a policy (review U3)', () => {
  it('says so, and says slmgr was used instead', async () => {
    const { run } = fakeRunner({ 'powershell.exe': { stdout: '', stderr: '', code: null, timedOut: false, notFound: false, blocked: true }, 'cscript.exe': ok(readFixture('slmgr-dli-retail.txt')) });
    const report = asJson(await checkActivation({ platform: 'win32', run }));
    expect(report).toMatchObject({ source: 'slmgr', message: 'PowerShell is blocked by a policy on this PC, so slmgr was used instead.' });
  });
});
