import * as nodeFs from 'node:fs';
import { said, type Sentence } from '../probes/sentence.js';
import { renameWithRetry, type Fs } from './progress-file.js';

export type MoveAside = { readonly ok: true; readonly notice: Sentence } | { readonly ok: false; readonly notice: Sentence; readonly error: string };

/**
 * Renames an unreadable progress file to `<file>.corrupt-<timestamp>` (never deletes it, and
 * renames a link itself, never its target) and returns the one line to tell the user, as data:
 * the edge says it in the user's language. `othersKept`: only this course starts fresh.
 * A counter keeps two copies from the same moment apart.
 */
export function moveAside(file: string, when: Date, reason: Sentence, fs: Pick<Fs, 'renameSync'> = nodeFs, othersKept = false): MoveAside {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let copy = 2; nodeFs.existsSync(target); copy++) target = `${file}.corrupt-${stamp}-${copy}`;
  try {
    renameWithRetry(file, target, fs);
    return { ok: true, notice: said(othersKept ? 'progress.movedAsideOthersKept' : 'progress.movedAside', { reason, copy: target }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, error: code, notice: said('progress.notMovedAside', { file, reason, code }) };
  }
}
