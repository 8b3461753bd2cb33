// Reads registry values with reg.exe, read-only, and proves absence instead of assuming it:
// reg.exe exits 1 both for "no such key" and for errors such as "access denied" (in the user's
// language), so a failed key counts as absent only when its parent lists no such subkey. When a
// policy blocks reg.exe, withFallback reads through PowerShell instead (docs/windows-probes.md,
// "Blocked tools").
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';
import { parseRegQuery, type RegKeyListing, type RegValue } from './registry-output.js';
import { said, type Sentence } from './sentence.js';
import { runQuery, type Query } from './run-query.js';

export type RegRead =
  | { readonly kind: 'value'; readonly value: RegValue }
  /** Proven missing: the key or the value does not exist (a setting left at Windows' default). */
  | { readonly kind: 'absent' }
  /** `blocked`: the tool itself is blocked by a policy (another way to read may still work). */
  | { readonly kind: 'unknown'; readonly reason: Sentence; readonly blocked?: true };

type KeyRead = { readonly kind: 'key'; readonly listing: RegKeyListing } | { readonly kind: 'absent' } | { readonly kind: 'unknown'; readonly reason: Sentence; readonly blocked?: true };

/** A key's direct subkeys (last path part, lower case), proven absent, or unknown. */
export type SubkeysRead = { readonly kind: 'subkeys'; readonly names: readonly string[] } | { readonly kind: 'absent' } | { readonly kind: 'unknown'; readonly reason: Sentence; readonly blocked?: true };

export interface RegistryReader {
  /** One value of one key; each key is queried once per reader, however many values are read. */
  value(key: string, name: string): Promise<RegRead>;
  /** The direct subkeys of one key (the same query as its values). */
  subkeys(key: string): Promise<SubkeysRead>;
}

export interface RegistryReaderDeps {
  readonly run: CommandRunner;
  /** Absolute path of reg.exe (64-bit, so HKLM\SOFTWARE is not redirected to WOW6432Node). */
  readonly regExe: string;
  readonly timeoutMs: number;
  /** reg.exe processes at a time; each start costs tens of milliseconds on Windows. */
  readonly concurrency?: number;
}

function parentOf(key: string): string | null {
  const cut = key.lastIndexOf('\\');
  return cut < 0 ? null : key.slice(0, cut);
}

function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

/** What one tool said about one key, before the parent's listing proves an absence. */
export type KeyAnswer =
  | { readonly kind: 'listing'; readonly listing: RegKeyListing }
  /** Answered with nothing at all: an empty key, or a stand-in that prints nothing. */
  | { readonly kind: 'blank' }
  /** Failed in a way that means "not found" or another error (access denied): the parent decides. */
  | { readonly kind: 'missing-or-denied' }
  /** The tool itself proved the key missing (an error type that is not localized). */
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown'; readonly reason: Sentence; readonly blocked?: true };

/**
 * A reader over a tool that answers key by key, cached for its lifetime (make a new one to read
 * again); absence is proven through the parent's listing, never assumed from a failure.
 */
