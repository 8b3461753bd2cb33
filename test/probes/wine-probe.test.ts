import { describe, expect, it } from 'vitest';
import { runStatus } from '../../src/commands/status.js';
import { detectWine } from '../../src/probes/wine-probe.js';
import { failed, fakeRunner, notFound, ok, timedOut } from '../windows/fake-runner.js';

const WINE_REG = '\r\nHKEY_CURRENT_USER\\Software\\Wine\r\n    Version    REG_SZ    win10\r\n\r\nHKEY_CURRENT_USER\\Software\\Wine\\Debug\r\n';

describe('detectWine', () => {
  it('is Wine only when reg.exe lists HKCU\\Software\\Wine', async () => {
    expect(await detectWine({ platform: 'win32', run: fakeRunner({ 'reg.exe': ok(WINE_REG) }).run })).toBe(true);
  });

  it('is Windows when reg.exe ran and found no such key', async () => {
    const missing = failed('ERROR: The system was unable to find the specified registry key or value.');
    expect(await detectWine({ platform: 'win32', run: fakeRunner({ 'reg.exe': missing }).run })).toBe(false);
  });

  it.each([
    ['a stub that prints nothing and exits 0', ok('')],
    ['an unexpected shape', ok('Software\\Wine')],
    ['no reg.exe', notFound],
    ['a timeout', timedOut],
    ['another exit code', failed('', 5)],
  ])('is unknown for %s', async (_name, outcome) => {
    expect(await detectWine({ platform: 'win32', run: fakeRunner({ 'reg.exe': outcome }).run })).toBeNull();
  });

  it('status says so, and Wine\'s stub PowerShell is "could not check", never "not activated"', async () => {
    const { run } = fakeRunner({ 'reg.exe': ok(WINE_REG), 'powershell.exe': ok(''), 'cscript.exe': failed('Input Error: Can not find script file', 1) });
    const text = await runStatus({ json: false }, { platform: 'win32', run });
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^Running under Wine/);
    expect(text.stderr).not.toMatch(/not activated/i);
    const json = JSON.parse((await runStatus({ json: true }, { platform: 'win32', run })).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ wine: true, checked: false, state: 'unknown' });
  });
});
