import * as nodeFs from 'node:fs';
import { renameWithRetry, type Fs } from './progress-file.js';

export type MoveAside = { readonly ok: true; readonly notice: string } | { readonly ok: false; readonly notice: string; readonly error: string };

/**
 * Renames an unreadable progress file to `<file>.corrupt-<timestamp>` (never deletes it, and
 * renames a link itself, never its target) and returns the one line to tell the user.
 * A counter keeps two copies from the same moment apart.
 */
export function moveAside(file: string, when: Date, reason: string, fs: Pick<Fs, 'renameSync'> = nodeFs, after = 'the tutorial starts fresh'): MoveAside {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let copy = 2; nodeFs.existsSync(target); copy++) target = `${file}.corrupt-${stamp}-${copy}`;
  try {
    renameWithRetry(file, target, fs);
    return { ok: true, notice: `Your saved progress could not be read (${reason}), so it was moved to ${target} and ${after}.` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, error: code, notice: `Your saved progress at ${file} could not be read (${reason}) nor moved aside (${code}); it was left as it is.` };
  }
}
