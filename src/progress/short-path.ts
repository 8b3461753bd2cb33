import { homedir } from 'node:os';
import path from 'node:path';

/**
 * A path as a user can read it in one line: the home folder as `~`, so the actionable part of a
 * message ("remove config.json.lock from ~/.config/winlink-tutor") fits an 80-column top line.
 */
export function shortPath(file: string, home = homedir()): string {
  if (home && home !== path.sep && (file === home || file.startsWith(home + path.sep))) return `~${file.slice(home.length)}`;
  return file;
}

/** "remove <name> from <folder>": the file name first, so a cut line still says what to remove. */
export function removeAdvice(file: string): string {
  return `remove ${path.basename(file)} from ${shortPath(path.dirname(file))}`;
}
