import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { parseCimJson, parseSlmgrDli, parseSlmgrXpr } from '../../src/probes/activation-parsers.js';
import type { LicenseInfo, LicenseParseResult } from '../../src/probes/activation-types.js';
import { readFixture } from '../windows/read-fixture.js';

function licenseOf(result: LicenseParseResult): LicenseInfo {
  if (result.kind !== 'license') throw new Error(`expected a license, got ${JSON.stringify(result)}`);
  return result.license;
}

/** The query's answer around product rows, as the CIM script prints it. */
const answer = (...rows: string[]) => `{"answer":"winlink-tutor/license/1","products":[${rows.join(',')}]}`;

describe('parseCimJson', () => {
  it('reads a retail digital license as permanently activated', () => {
    expect(licenseOf(parseCimJson(readFixture('cim-activated-digital.json')))).toEqual({
      edition: 'Pro',
      channel: 'Retail',
      state: 'activated',
      statusDetail: 'Licensed',
      partialKey: '7QX4M',
      errorCode: null,
      permanent: true,
    });
  });

  it.each([
    ['cim-error-hwid-signed.json', '0xC004F211'],
    ['cim-error-unsigned.json', '0xC004F034'],
    ['cim-activated-info-reason.json', null],
    ['cim-not-activated.json', null],
  ])('reads LicenseStatusReason of %s as error code %s', (fixture, code) => {
    expect(licenseOf(parseCimJson(readFixture(fixture))).errorCode).toBe(code);
  });

  it.each([[0], ['0'], ['-1073417711'], ['0xC004F211'], [1.5], [true], [null]])('reads LicenseStatusReason %j safely', (reason) => {
    const row = `{"Name":"Windows(R), Professional edition","Description":"RETAIL channel","PartialProductKey":"7QX4M","LicenseStatus":5,"LicenseStatusReason":${JSON.stringify(reason)}}`;
    expect(licenseOf(parseCimJson(answer(row))).errorCode).toBe(reason === '-1073417711' ? '0xC004F211' : null);
  });

  it('reads an OEM Home license', () => {
    const license = licenseOf(parseCimJson(readFixture('cim-activated-oem.json')));
    expect([license.edition, license.channel, license.state, license.partialKey]).toEqual(['Home', 'OEM', 'activated', 'K2D9P']);
  });

  it('reads notification mode as not activated', () => {
    const license = licenseOf(parseCimJson(readFixture('cim-not-activated.json')));
    expect(license.state).toBe('notification');
    expect(license.permanent).toBe(false);
    expect(license.partialKey).toBe('H8T3W');
  });

  it('reads a KMS client as activated but not permanent', () => {
    const license = licenseOf(parseCimJson(readFixture('cim-volume-kms.json')));
    expect([license.channel, license.edition, license.state, license.permanent]).toEqual(['Volume', 'Enterprise', 'activated', false]);
  });

  it('picks the OS license from an array and keeps the add-on as other', () => {
    const result = parseCimJson(readFixture('cim-multiple.json'));
    expect(licenseOf(result).partialKey).toBe('M6V8F');
    expect(licenseOf(result).channel).toBe('OEM');
    expect(result.kind === 'license' ? result.others.map((o) => o.partialKey) : []).toEqual(['J7W3C']);
  });

  it('an empty product list in its own answer means no key; no output at all is no answer (Wine\'s stub PowerShell)', () => {
    expect(parseCimJson(readFixture('cim-no-key.json'))).toEqual({ kind: 'empty' });
    expect(inEnglish(parseCimJson(''))).toMatchObject({ kind: 'unrecognized', reason: expect.stringMatching(/printed nothing/) });
    expect(parseCimJson('\uFEFF\r\n').kind).toBe('unrecognized');
  });

  it('JSON without the answer marker is not an answer, whatever it holds', () => {
    expect(parseCimJson('[]').kind).toBe('unrecognized');
    expect(parseCimJson('{"products":[]}').kind).toBe('unrecognized');
    expect(parseCimJson('{"answer":"winlink-tutor/license/1","products":{}}').kind).toBe('unrecognized');
    expect(parseCimJson('{"Name":"Windows(R), Core edition","LicenseStatus":1}').kind).toBe('unrecognized');
  });

  it('calls PowerShell error text unrecognized', () => {
    expect(parseCimJson(readFixture('powershell-error.txt')).kind).toBe('unrecognized');
  });

  it('calls JSON without LicenseStatus unrecognized', () => {
    expect(parseCimJson(answer('{"Name":"Windows(R), Professional edition"}')).kind).toBe('unrecognized');
  });

  it.each([
    [0, 'not-activated', 'Unlicensed'],
    [2, 'grace', 'Initial grace period'],
    [3, 'grace', 'Additional grace period (KMS license expired or hardware out of tolerance)'],
    [4, 'grace', 'Non-genuine grace period'],
    [5, 'notification', 'Notification'],
    [6, 'grace', 'Extended grace period'],
    [9, 'unknown', 'Unknown license status 9'],
  ])('maps LicenseStatus %i to %s', (status, state, detail) => {
    const json = `{"Name":"Windows(R), Education edition","Description":"x","PartialProductKey":"AB12C","LicenseStatus":${status},"GracePeriodRemaining":43200}`;
    const license = licenseOf(parseCimJson(answer(json)));
    expect(license.state).toBe(state);
    expect(license.statusDetail).toBe(detail);
    expect(license.channel).toBe('Unknown');
    expect(license.permanent).toBe(false);
  });
});

