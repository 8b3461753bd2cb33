import { existsSync, renameSync } from 'node:fs';

/**
 * Renames an unreadable progress file to `<file>.corrupt-<timestamp>` (never deletes it) and
 * returns the one line to tell the user. A counter keeps two copies from the same moment apart.
 */
export function moveAside(file: string | null, when: Date): string | null {
  if (!file || !existsSync(file)) return null;
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let copy = 2; existsSync(target); copy++) target = `${file}.corrupt-${stamp}-${copy}`;
  try {
    renameSync(file, target);
    return `Your saved progress could not be read, so it was moved to ${target} and the tutorial starts fresh.`;
  } catch {
    return `Your saved progress at ${file} could not be read; the tutorial starts fresh without changing it.`;
  }
}
