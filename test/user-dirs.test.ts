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
});

describe('the built CLI with relative XDG folders', () => {
  it('where ignores a relative XDG_CONFIG_HOME instead of using a folder relative to the current one', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const home = mkdtempSync(path.join(tmpdir(), 'winlink-home-'));
    const result = spawnSync(process.execPath, ['dist/cli.js', 'where'], { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: 'relative/config' }, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(path.join(home, '.config', 'winlink-tutor', 'config.json'));
  });
});
