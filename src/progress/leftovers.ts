import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** No write takes this long: a temporary file this old belongs to a killed process. */
const ORPHAN_AGE_MS = 60_000;

/**
 * Deletes the `config.json.tmp-…` files an atomic write leaves behind when its process is
 * killed mid-write. Each is a full copy of the progress, so they would pile up otherwise.
 */
export function removeOrphanedTemps(file: string, now = Date.now()): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  // Temporary copies of killed writes, and stale locks a killed takeover had moved aside. Not
  // `.lock.break`: the lock code judges a breaker by its process, never by its age.
  const leftover = (name: string) => name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.lock.stale-`) || name.startsWith(`${base}.lock.break.stale-`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter(leftover)) {
    const temp = path.join(dir, name);
    try {
      if (now - statSync(temp).mtimeMs > ORPHAN_AGE_MS) rmSync(temp, { force: true });
    } catch {
      // Renamed or removed meanwhile: nothing to clean.
    }
  }
}
