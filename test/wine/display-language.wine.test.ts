/**
 * Windows' display language, detected with Wine's real reg.exe (issue 23: language detection on
 * each platform). Seeded in the prefix, read by the built CLI under Windows' own Node with no
 * --lang, WINLINK_LANG or saved choice: the labels must be that Windows' own (German Windows says
 * "Aktivierung"), and a value that is not clearly Windows' answer must mean English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySeeds, wineReg } from './registry-seeds.js';
import { makeProfile, runWindowsCli } from './wine-env.js';

const DESKTOP = 'HKCU\\Control Panel\\Desktop';
const MUI_CACHED = `${DESKTOP}\\MuiCached`;
const USER_CHOICE = 'PreferredUILanguages';
const SYSTEM_CHOICE = 'MachinePreferredUILanguages';

const { seed, cleanUp } = registrySeeds();

/** The course as `print` writes it, in the language the tutorial detects by itself. */
function printed(): string {
  makeProfile();
  const result = runWindowsCli(['print'], { WINLINK_LANG: '' });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const german = (text: string) => text.includes('Aktivierung') && text.includes('Aktivierungsstatus');

describe('Windows display language under Wine (a real reg.exe)', () => {
  beforeAll(() => {
    // Wine sets neither value: both places are proven absent, so English.
    wineReg(['delete', DESKTOP, '/v', USER_CHOICE, '/f']);
    expect(wineReg(['query', MUI_CACHED, '/v', SYSTEM_CHOICE])).toBe(false);
  });
  afterAll(cleanUp);

  it('nothing chosen anywhere: English labels', () => {
    const text = printed();
    expect(text).toContain('Activation');
    expect(german(text)).toBe(false);
  });

  it('PreferredUILanguages "de-DE" (REG_MULTI_SZ, the user\'s choice): German Windows\' labels', () => {
    seed(DESKTOP, USER_CHOICE, 'REG_MULTI_SZ', 'de-DE\\0en-US');
    expect(german(printed())).toBe(true);
  });

  it('the user never chose: the system\'s MachinePreferredUILanguages speaks', () => {
    expect(wineReg(['delete', DESKTOP, '/v', USER_CHOICE, '/f'])).toBe(true);
    seed(MUI_CACHED, SYSTEM_CHOICE, 'REG_MULTI_SZ', 'de-DE');
    expect(german(printed())).toBe(true);
  });

  it('an odd shape (REG_SZ garbage) is not Windows\' answer: English, not the next place', () => {
    seed(DESKTOP, USER_CHOICE, 'REG_SZ', 'de-DE garbage');
    const text = printed();
    expect(german(text)).toBe(false);
    expect(text).toContain('Activation');
  });

  it('a multi-string that is not a language tag: English', () => {
    seed(DESKTOP, USER_CHOICE, 'REG_MULTI_SZ', 'Deutsch (Deutschland)\\0de-DE');
    expect(german(printed())).toBe(false);
  });
});
