import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDirs } from '../user-dirs.js';
import { FINGERPRINT, type LessonFingerprints } from './fingerprint.js';
import type { KeptValues, ParsedLessonCache } from './load-course.js';
import { isCleanParsedLesson } from './parsed-lesson-shape.js';
import { readRegularFile } from './read-regular-file.js';
import type { Lesson } from './types.js';
import { isRecord } from './yaml-block.js';

/** As read from disk, `parsed` is unchecked until a lookup needs it. */
interface CacheEntry {
  /** The file's bytes when it was parsed: a hit needs the same bytes, whatever size and time say. */
  readonly source: Buffer;
  readonly parsed: unknown;
  /** Values made from the parse (KeptValues), once a translation needed them; unchecked until asked for. */
  kept?: Record<string, unknown>;
}

/**
 * The file: one line of JSON (this header), then the lessons' bytes one after another. The
 * bytes stay out of the JSON so that reading them is a copy, not a parse; one file, so one
 * rename replaces both at once.
 */
interface CacheHeader {
  readonly key: string;
  /** The lessons folder, resolved: the file's name is only a short hash of it. */
  readonly dir: string;
  readonly entries: Record<string, { readonly offset: number; readonly length: number; readonly parsed: unknown; readonly kept?: unknown }>;
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
  const dir = path.resolve(lessonsDir);
  const file = path.join(cacheDir, `lessons-${shortHash(dir)}.cache`);
  const entries = read(file, key, dir);
  let changed = false;
  /** The entry `lesson` itself was looked up from or stored in (same object: same bytes). */
  const ownEntry = (lesson: Lesson): CacheEntry | undefined => {
    const entry = entries.get(lesson.file);
    return isRecord(entry?.parsed) && entry.parsed.lesson === lesson ? entry : undefined;
  };
  return {
    lookup(lesson, bytes) {
      const entry = entries.get(lesson);
      if (!entry?.source.equals(bytes)) return undefined;
      // Checked here rather than on read, so only lessons still in the folder cost the check.
      if (isCleanParsedLesson(entry.parsed, lesson)) return entry.parsed;
      entries.delete(lesson);
      changed = true;
      return undefined;
    },
    store(lesson, bytes, parsed) {
      entries.set(lesson, { source: Buffer.from(bytes), parsed });
      changed = true;
    },
    kept(lesson, name) {
      const value = ownEntry(lesson)?.kept?.[name];
      return VALID_KEPT[name](value, lesson) ? (value as KeptValues[typeof name]) : undefined;
    },
    keep(lesson, name, value) {
      const entry = ownEntry(lesson);
      if (!entry) return;
      entry.kept = { ...entry.kept, [name]: value };
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temp = `${file}.tmp-${process.pid}`;
        writeFileSync(temp, serialize(key, dir, entries), { mode: 0o600 });
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
 * The cached entries, or none when the file is missing, not of this format, of another build or
 * folder, or not a regular file (a FIFO there must not hang every command; a link to /dev/zero
 * must not be read without end). An entry whose bytes lie outside the file is dropped.
 */
function read(file: string, key: string, dir: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  try {
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    if (read.kind !== 'ok') return entries;
    const end = read.bytes.indexOf(0x0a);
    if (end < 0) return entries;
    const data: unknown = JSON.parse(read.bytes.toString('utf8', 0, end));
    if (!isRecord(data) || data.key !== key || data.dir !== dir || !isRecord(data.entries)) return entries;
    const sources = read.bytes.subarray(end + 1);
    for (const [lesson, entry] of Object.entries(data.entries)) {
      if (!isRecord(entry)) continue;
      const { offset, length } = entry;
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) continue;
      if ((offset as number) < 0 || (length as number) < 0 || (offset as number) + (length as number) > sources.length) continue;
      entries.set(lesson, { source: sources.subarray(offset as number, (offset as number) + (length as number)), parsed: entry.parsed, ...(isRecord(entry.kept) ? { kept: { ...entry.kept } } : {}) });
    }
  } catch {
    // Missing or unreadable: start empty.
  }
  return entries;
}

const VALID_KEPT: { readonly [K in keyof KeptValues]: (value: unknown, lesson: Lesson) => boolean } = {
  fingerprints: isFingerprints,
  structure: (value) => typeof value === 'string',
};

function isFingerprints(value: unknown, lesson: Lesson): value is LessonFingerprints {
  if (!isRecord(value) || typeof value.front !== 'string' || !FINGERPRINT.test(value.front)) return false;
  const { steps } = value;
  return Array.isArray(steps) && steps.length === lesson.steps.length && steps.every((print) => typeof print === 'string' && FINGERPRINT.test(print));
}

function serialize(key: string, dir: string, entries: ReadonlyMap<string, CacheEntry>): Buffer {
  const header: CacheHeader = { key, dir, entries: {} };
  const sources: Buffer[] = [];
  let offset = 0;
  for (const [lesson, entry] of entries) {
    header.entries[lesson] = { offset, length: entry.source.length, parsed: entry.parsed, kept: entry.kept };
    sources.push(entry.source);
    offset += entry.source.length;
  }
  // JSON.stringify never writes a raw line break, so the first one ends the header.
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...sources]);
}

/** 64 bits of FNV-1a (two 32-bit runs with different seeds) as hex: a file name, not a check. */
function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function buildStamp(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}
