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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
