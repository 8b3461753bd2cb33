/**
 * Registry values seeded in the Wine prefix with `wine reg add` and removed afterwards: keys the
 * seeds created are deleted, keys Wine already had lose only the seeded values, so the shared
 * prefix stays as Wine made it.
 */
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { findWine, wineEnv } from './wine-env.js';

export function wineReg(args: readonly string[]): boolean {
  try {
    execFileSync(findWine(), ['reg', ...args], { env: wineEnv(), stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

export function registrySeeds(): { seed: (key: string, name: string, type: string, data: string) => void; cleanUp: () => void } {
  /** Keys that did not exist before seeding (deleted afterwards), and values added to keys that did. */
  const created: string[] = [];
  const added: [key: string, name: string][] = [];
  return {
    seed(key, name, type, data) {
      if (!wineReg(['query', key]) && !created.some((done) => key.toLowerCase().startsWith(done.toLowerCase()))) created.push(key);
      else added.push([key, name]);
      expect(wineReg(['add', key, '/v', name, '/t', type, '/d', data, '/f']), `${key}\\${name}`).toBe(true);
    },
    cleanUp() {
      for (const [key, name] of added.splice(0)) wineReg(['delete', key, '/v', name, '/f']);
      for (const key of created.splice(0).reverse()) wineReg(['delete', key, '/f']);
    },
  };
}
