import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { editionFromCaption, editionFromId, editionFromSku, readEdition } from '../../src/probes/edition-probe.js';
import { parsePowerShellAnswer } from '../../src/probes/powershell-answer.js';
import { known } from '../../src/probes/probe-types.js';
import { createRegistryReader } from '../../src/probes/registry-reader.js';
import { readVersion, versionFromRelease } from '../../src/probes/version-probe.js';
import type { CommandOutcome } from '../../src/windows/command-runner.js';
import { failed, ok } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';
import { CURRENT_VERSION, fakeWindows } from './system-fakes.js';

const reader = (currentVersion: CommandOutcome) =>
  createRegistryReader({ run: fakeWindows({ reg: { [CURRENT_VERSION]: currentVersion } }).run, regExe: 'C:\\Windows\\System32\\reg.exe', timeoutMs: 1000 });
const stubPowerShell = () => Promise.resolve(parsePowerShellAnswer(''));

describe('Windows version and build from os.release()', () => {
  it('22000 and later is Windows 11; 10240 to 21999 is Windows 10', () => {
    expect(versionFromRelease('10.0.22631')).toEqual({ version: known('11'), build: known(22631) });
    expect(versionFromRelease('10.0.22000')).toEqual({ version: known('11'), build: known(22000) });
    expect(versionFromRelease('10.0.19045')).toEqual({ version: known('10'), build: known(19045) });
    expect(versionFromRelease('10.0.18362')).toEqual({ version: known('10'), build: known(18362) });
  });

  it('older Windows keeps its build but is neither 10 nor 11; no build at all is unknown', () => {
    const seven = versionFromRelease('6.1.7601');
    expect(seven.build).toEqual(known(7601));
    expect(seven.version.known).toBe(false);
    expect(versionFromRelease('garbage').build.known).toBe(false);
  });
});

describe('DisplayVersion from the registry, never ProductName', () => {
  it('Windows 11 23H2 (ProductName there says "Windows 10 Pro": not read)', async () => {
    const reading = await readVersion(reader(ok(readFixture('reg-currentversion-win11-23h2.txt'))), '10.0.22631');
    expect(reading).toEqual({ version: known('11'), build: known(22631), displayVersion: known('23H2') });
  });

  it('before 20H2 there is no DisplayVersion: ReleaseId instead', async () => {
    const reading = await readVersion(reader(ok(readFixture('reg-currentversion-win10-1909.txt'))), '10.0.18363');
    expect(reading.displayVersion).toEqual(known('1909'));
  });

  it("Wine's registry says build 7601 while Windows reports 18362: its names are not used", async () => {
    const reading = await readVersion(reader(ok(readFixture('reg-currentversion-wine.txt'))), '10.0.18362');
    expect(reading.version).toEqual(known('10'));
    expect(reading.build).toEqual(known(18362));
    expect(inEnglish(inEnglish(reading.displayVersion))).toEqual({ known: false, reason: 'The registry describes build 7601, but Windows reports build 18362 (as under Wine), so the registry\'s names are not used.' });
  });

  it('a registry that cannot be read leaves the version from os.release() standing', async () => {
    const reading = await readVersion(reader(failed('access denied', 5)), '10.0.22631');
    expect(reading.version).toEqual(known('11'));
    expect(reading.displayVersion.known).toBe(false);
  });
});

describe('edition', () => {
  it('EditionID as the name Settings shows (Core is Home)', () => {
    expect(editionFromId('Core')).toBe('Home');
    expect(editionFromId('Professional')).toBe('Pro');
    expect(editionFromId('ProfessionalWorkstation')).toBe('Pro for Workstations');
    // Review K10: the common ids outside Home/Pro get their Settings names; others are marked as Windows' own id.
    expect(editionFromId('IoTEnterpriseS')).toBe('IoT Enterprise LTSC');
    expect(editionFromId('CloudEdition')).toBe('SE');
    expect(editionFromId('EnterpriseN')).toBe('Enterprise N');
    // Windows' own id stays as it is; the words around it are the user's language (English here).
    expect(inEnglish(editionFromId('ServerStandard'))).toBe('"ServerStandard" (as Windows names it)');
    expect(editionFromId('Pro; rm -rf')).toBeNull();
  });

  it("OperatingSystemSKU by GetProductInfo's table; Caption minus \"Microsoft Windows 11\"", () => {
    expect(editionFromSku(48)).toBe('Pro');
    expect(editionFromSku(101)).toBe('Home');
    expect(editionFromSku(999)).toBeNull();
    expect(editionFromSku('48')).toBeNull();
    expect(editionFromCaption('Microsoft Windows 11 Pro')).toBe('Pro');
    expect(editionFromCaption('Майкрософт Windows 10 Домашняя')).toBe('Домашняя');
    expect(editionFromCaption('Microsoft Windows 7 Professional')).toBeNull();
  });

  it('the registry first; PowerShell only when the registry cannot tell', async () => {
    let asked = false;
    const ps = () => {
      asked = true;
      return stubPowerShell();
    };
    expect(await readEdition(reader(ok(readFixture('reg-currentversion-win11-23h2.txt'))), known(22631), ps)).toEqual(known('Pro'));
    expect(asked).toBe(false);
    expect(await readEdition(reader(ok(readFixture('reg-currentversion-win10-1909.txt'))), known(18363), ps)).toEqual(known('Home'));
  });

  it('under Wine: no EditionID that matches this build and a stub PowerShell → unknown, with both reasons', async () => {
    const edition = await readEdition(reader(ok(readFixture('reg-currentversion-wine.txt'))), known(18362), stubPowerShell);
    expect(edition.known).toBe(false);
    expect(inEnglish(edition.known ? '' : edition.reason)).toMatch(/build 7601.*PowerShell printed nothing/);
  });

  it('falls back to the SKU from PowerShell', async () => {
    const ps = () => Promise.resolve(parsePowerShellAnswer(readFixture('ps-system-local-ru.json')));
    expect(await readEdition(reader(ok(readFixture('reg-currentversion-wine.txt'))), known(18362), ps)).toEqual(known('Home'));
  });
});

describe('Windows Server shares the client build numbers (review W5)', () => {
  it('InstallationType Server or Server Core: the version is unknown, never 10 or 11; the build stays', async () => {
    const server = await readVersion(reader(ok(readFixture('reg-currentversion-server2022.txt'))), '10.0.20348');
    expect(inEnglish(server.version)).toEqual({ known: false, reason: expect.stringContaining('type "Server"') });
    expect(server.build).toEqual(known(20348));
    const core = ok(readFixture('reg-currentversion-win11-23h2.txt').replace('InstallationType    REG_SZ    Client', 'InstallationType    REG_SZ    Server Core'));
    expect(inEnglish((await readVersion(reader(core), '10.0.22631')).version)).toEqual({ known: false, reason: expect.stringContaining('type "Server Core"') });
  });

  it('Client keeps the reading by build; no InstallationType at all (as under Wine) too', async () => {
    expect((await readVersion(reader(ok(readFixture('reg-currentversion-win11-23h2.txt'))), '10.0.22631')).version).toEqual(known('11'));
    expect((await readVersion(reader(ok(readFixture('reg-currentversion-wine.txt'))), '10.0.18362')).version).toEqual(known('10'));
  });
});
