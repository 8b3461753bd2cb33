import { homedir } from 'node:os';
import path from 'node:path';

const NAME = 'winlink-tutor';

/**
 * Where progress and the lesson cache live: the places env-paths (and so conf) would choose,
 * except that a relative XDG_CONFIG_HOME / XDG_CACHE_HOME is ignored, as the XDG spec says,
 * instead of scattering files relative to whatever folder the tutorial was started from.
 * WINLINK_CONFIG_DIR (the progress folder itself) and WINLINK_CACHE_DIR (the cache folder
 * itself) win on every OS, so a portable copy or a test can choose them where XDG does not
 * apply (macOS, Windows); relative values are ignored for the same reason as XDG's.
 */
export function userDirs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): { config: string; cache: string } {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const own = (value: string | undefined) => (value && paths.isAbsolute(value) ? value : undefined);
  const defaults = platformDirs(env, platform, home);
  return { config: own(env.WINLINK_CONFIG_DIR) ?? defaults.config, cache: own(env.WINLINK_CACHE_DIR) ?? defaults.cache };
}

function platformDirs(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): { config: string; cache: string } {
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
    const localAppData = env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local');
    return { config: path.win32.join(appData, NAME, 'Config'), cache: path.win32.join(localAppData, NAME, 'Cache') };
  }
  // POSIX paths by name, so the answer for macOS or Linux is the same whichever OS asks (tests on Windows).
  if (platform === 'darwin') {
    return { config: path.posix.join(home, 'Library', 'Preferences', NAME), cache: path.posix.join(home, 'Library', 'Caches', NAME) };
  }
  const xdg = (value: string | undefined, fallback: string) => path.posix.join(value && path.posix.isAbsolute(value) ? value : path.posix.join(home, fallback), NAME);
  return { config: xdg(env.XDG_CONFIG_HOME, '.config'), cache: xdg(env.XDG_CACHE_HOME, '.cache') };
}
