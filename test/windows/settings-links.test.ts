import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { PRIVACY_SETTINGS } from '../../src/probes/privacy-settings.js';
import {
  isOpenableLink,
  openLink,
  SETTINGS_PAGES,
  settingsUri,
  type SpawnLike,
  type SpawnOptionsLike,
} from '../../src/windows/settings-links.js';

interface SpawnCall {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: SpawnOptionsLike;
}

function fakeSpawn(behaviour: 'ok' | 'throw' = 'ok') {
  const calls: SpawnCall[] = [];
  const events = { errorListeners: 0, unrefs: 0 };
  const spawn: SpawnLike = (command, args, options) => {
    calls.push({ command, args, options });
    if (behaviour === 'throw') throw new Error('spawn EACCES');
    return {
      on: () => {
        events.errorListeners += 1;
      },
      unref: () => {
        events.unrefs += 1;
      },
    };
  };
  return { spawn, calls, events };
}

describe('isOpenableLink', () => {
  it.each([
    'ms-settings:activation',
    'ms-settings:privacy-activityhistory',
    'https://account.microsoft.com/privacy/ad-settings',
    'https://learn.microsoft.com/windows/apps/develop/launch/launch-settings?view=x&a=1#top',
  ])('accepts %s', (link) => {
    expect(isOpenableLink(link)).toBe(true);
  });

  it.each([
    'ms-settings:foo&calc',
    'ms-settings:Activation',
    'ms-settings:',
    'ms-settings:activation calc',
    'ms-settings:-activation',
    'http://example.com/',
    'https://example.com/a b',
    'https://example.com/"&calc',
    "https://example.com/'x'",
    'https://example.com/\u0007',
    'https://example.com/a,b',
    'https://localhost/',
    'file:///C:/Windows/System32/calc.exe',
    'calc.exe',
    '',
  ])('rejects %j', (link) => {
    expect(isOpenableLink(link)).toBe(false);
  });

  it('accepts every known settings page', () => {
    expect(SETTINGS_PAGES.map(settingsUri).every(isOpenableLink)).toBe(true);
    expect(settingsUri('activation')).toBe('ms-settings:activation');
  });

  // Review 2026-12 N-I7: the list said "pages the lessons use" but missed findmydevice and held unused ones.
  it('lists exactly the settings pages the shipped lessons link to, and every page the privacy checkup names', () => {
    const used = new Set<string>();
    for (const file of readdirSync(DEFAULT_LESSONS_DIR).filter((name) => name.endsWith('.md'))) {
      for (const match of readFileSync(path.join(DEFAULT_LESSONS_DIR, file), 'utf8').matchAll(/ms-settings:([a-z-]+)/g)) used.add(match[1] ?? '');
    }
    expect([...SETTINGS_PAGES].sort()).toEqual([...used].sort());
    for (const setting of PRIVACY_SETTINGS) expect(SETTINGS_PAGES.map(settingsUri)).toContain(setting.page);
  });
});

describe('openLink', () => {
  it('starts explorer.exe on Windows with the URI as one argument and no shell', () => {
    const { spawn, calls, events } = fakeSpawn();
    expect(openLink('ms-settings:activation', { platform: 'win32', spawn })).toEqual({ opened: true });
    expect(calls).toEqual([
      {
        command: 'C:\\Windows\\explorer.exe',
        args: ['ms-settings:activation'],
        options: { detached: true, stdio: 'ignore', windowsHide: false, shell: false },
      },
    ]);
    expect(events).toEqual({ errorListeners: 1, unrefs: 1 });
  });

  it('opens https links the same way, under %SystemRoot%', () => {
    const { spawn, calls } = fakeSpawn();
    const url = 'https://account.microsoft.com/privacy/ad-settings';
    expect(openLink(url, { platform: 'win32', spawn, systemRoot: 'E:\\WINDOWS' })).toEqual({ opened: true });
    expect(calls[0]?.command).toBe('E:\\WINDOWS\\explorer.exe');
    expect(calls[0]?.args).toEqual([url]);
  });

  it('refuses an injection attempt without spawning', () => {
    const { spawn, calls } = fakeSpawn();
    expect(inEnglish(openLink('ms-settings:foo&calc', { platform: 'win32', spawn }))).toEqual({
      opened: false,
      reason: 'Not an allowed link: "ms-settings:foo&calc"',
    });
    expect(calls).toEqual([]);
  });

  it('explains instead of opening on other platforms', () => {
    const { spawn, calls } = fakeSpawn();
    expect(inEnglish(openLink('ms-settings:yourinfo', { platform: 'linux', spawn }))).toEqual({
      opened: false,
      reason: 'Settings pages open only on Windows',
    });
    expect(inEnglish(openLink('https://account.microsoft.com/privacy/ad-settings', { platform: 'darwin', spawn }))).toEqual({
      opened: false,
      reason: 'Open this address in your browser: https://account.microsoft.com/privacy/ad-settings',
    });
    expect(calls).toEqual([]);
  });

  it('returns a reason when spawning throws', () => {
    const { spawn } = fakeSpawn('throw');
    expect(inEnglish(openLink('ms-settings:activation', { platform: 'win32', spawn }))).toEqual({
      opened: false,
      reason: 'Windows could not open ms-settings:activation: spawn EACCES',
    });
  });
});

describe('opening a page when explorer.exe is missing', () => {
  it('says so instead of claiming it opened, and starts nothing', () => {
    const started: string[] = [];
    const result = openLink('ms-settings:activation', {
      platform: 'win32',
      spawn: (command) => {
        started.push(command);
        throw new Error('should not start');
      },
      fileExists: () => false,
    });
    expect(started).toEqual([]);
    expect(inEnglish(result)).toMatchObject({ opened: false, reason: expect.stringMatching(/explorer\.exe was not found/) });
  });
});
