import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { accountFromPowerShell } from '../../src/probes/account-probe.js';
import { parsePowerShellAnswer, section } from '../../src/probes/powershell-answer.js';
import { SYSTEM_SCRIPT, systemScriptArgs } from '../../src/probes/powershell-script.js';
import { licenseOutcome, runSystemPowerShell } from '../../src/probes/powershell-session.js';
import { known } from '../../src/probes/probe-types.js';
import { parseCimJson } from '../../src/probes/activation-parsers.js';
import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';
import { fakeRunner, notFound, ok, timedOut } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';

const account = (fixture: string) => accountFromPowerShell(parsePowerShellAnswer(readFixture(fixture)));

describe('the shared PowerShell script', () => {
  it('is read-only and passes as one argument without escaping (no double quotes)', () => {
    expect(SYSTEM_SCRIPT).not.toContain('"');
    for (const writer of ['Set-', 'New-', 'Remove-', 'Add-', 'Activate', 'Invoke-CimMethod', 'slmgr', '/ato', 'OutputEncoding']) expect(SYSTEM_SCRIPT).not.toContain(writer);
    expect(systemScriptArgs()).toEqual(['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', SYSTEM_SCRIPT]);
  });

  it('reports errors by type and id only (messages can name the user) and has a section per probe', () => {
    expect(SYSTEM_SCRIPT).toContain('[string]$_.CategoryInfo.Reason');
    expect(SYSTEM_SCRIPT).not.toContain('.Message');
    for (const name of ['mode', 'os', 'account', 'license']) expect(SYSTEM_SCRIPT).toContain(`Say @{ answer = 'winlink-tutor/system/1'; ${name} = `);
    expect(SYSTEM_SCRIPT).toContain('Get-LocalUser');
  });
});

describe('its answer', () => {
  it('counts only with the marker: empty (Wine\'s stub), other JSON, garbage are unknown', () => {
    expect(inEnglish(parsePowerShellAnswer(''))).toEqual({ kind: 'unknown', reason: expect.stringMatching(/printed nothing/) });
    expect(inEnglish(parsePowerShellAnswer(readFixture('cim-activated-digital.json')))).toEqual({ kind: 'unknown', reason: expect.stringMatching(/not with the expected data/) });
    expect(parsePowerShellAnswer('[1,2]')).toMatchObject({ kind: 'unknown' });
    expect(parsePowerShellAnswer(readFixture('powershell-error.txt'))).toMatchObject({ kind: 'unknown' });
    expect(parsePowerShellAnswer('{"answer":"winlink-tutor/system/1"')).toMatchObject({ kind: 'unknown' });
  });

  it('skips noise printed before the answer', () => {
    expect(parsePowerShellAnswer(readFixture('ps-system-after-noise.json')).kind).toBe('answer');
  });

  it('one failed section does not sink the others', () => {
    const answer = parsePowerShellAnswer(readFixture('ps-system-work-partial.json'));
    expect(inEnglish(section(answer, 'os'))).toEqual({ ok: false, reason: 'PowerShell could not read it (Microsoft.Management.Infrastructure.CimException).' });
    expect(section(answer, 'account')).toMatchObject({ ok: true });
    expect(section(answer, 'missing')).toMatchObject({ ok: false });
  });
});