export function readerOver(tool: string, answer: (key: string) => Promise<KeyAnswer>): RegistryReader {
  const keys = new Map<string, Promise<KeyRead>>();

  /** Whether the parent lists `key` as a subkey: absent / present / cannot tell. */
  async function listedByParent(key: string): Promise<KeyRead | 'present'> {
    const parent = parentOf(key);
    // A root (HKCU, HKLM) always exists: a tool failing on it is not allowed to read at all, as
    // under "Prevent access to registry editing tools" (DisableRegistryTools) for reg.exe.
    if (parent === null) return { kind: 'unknown', reason: said('probe.registry.rootBlocked', { tool, key }), blocked: true };
    const above = await keyRead(parent);
    if (above.kind !== 'key') return above;
    return above.listing.subkeys.has(key.slice(parent.length + 1).toLowerCase()) ? 'present' : { kind: 'absent' };
  }

  async function readKey(key: string): Promise<KeyRead> {
    const answered = await answer(key);
    if (answered.kind === 'listing') return { kind: 'key', listing: answered.listing };
    if (answered.kind === 'unknown' || answered.kind === 'absent') return answered;
    const seen = await listedByParent(key);
    if (answered.kind === 'blank') {
      if (seen === 'present') return { kind: 'key', listing: { key, values: new Map(), subkeys: new Set() } };
      return seen.kind === 'unknown' && seen.blocked === true ? seen : { kind: 'unknown', reason: said('probe.registry.printedNothing', { tool }) };
    }
    return seen === 'present' ? { kind: 'unknown', reason: said('probe.registry.unreadable', { key }) } : seen;
  }

  function keyRead(key: string): Promise<KeyRead> {
    const id = key.toLowerCase();
    let pending = keys.get(id);
    if (pending === undefined) {
      pending = readKey(key);
      keys.set(id, pending);
    }
    return pending;
  }

  return {
    async value(key, name) {
      const read = await keyRead(key);
      if (read.kind !== 'key') return read;
      const value = read.listing.values.get(name.toLowerCase());
      return value ? { kind: 'value', value } : { kind: 'absent' };
    },
    async subkeys(key) {
      const read = await keyRead(key);
      return read.kind === 'key' ? { kind: 'subkeys', names: [...read.listing.subkeys] } : read;
    },
  };
}

/** reg.exe's outcome for one key, as a KeyAnswer. */
export function regExeAnswer(outcome: CommandOutcome, key: string): KeyAnswer {
  if (outcome.timedOut) return { kind: 'unknown', reason: said('probe.reg.timedOut') };
  if (outcome.notFound) return { kind: 'unknown', reason: said('probe.reg.notFound') };
  if (outcome.blocked === true) return { kind: 'unknown', reason: said('probe.reg.blocked'), blocked: true };
  if (outcome.code === 0) {
    const listing = parseRegQuery(outcome.stdout, key);
    if (listing === null) return { kind: 'unknown', reason: said('probe.reg.oddShape') };
    return listing === 'blank' ? { kind: 'blank' } : { kind: 'listing', listing };
  }
  if (outcome.code !== 1) return { kind: 'unknown', reason: outcome.code === null ? said('probe.reg.didNotStart') : said('probe.reg.exitCode', { code: outcome.code }) };
  // Exit 1 is "not found" or another error (access denied, in the user's language).
  return { kind: 'missing-or-denied' };
}

export function regQuery(regExe: string, key: string): Query {
  return { file: regExe, args: ['query', key] };
}

/** A reg.exe reader; each key is queried once per reader, at most `concurrency` at a time. */
export function createRegistryReader(deps: RegistryReaderDeps): RegistryReader {
  const slot = limiter(Math.max(1, deps.concurrency ?? 4));
  return readerOver('reg.exe', async (key) => regExeAnswer(await slot(() => runQuery(deps.run, regQuery(deps.regExe, key), deps.timeoutMs)), key));
}

/**
 * Reads through `primary` until it turns out to be blocked by a policy, then through the reader
 * `fallback` makes (started only then, once).
 */
export function withFallback(primary: RegistryReader, fallback: () => RegistryReader): RegistryReader {
  let second: RegistryReader | null = null;
  const other = () => (second ??= fallback());
  // Once blocked, always blocked: later keys go straight to the fallback.
  return {
    async value(key, name) {
      if (second !== null) return second.value(key, name);
      const read = await primary.value(key, name);
      return read.kind === 'unknown' && read.blocked === true ? other().value(key, name) : read;
    },
    async subkeys(key) {
      if (second !== null) return second.subkeys(key);
      const read = await primary.subkeys(key);
      return read.kind === 'unknown' && read.blocked === true ? other().subkeys(key) : read;
    },
  };
}
