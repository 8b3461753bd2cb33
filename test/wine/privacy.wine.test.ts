/**
 * The privacy checkup against a real reg.exe (Wine's): values seeded with `wine reg add` must be
 * read back as on, off, never changed and set by a policy. The seeds are removed afterwards, so
 * the shared prefix stays as Wine made it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupE2e, makeConfigHome, startCli } from '../e2e/pty-harness.js';
import type { PrivacyJson } from '../../src/commands/privacy.js';
import type { ProgressData } from '../../src/progress/model.js';
import { findWine, makeProfile, nodeExe, ROOT, runWindowsCli, waitForProgress, wineEnv, winPath } from './wine-env.js';

afterEach(cleanupE2e);

const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';
const SEEDS: readonly (readonly [key: string, name: string, type: string, data: string])[] = [
  [`${CV}\\AdvertisingInfo`, 'Enabled', 'REG_DWORD', '0'],
  ['HKCU\\Control Panel\\International\\User Profile', 'HttpAcceptLanguageOptOut', 'REG_DWORD', '0'],
  // Wine 8's reg.exe prints REG_QWORD data as "(null)", so the QWORD case is tested on fixtures only.
  ['HKCU\\Software\\Microsoft\\Siuf\\Rules', 'PeriodInNanoSeconds', 'REG_DWORD', '100000000'],
  ['HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection', 'AllowTelemetry', 'REG_DWORD', '1'],
];
/** Keys the seeds created (deepest first), deleted afterwards. */
const CREATED = [`${CV}\\AdvertisingInfo`, 'HKCU\\Control Panel\\International\\User Profile', 'HKCU\\Software\\Microsoft\\Siuf', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection'];

function reg(args: readonly string[]): void {
  execFileSync(findWine(), ['reg', ...args], { env: wineEnv(), stdio: 'ignore', timeout: 60_000 });
}

function cleanUp(): void {
  for (const key of CREATED) {
    try {
      reg(['delete', key, '/f']);
    } catch {
      // Not there (a first run, or already removed).
    }
  }
}

describe('privacy under Wine (a real reg.exe)', () => {
  beforeAll(() => {
    cleanUp();
    for (const [key, name, type, data] of SEEDS) reg(['add', key, '/v', name, '/t', type, '/d', data, '/f']);
  });
  afterAll(cleanUp);

  it('privacy --json reads the seeded values back: off, on, set by a policy, never changed', () => {
    makeProfile();
    const result = runWindowsCli(['privacy', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as PrivacyJson;
    const state = Object.fromEntries(json.settings.map((setting) => [setting.id, setting.state]));
    expect(json.platform).toBe('win32');
    expect(json.wine).toBe(true);
    expect(state).toMatchObject({
      'advertising-id': 'off',
      'language-list': 'on',
      'feedback-frequency': 'on',
      'diagnostic-data': 'managed',
      'app-launch-tracking': 'default',
      'online-speech': 'default',
      'activity-history': 'unknown',
    });
    expect(json.settings.find((setting) => setting.id === 'feedback-frequency')?.detail).toMatch(/Always/);
    expect(result.stderr).toMatch(/Running under Wine/);
  });

  it('privacy (text) says what it read and that this is Wine', () => {
    makeProfile();
    const result = runWindowsCli(['privacy']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Running under Wine/);
    expect(result.stdout).toMatch(/advertising-id: off/);
    expect(result.stdout).toMatch(/diagnostic-data: set by a policy: off/);
  });

  it('the tutorial ticks a verify step itself when Windows agrees, and marks it confirmed by Windows', async () => {
    const profile = makeProfile();
    const tutor = startCli({
      configHome: makeConfigHome(),
      launcher: [findWine(), nodeExe(), winPath(path.join(ROOT, 'dist', 'cli.js')), '--lesson', 'privacy-controls'],
      env: wineEnv(),
      // Wine's console breaks styled lines that come near its right edge a few columns early
      // (seen at 80x24 on lesson 5's first step), which scrolls the step header away; a wider
      // window keeps every line of the step clear of that edge.
      cols: 100,
    });
    // Step 2 asks to turn the advertising ID off; the seeded registry says it is off.
    await tutor.waitFor(/Step 1 of \d+/, 60_000);
    await tutor.press('n');
    const ofLesson = (progress: ProgressData | undefined) => progress?.lessons['privacy-controls'];
    const lesson = ofLesson(await waitForProgress(profile, (progress) => ofLesson(progress)?.confirmed?.includes('advertising-id') === true, 60_000));
    expect(lesson?.completed).toContain('advertising-id');
    expect(lesson?.confirmed).toContain('advertising-id');
    // The tick line is below the step's text: page down until it shows (Wine's early line breaks
    // make the step a line or two longer than the app laid it out).
    for (let page = 0; page < 6; page += 1) {
      await tutor.press('d');
      if (/Confirmed by Windows/.test(await tutor.waitFor(/lines \d+-\d+ of \d+|Confirmed by Windows/, 10_000))) break;
    }
    await tutor.waitFor(/Confirmed by Windows/, 30_000);
    await tutor.press('q');
    expect(await tutor.waitForExit(60_000)).toBe(0);
  });
});