describe('parseSlmgrDli', () => {
  it('reads the retail fixture; no expiration line means permanent', () => {
    expect(licenseOf(parseSlmgrDli(readFixture('slmgr-dli-retail.txt')))).toEqual({
      edition: 'Pro',
      channel: 'Retail',
      state: 'activated',
      statusDetail: 'Licensed',
      partialKey: '7QX4M',
      errorCode: null,
      permanent: true,
    });
  });

  it('reads notification mode and its reason as the error code', () => {
    const license = licenseOf(parseSlmgrDli(readFixture('slmgr-dli-notification.txt')));
    expect([license.state, license.channel, license.edition, license.partialKey, license.errorCode]).toEqual(['notification', 'OEM', 'Home', 'K2D9P', '0xC004F034']);
  });

  it('reads a KMS client with an expiration line as not permanent, ignoring a leading warning', () => {
    const out = [
      'Warning: SLMGR was not able to validate the current product key for Windows.',
      '',
      'Name: Windows(R), Enterprise edition',
      'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
      'Partial Product Key: R4T2Q',
      'License Status: Licensed',
      'Volume activation expiration: 259200 minute(s) (180 day(s))',
      '',
      'Key Management Service client information',
      '    Client Machine ID (CMID): 00000000-0000-0000-0000-000000000000',
      '    Registered KMS machine name: kms.example.test:1688',
    ].join('\r\n');
    const license = licenseOf(parseSlmgrDli(out));
    expect([license.channel, license.state, license.permanent]).toEqual(['Volume', 'activated', false]);
  });

  it('reads "Additional grace period (…)" as grace', () => {
    const out = 'Name: Windows(R), Professional edition\nDescription: Windows(R) Operating System, RETAIL channel\n' +
      'Partial Product Key: 7QX4M\nLicense Status: Additional grace period (KMS license expired or hardware out of tolerance)\n' +
      'Time remaining: 43200 minute(s) (30 day(s))\n';
    expect(licenseOf(parseSlmgrDli(out)).state).toBe('grace');
  });

  it('calls German output unrecognized instead of guessing', () => {
    const result = parseSlmgrDli(readFixture('slmgr-dli-german.txt'));
    expect(result.kind).toBe('unrecognized');
    expect(result.kind === 'unrecognized' ? inEnglish(result.reason) : '').toMatch(/language other than English/);
  });

  it('calls an unknown status value unrecognized', () => {
    expect(parseSlmgrDli('Name: Windows(R), Professional edition\nLicense Status: Lizenziert\n').kind).toBe('unrecognized');
  });

  it('reports "product key not found" as empty and no output as unrecognized', () => {
    expect(parseSlmgrDli('Error: product key not found.\r\n')).toEqual({ kind: 'empty' });
    expect(parseSlmgrDli('  \r\n').kind).toBe('unrecognized');
  });

  it('handles a license that is not in use (no partial key line)', () => {
    const license = licenseOf(parseSlmgrDli('Name: Windows(R), Core edition\nThis license is not in use.\nLicense Status: Unlicensed\n'));
    expect([license.partialKey, license.state]).toEqual([null, 'not-activated']);
  });
});

describe('parseSlmgrXpr', () => {
  it('reads permanent activation', () => {
    expect(parseSlmgrXpr(readFixture('slmgr-xpr-permanent.txt'))).toEqual({
      kind: 'expiry',
      edition: 'Pro',
      state: 'activated',
      permanent: true,
      endsText: null,
    });
  });

  it('reads volume expiry with its date', () => {
    expect(parseSlmgrXpr('Windows(R), Enterprise edition:\r\n    Volume activation will expire 5/21/2026 3:14:15 PM\r\n')).toEqual({
      kind: 'expiry',
      edition: 'Enterprise',
      state: 'activated',
      permanent: false,
      endsText: '5/21/2026 3:14:15 PM',
    });
  });

  it.each([
    ['    Windows is in Notification mode', 'notification'],
    ['    Initial grace period ends 12/1/2026 9:00:00 AM', 'grace'],
    ['    Unlicensed', 'not-activated'],
  ])('reads %j as %s', (line, state) => {
    const result = parseSlmgrXpr(`Windows(R), Core edition:\n${line}\n`);
    expect(result.kind === 'expiry' ? [result.state, result.permanent, result.edition] : result).toEqual([state, false, 'Home']);
  });

  it('calls non-English output unrecognized and a missing key empty', () => {
    expect(parseSlmgrXpr('Windows(R), Professional edition:\n    Der Computer ist dauerhaft aktiviert.\n').kind).toBe('unrecognized');
    expect(parseSlmgrXpr('Error: product key not found.').kind).toBe('empty');
    expect(parseSlmgrXpr(readFixture('slmgr-dli-retail.txt')).kind).toBe('unrecognized');
  });
});
