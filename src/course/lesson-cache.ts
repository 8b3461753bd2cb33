import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDirs } from '../user-dirs.js';
import type { ParsedLessonCache } from './load-course.js';
import { isCleanParsedLesson } from './parsed-lesson-shape.js';
import { readRegularFile } from './read-regular-file.js';
import { isRecord } from './yaml-block.js';

/** As read from disk, `parsed` is unchecked until a lookup needs it. */
interface CacheEntry {
  /** sha256 of the file's bytes: any edit changes it, whatever happens to size and time. */
  readonly hash: string;
  readonly parsed: unknown;
}

interface CacheFile {
  readonly key: string;
  readonly entries: Record<string, CacheEntry>;
}

export interface FileLessonCache extends ParsedLessonCache {
  /** Writes the cache if anything changed; failures are ignored (it is only a cache). */
  save(): void;
}

/**
 * Parsed lessons kept in the user's cache folder, so a large course starts as fast as a small
 * one. The key includes the program's own build, so a new parser never reads old results.
 */
export function openLessonCache(lessonsDir: string, version: string, cacheDir = userDirs().cache): FileLessonCache {
  const key = `${version}:${buildStamp()}`;
  const dirHash = createHash('sha1').update(path.resolve(lessonsDir)).digest('hex').slice(0, 16);
  const file = path.join(cacheDir, `lessons-${dirHash}.json`);
  const entries = read(file, key);
  let changed = false;
  return {
    lookup(lesson, hash) {
      const entry = entries.get(lesson);
      if (!entry || entry.hash !== hash) return undefined;
      // Checked here rather than on read, so only lessons still in the folder cost the check.
      if (isCleanParsedLesson(entry.parsed, lesson)) return entry.parsed;
      entries.delete(lesson);
      changed = true;
      return undefined;
    },
    store(lesson, hash, parsed) {
      entries.set(lesson, { hash, parsed });
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temp = `${file}.tmp-${process.pid}`;
        writeFileSync(temp, JSON.stringify({ key, entries: Object.fromEntries(entries) } satisfies CacheFile), { mode: 0o600 });
        renameSync(temp, file);
        changed = false;
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

/** Far more than a cache of the largest course tried (5,000 lessons); more is not ours to read. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The cached entries, or none when the file is missing, not JSON, of another build or another
 * shape, or not a regular file (a FIFO there must not hang every command; a link to /dev/zero
 * must not be read without end).
 */
function read(file: string, key: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  try {
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    if (read.kind !== 'ok') return entries;
    const data: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (!isRecord(data) || data.key !== key || !isRecord(data.entries)) return entries;
    for (const [lesson, entry] of Object.entries(data.entries)) {
      if (isRecord(entry) && typeof entry.hash === 'string') entries.set(lesson, { hash: entry.hash, parsed: entry.parsed });
    }
  } catch {
    // Missing or unreadable: start empty.
  }
  return entries;
}

function buildStamp(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}
