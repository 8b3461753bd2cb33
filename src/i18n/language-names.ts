/**
 * Language names as this runtime's Intl.DisplayNames gave them, remembered between runs. The
 * start screen shows the current language's name, and the first Intl object of a process costs
 * about a fifth of Node's own start in CPU (ICU sets up its locale data): a name given once by
 * the same Node, ICU and CLDR is read back instead. The names are never typed here; a file made
 * by another runtime, or not in the shape written, is ignored and the runtime asked again.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readRegularFile } from '../course/read-regular-file.js';

const known = new Map<string, string>();
let learned = false;

/** What the names depend on: the runtime and its locale data. */
export function runtimeKey(versions: NodeJS.ProcessVersions = process.versions): string {
  return `node ${versions.node}; icu ${versions.icu ?? 'none'}; cldr ${versions.cldr ?? 'none'}`;
}

export function rememberedLanguageName(tag: string): string | undefined {
  return known.get(tag);
}

/** A name the runtime just gave: kept for the next run. */
export function learnLanguageName(tag: string, name: string): void {
  if (known.get(tag) === name || !isShownName(name)) return;
  known.set(tag, name);
  learned = true;
}

/** Forgets every name (tests). */
export function forgetLanguageNames(): void {
  known.clear();
  learned = false;
}

/** Far more than the names of all Windows display languages need. */
const MAX_FILE_BYTES = 64 * 1024;
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A name fit for the screen: the file is the user's to change, so no controls or bidi formats. */
function isShownName(name: string): boolean {
  return name.length > 0 && name.length <= 100 && !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name);
}

export function languageNamesFile(cacheDir: string): string {
  return path.join(cacheDir, 'language-names.json');
}

/** Reads the names kept by an earlier run of this runtime; anything else is ignored. */
export function loadLanguageNames(file: string, key = runtimeKey()): void {
  try {
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if (read.kind !== 'ok') return;
    const data: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
    const { key: fileKey, names } = data as { key?: unknown; names?: unknown };
    if (fileKey !== key || typeof names !== 'object' || names === null || Array.isArray(names)) return;
    for (const [tag, name] of Object.entries(names)) {
      if (TAG.test(tag) && typeof name === 'string' && isShownName(name) && !known.has(tag)) known.set(tag, name);
    }
  } catch {
    // Missing, unreadable or not JSON: the runtime is asked.
  }
}

/** Writes the names if this run learned any; failures are ignored (it is only a cache). */
export function saveLanguageNames(file: string, key = runtimeKey()): void {
  if (!learned) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify({ key, names: Object.fromEntries(known) }), { mode: 0o600 });
    renameSync(temp, file);
    learned = false;
  } catch {
    // A read-only or full disk only costs speed.
  }
}
