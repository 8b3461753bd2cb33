import { existsSync, renameSync } from 'node:fs';

/**
 * Renames an unreadable progress file to `<file>.corrupt-<timestamp>` (never deletes it, and
 * renames a link itself, never its target) and returns the one line to tell the user.
 * A counter keeps two copies from the same moment apart.
 */
export function moveAside(file: string, when: Date, reason: string): string | null {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let copy = 2; existsSync(target); copy++) target = `${file}.corrupt-${stamp}-${copy}`;
  try {
    renameSync(file, target);
    return `Your saved progress could not be read (${reason}), so it was moved to ${target} and the tutorial starts fresh.`;
  } catch {
    return `Your saved progress at ${file} could not be read (${reason}); the tutorial starts fresh without changing it.`;
  }
}
