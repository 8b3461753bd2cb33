import { homedir } from 'node:os';
import path from 'node:path';

const NAME = 'winlink-tutor';

/**
 * Where progress and the lesson cache live: the places env-paths (and so conf) would choose,
 * except that a relative XDG_CONFIG_HOME / XDG_CACHE_HOME is ignored, as the XDG spec says,
 * instead of scattering files relative to whatever folder the tutorial was started from.
 */
export function userDirs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): { config: string; cache: string } {
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
    const localAppData = env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local');
    return { config: path.win32.join(appData, NAME, 'Config'), cache: path.win32.join(localAppData, NAME, 'Cache') };
  }
  if (platform === 'darwin') {
    return { config: path.join(home, 'Library', 'Preferences', NAME), cache: path.join(home, 'Library', 'Caches', NAME) };
  }
  const xdg = (value: string | undefined, fallback: string) => path.join(value && path.isAbsolute(value) ? value : path.join(home, fallback), NAME);
  return { config: xdg(env.XDG_CONFIG_HOME, '.config'), cache: xdg(env.XDG_CACHE_HOME, '.cache') };
}