describe('account type', () => {
  it('PrincipalSource MicrosoftAccount → microsoft, Local → local (documented)', () => {
    expect(account('ps-system-msa-admin.json')).toEqual({ type: known('microsoft'), basis: 'documented' });
    expect(account('ps-system-local-ru.json')).toEqual({ type: known('local'), basis: 'documented' });
  });

  it('not in the local account database plus a sign-in name from whoami /upn → work, inferred', () => {
    expect(account('ps-system-work-partial.json')).toEqual({ type: known('work'), basis: 'inferred' });
  });

  it('not local but no sign-in name, a missing LocalAccounts module, a blank or strange source → unknown', () => {
    const base = { answer: 'winlink-tutor/system/1' };
    const notLocal = { error: 'Microsoft.PowerShell.Commands.UserNotFoundException', id: 'UserNotFound,Microsoft.PowerShell.Commands.GetLocalUserCommand' };
    for (const accountSection of [{ source: notLocal, upn: false }, { source: notLocal }, { source: '' }, { source: 'Jürgen' }, { source: 3 }, 'x', null]) {
      const reading = accountFromPowerShell(parsePowerShellAnswer(JSON.stringify({ ...base, account: accountSection })));
      expect(reading.type.known, JSON.stringify(accountSection)).toBe(false);
    }
    expect(inEnglish(account('ps-system-no-localaccounts.json').type)).toEqual({ known: false, reason: 'Get-LocalUser failed (System.Management.Automation.CommandNotFoundException).' });
    expect(accountFromPowerShell(parsePowerShellAnswer('')).type.known).toBe(false);
  });
});

describe('one run, shared with the activation check', () => {
  it('runs Windows PowerShell once with the script and hands the license section to the CIM parser unchanged', async () => {
    const { run, calls } = fakeRunner({ 'powershell.exe': ok(readFixture('ps-system-msa-admin.json')) });
    const ps = await runSystemPowerShell(run, 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 20_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).toEqual(systemScriptArgs());
    const parsed = parseCimJson(licenseOutcome(ps).stdout);
    expect(parsed).toMatchObject({ kind: 'license', license: { state: 'activated', edition: 'Pro', partialKey: '7QX4M' } });
  });

  it('a failed license section is a failed query (so slmgr gets its turn); a stub passes through as printed', async () => {
    const partial = await runSystemPowerShell(fakeRunner({ 'powershell.exe': ok(readFixture('ps-system-work-partial.json')) }).run, 'powershell.exe', 1000);
    expect(licenseOutcome(partial)).toMatchObject({ code: 1, stdout: '' });
    const stub = await runSystemPowerShell(fakeRunner({ 'powershell.exe': ok('') }).run, 'powershell.exe', 1000);
    expect(licenseOutcome(stub)).toEqual(ok(''));
  });

  it('a timeout, a missing PowerShell or a throwing runner make every section unknown', async () => {
    expect(inEnglish((await runSystemPowerShell(fakeRunner({ 'powershell.exe': timedOut }).run, 'powershell.exe', 20_000)).answer)).toEqual({ kind: 'unknown', reason: 'PowerShell did not answer within 20 seconds.' });
    expect((await runSystemPowerShell(fakeRunner({ 'powershell.exe': notFound }).run, 'powershell.exe', 1000)).answer).toMatchObject({ kind: 'unknown' });
    expect((await runSystemPowerShell(() => Promise.reject(new Error('x')), 'powershell.exe', 1000)).answer).toMatchObject({ kind: 'unknown' });
  });
});

