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
