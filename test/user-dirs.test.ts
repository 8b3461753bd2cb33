import { describe, expect, it } from 'vitest';
import { userDirs } from '../src/user-dirs.js';

describe('user folders', () => {
  it('use absolute XDG folders and ignore relative ones, as the XDG spec says', () => {
    expect(userDirs({ XDG_CONFIG_HOME: '/x/config', XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/ana')).toEqual({
      config: '/x/config/winlink-tutor',
      cache: '/x/cache/winlink-tutor',
    });
    expect(userDirs({ XDG_CONFIG_HOME: 'rel/config', XDG_CACHE_HOME: './cache' }, 'linux', '/home/ana')).toEqual({
      config: '/home/ana/.config/winlink-tutor',
      cache: '/home/ana/.cache/winlink-tutor',
    });
  });

  it('match where conf kept progress on Windows and macOS, so nobody loses theirs', () => {
    expect(userDirs({ APPDATA: 'C:\\Users\\Jürgen Müller\\AppData\\Roaming' }, 'win32', 'C:\\Users\\Jürgen Müller').config).toBe(
      'C:\\Users\\Jürgen Müller\\AppData\\Roaming\\winlink-tutor\\Config',
    );
    expect(userDirs({}, 'darwin', '/Users/ana').config).toBe('/Users/ana/Library/Preferences/winlink-tutor');
  });

  it('WINLINK_CONFIG_DIR and WINLINK_CACHE_DIR win on every OS (XDG is read on Linux only); relative ones are ignored', () => {
    const chosen = { WINLINK_CONFIG_DIR: '/x/progress', WINLINK_CACHE_DIR: '/x/cache', XDG_CONFIG_HOME: '/y' };
    for (const platform of ['linux', 'darwin'] as const) expect(userDirs(chosen, platform, '/home/ana')).toEqual({ config: '/x/progress', cache: '/x/cache' });
    expect(userDirs({ WINLINK_CONFIG_DIR: 'D:\\portable\\progress', WINLINK_CACHE_DIR: '\\\\server\\share\\cache', APPDATA: 'C:\\A' }, 'win32', 'C:\\Users\\ana')).toEqual({
      config: 'D:\\portable\\progress',
      cache: '\\\\server\\share\\cache',
    });
    expect(userDirs({ WINLINK_CONFIG_DIR: 'rel', WINLINK_CACHE_DIR: '' }, 'linux', '/home/ana')).toEqual(userDirs({}, 'linux', '/home/ana'));
    expect(userDirs({ WINLINK_CONFIG_DIR: 'rel\\progress', APPDATA: 'C:\\A' }, 'win32', 'C:\\Users\\ana').config).toBe('C:\\A\\winlink-tutor\\Config');
  });
});

describe('the built CLI with relative XDG folders', () => {
  // XDG is read on Linux only (macOS and Windows keep conf's folders), so this holds there only.
  it.runIf(process.platform === 'linux')('where ignores a relative XDG_CONFIG_HOME instead of using a folder relative to the current one', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const home = mkdtempSync(path.join(tmpdir(), 'winlink-home-'));
    const result = spawnSync(process.execPath, ['dist/cli.js', 'where'], { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: 'relative/config' }, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(path.join(home, '.config', 'winlink-tutor', 'config.json'));
  });

  it('where names the WINLINK_CONFIG_DIR folder on every OS, whatever HOME and APPDATA say', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-own-')), 'progress');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'winlink-home-'));
    const env = { ...process.env, HOME: elsewhere, USERPROFILE: elsewhere, APPDATA: elsewhere, LOCALAPPDATA: elsewhere, XDG_CONFIG_HOME: elsewhere, WINLINK_CONFIG_DIR: dir };
    const result = spawnSync(process.execPath, ['dist/cli.js', 'where'], { env, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(path.join(dir, 'config.json'));
  });
});