describe('Constrained Language Mode (review U1)', () => {
  it('the script calls methods only on strings, and no static .NET method, IsInRole, scriptblock evaluator or [ordered]', () => {
    const methods = [...SYSTEM_SCRIPT.matchAll(/\.([A-Za-z]+)\(/g)].map((match) => match[1]);
    expect(new Set(methods)).toEqual(new Set(['Trim', 'ToCharArray']));
    for (const banned of ['::', 'IsInRole', 'GetType', '[regex]', '[ordered]', 'WindowsIdentity']) expect(SYSTEM_SCRIPT, banned).not.toContain(banned);
    // The SID comes from whoami, as text.
    expect(SYSTEM_SCRIPT).toContain("'System32\\whoami.exe') /user /fo csv /nh");
  });

  it('reports the language mode first, and a locked-down PowerShell is named as the reason', async () => {
    expect(SYSTEM_SCRIPT.indexOf('mode = ')).toBeLessThan(SYSTEM_SCRIPT.indexOf('os = '));
    const ps = await runSystemPowerShell(fakeRunner({ 'powershell.exe': { ...ok(readFixture('ps-system-clm.txt')), code: 1 } }).run, 'powershell.exe', 20_000);
    expect(ps.answer).toMatchObject({ kind: 'answer', mode: 'ConstrainedLanguage' });
    const reading = accountFromPowerShell(ps.answer);
    expect(inEnglish(reading.type)).toEqual({ known: false, reason: expect.stringMatching(/^PowerShell is locked down on this PC \(ConstrainedLanguage\)/) });
    // What did answer still counts.
    expect(section(ps.answer, 'os')).toMatchObject({ ok: true, value: { sku: 101 } });
  });
});

describe('one line per section (review U2)', () => {
  it('fast sections come before licensing, and each CIM query has its own time limit', () => {
    expect(SYSTEM_SCRIPT.indexOf('os = ')).toBeLessThan(SYSTEM_SCRIPT.indexOf('license = '));
    expect(SYSTEM_SCRIPT.indexOf('account = ')).toBeLessThan(SYSTEM_SCRIPT.indexOf('license = '));
    expect(SYSTEM_SCRIPT.match(/Get-CimInstance -ClassName \w+ -OperationTimeoutSec 8/g)).toHaveLength(2);
  });

  it('reads the line-per-section answer like the one-object answer', () => {
    expect(account('ps-system-lines-msa.txt')).toEqual({ type: known('microsoft'), basis: 'documented' });
    expect(parseCimJson(licenseOutcome({ outcome: ok(readFixture('ps-system-lines-msa.txt')), answer: parsePowerShellAnswer(readFixture('ps-system-lines-msa.txt')) }).stdout))
      .toMatchObject({ kind: 'license', license: { state: 'activated', partialKey: '7QX4M' } });
  });

  it('a timeout keeps the sections that finished; the missing ones say why', async () => {
    const ps = await runSystemPowerShell(fakeRunner({ 'powershell.exe': { ...timedOut, stdout: `${readFixture('ps-system-cut-short.txt')}{"answer":"winlink-tu` } }).run, 'powershell.exe', 20_000);
    expect(accountFromPowerShell(ps.answer)).toEqual({ type: known('local'), basis: 'documented' });
    expect(inEnglish(section(ps.answer, 'license'))).toEqual({ ok: false, reason: 'PowerShell did not answer within 20 seconds.' });
    // The activation check still sees a timeout (and so does not try slmgr, as before).
    expect(licenseOutcome(ps)).toMatchObject({ timedOut: true });
  });
});

describe('how PowerShell is started', () => {
  it("without PowerShell 7's PSModulePath (review U4)", async () => {
    const { run, calls } = fakeRunnerWithOptions(ok(readFixture('ps-system-lines-msa.txt')));
    await runSystemPowerShell(run, 'powershell.exe', 1000);
    expect(calls[0]?.dropEnv).toEqual(['PSModulePath']);
  });

  it('blocked by a policy (review U3): said so, not "it did not start"', async () => {
    const ps = await runSystemPowerShell(fakeRunner({ 'powershell.exe': { stdout: '', stderr: '', code: null, timedOut: false, notFound: false, blocked: true } }).run, 'powershell.exe', 1000);
    expect(inEnglish(ps.answer)).toEqual({ kind: 'unknown', reason: 'Windows PowerShell could not start: it is blocked by a policy on this PC.' });
  });

  it('a verify step asks only for its own section (review K7)', () => {
    const accountOnly = systemScriptArgs(['account']).at(-1) ?? '';
    expect(accountOnly).toContain('account = ');
    expect(accountOnly).not.toContain('SoftwareLicensingProduct');
    expect(accountOnly).not.toContain('Win32_OperatingSystem');
    expect(systemScriptArgs(['license']).at(-1)).not.toContain('Get-LocalUser');
  });
});

function fakeRunnerWithOptions(answer: CommandOutcome): { run: CommandRunner; calls: { file: string; dropEnv: readonly string[] | undefined }[] } {
  const calls: { file: string; dropEnv: readonly string[] | undefined }[] = [];
  return { calls, run: (file, _args, opts) => { calls.push({ file, dropEnv: opts.dropEnv }); return Promise.resolve(answer); } };
}
