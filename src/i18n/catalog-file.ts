import path from 'node:path';
import { readRegularFile } from '../course/read-regular-file.js';
import { CATALOG_DIR } from '../paths.js';

/** Far above any catalog (the largest is ~70 kB); a file beyond it is not one of ours. */
const MAX_CATALOG_BYTES = 4 * 1024 * 1024;

/**
 * A catalog file of the package (`relative` to src/i18n) as parsed JSON, or undefined when it is
 * missing, not a regular file, too large or not JSON: an incomplete install then shows English
 * instead of failing (callers check the shape of what they get).
 */
export function readCatalogFile(relative: string, dir = CATALOG_DIR): unknown {
  try {
    const read = readRegularFile(path.join(dir, relative), MAX_CATALOG_BYTES);
    return read.kind === 'ok' ? (JSON.parse(read.bytes.toString('utf8')) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One file per language, read the first time that language is asked for and kept: `relativeOf`
 * names the file (null: a language we ship no file for), `shape` makes the kept value of what was
 * read (a file that is missing or not a JSON object counts as an empty one). A reader of its own
 * (tests) neither reads nor fills the kept copies.
 */
export function perLanguage<T>(relativeOf: (language: string) => string | null, shape: (file: Record<string, unknown>) => T, kept = new Map<string, T>()) {
  return (language: string, read: (relative: string) => unknown = readCatalogFile): T => {
    const ours = read === readCatalogFile;
    let value = ours ? kept.get(language) : undefined;
    if (value === undefined) {
      const relative = relativeOf(language);
      const file = relative === null ? undefined : read(relative);
      value = shape(isPlainObject(file) ? file : {});
      if (ours) kept.set(language, value);
    }
    return value;
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
