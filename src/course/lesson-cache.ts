import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDirs } from '../user-dirs.js';
import type { FileStamp, ParsedLessonCache } from './load-course.js';
import type { ParsedLesson } from './parse-lesson.js';

interface CacheFile {
  readonly key: string;
  readonly entries: Record<string, FileStamp & { readonly parsed: ParsedLesson }>;
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
  const loaded = read(file, key);
  const entries: CacheFile['entries'] = { ...loaded };
  let changed = false;
  return {
    lookup(lesson, stamp) {
      const entry = entries[lesson];
      return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.parsed : undefined;
    },
    store(lesson, stamp, parsed) {
      entries[lesson] = { size: stamp.size, mtimeMs: stamp.mtimeMs, parsed };
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temp = `${file}.tmp-${process.pid}`;
        writeFileSync(temp, JSON.stringify({ key, entries } satisfies CacheFile), { mode: 0o600 });
        renameSync(temp, file);
        changed = false;
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

function read(file: string, key: string): CacheFile['entries'] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    return data.key === key && typeof data.entries === 'object' && data.entries !== null ? data.entries : {};
  } catch {
    return {};
  }
}

function buildStamp(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}
