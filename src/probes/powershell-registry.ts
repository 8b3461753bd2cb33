// Reads registry keys through Windows PowerShell when reg.exe is blocked by a policy ("Prevent
// access to registry editing tools" stops reg.exe and regedit, not PowerShell's registry provider;
// docs/windows-probes.md, "Blocked tools"). Keys asked for together go to one PowerShell process;
// each answers on its own JSON line with a marker, so a stub or a cut-off run proves nothing.
// Property reads and -is checks only, so it also runs in Constrained Language Mode.
import type { CommandRunner } from '../windows/command-runner.js';
import { SAY_FUNCTIONS } from './powershell-script.js';
import { isRecord } from './powershell-answer.js';
import { longKeyName, type RegKeyListing, type RegType, type RegValue } from './registry-output.js';
import { readerOver, type KeyAnswer, type RegistryReader } from './registry-reader.js';
import { runQuery, type Query } from './run-query.js';
import { said, type Sentence } from './sentence.js';

export const REGISTRY_ANSWER = 'winlink-tutor/registry/1';

const TYPES: readonly RegType[] = ['REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_NONE'];

// Get-ItemProperty gives .NET values: Int32 for a DWORD (negative above 0x7fffffff, which '{0:x}'
// prints as its 32 bits), Int64 for a QWORD, String for REG_SZ (REG_EXPAND_SZ arrives expanded
// and reads as REG_SZ). Numbers are printed as reg.exe prints them ("0x1").
const READ_KEY = [
  "$p = 'Registry::' + $k;",
  '$v = @(foreach ($q in (Get-ItemProperty -LiteralPath $p).PSObject.Properties) {',
  "if ($q.Name -notmatch '^PS(Path|ParentPath|ChildName|Drive|Provider)$') { $x = $q.Value;",
  "$t = if ($x -is [int]) { 'REG_DWORD' } elseif ($x -is [long]) { 'REG_QWORD' } elseif ($x -is [string]) { 'REG_SZ' } elseif ($x -is [string[]]) { 'REG_MULTI_SZ' } elseif ($x -is [byte[]]) { 'REG_BINARY' } else { 'REG_NONE' };",
  "$d = if ($x -is [int] -or $x -is [long]) { '0x{0:x}' -f $x } elseif ($x -is [string]) { $x } else { '' };",
  '@{ name = [string]$q.Name; type = $t; data = $d } } });',
  '$s = @(Get-ChildItem -LiteralPath $p | ForEach-Object { [string]$_.PSChildName });',
  '@{ values = $v; subkeys = $s }',
].join(' ');

/** The script for a batch of keys (full names, e.g. HKEY_CURRENT_USER\Software). */
export function registryScript(keys: readonly string[]): string {
  const list = keys.map((key) => `'${key.replaceAll("'", "''")}'`).join(', ');
  return [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    SAY_FUNCTIONS,
    `foreach ($k in @(${list})) { Say @{ answer = '${REGISTRY_ANSWER}'; key = $k; read = (Section { ${READ_KEY} }) } }`,
  ].join('; ');
}

function listingOf(key: string, read: Readonly<Record<string, unknown>>): RegKeyListing | null {
  const values = new Map<string, RegValue>();
  const subkeys = new Set<string>();
  if (!Array.isArray(read['values']) || !Array.isArray(read['subkeys'])) return null;
  for (const item of read['values'] as unknown[]) {
    if (!isRecord(item) || typeof item['name'] !== 'string' || typeof item['data'] !== 'string' || !TYPES.includes(item['type'] as RegType)) return null;
    values.set(item['name'].toLowerCase(), { type: item['type'] as RegType, data: item['data'] });
  }
  for (const name of read['subkeys'] as unknown[]) {
    if (typeof name !== 'string' || name === '' || name.includes('\\')) return null;
    subkeys.add(name.toLowerCase());
  }
  return { key: longKeyName(key), values, subkeys };
}

/** One key's answer from the batch's output. */
export function keyAnswerFrom(lines: readonly Readonly<Record<string, unknown>>[], key: string, missing: Sentence): KeyAnswer {
  const line = lines.find((entry) => typeof entry['key'] === 'string' && entry['key'].toLowerCase() === longKeyName(key).toLowerCase());
  if (line === undefined) return { kind: 'unknown', reason: missing };
  const read = line['read'];
  if (!isRecord(read)) return { kind: 'unknown', reason: said('probe.psRegistry.oddShape') };
  if (typeof read['error'] === 'string') {
    // Exception types are not localized (unlike reg.exe's messages): not found is proven absent.
    if (read['error'] === 'ItemNotFoundException') return { kind: 'absent' };
    if (/Security|UnauthorizedAccess|PermissionDenied/.test(`${read['error']} ${String(read['id'])}`)) return { kind: 'unknown', reason: said('probe.registry.unreadable', { key }) };
    return { kind: 'unknown', reason: said('probe.psRegistry.failed', { key, error: read['error'] }) };
  }
  const listing = listingOf(key, read);
  return listing === null ? { kind: 'unknown', reason: said('probe.psRegistry.oddShape') } : { kind: 'listing', listing };
}

/** Splits stdout into the marker-carrying JSON lines. */
function answerLines(stdout: string): Readonly<Record<string, unknown>>[] {
  return stdout.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line.startsWith('{')).flatMap((line) => {
    try {
      const data: unknown = JSON.parse(line);
      return isRecord(data) && data['answer'] === REGISTRY_ANSWER ? [data] : [];
    } catch {
      return [];
    }
  });
}

export function registryQuery(powershellExe: string, keys: readonly string[]): Query {
  return { file: powershellExe, args: ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', registryScript(keys.map(longKeyName))], dropEnv: ['PSModulePath'] };
}

export interface PowerShellRegistryDeps {
  readonly run: CommandRunner;
  readonly powershellExe: string;
  readonly timeoutMs: number;
}

/** A reader that batches the keys asked within one turn of the event loop into one PowerShell run. */
export function createPowerShellRegistryReader(deps: PowerShellRegistryDeps): RegistryReader {
  let batch: { keys: string[]; done: Promise<{ lines: Readonly<Record<string, unknown>>[]; missing: Sentence }> } | null = null;

  function start(): Promise<{ lines: Readonly<Record<string, unknown>>[]; missing: Sentence }> {
    return new Promise((resolve) => {
      setTimeout(() => {
        const keys = batch?.keys ?? [];
        batch = null;
        void runQuery(deps.run, registryQuery(deps.powershellExe, keys), deps.timeoutMs).then((outcome) => {
          if (outcome.threw === true) return resolve({ lines: [], missing: said('probe.psRegistry.notStarted') });
          const lines = answerLines(outcome.stdout);
          const missing = said(outcome.timedOut ? 'probe.psRegistry.timedOut'
            : outcome.blocked === true ? 'probe.psRegistry.blocked'
            : lines.length === 0 ? 'probe.psRegistry.noAnswer' : 'probe.psRegistry.keyLeftOut');
          resolve({ lines, missing });
        });
      }, 0);
    });
  }

  return readerOver('PowerShell', async (key) => {
    if (batch === null) batch = { keys: [], done: start() };
    batch.keys.push(key);
    const { lines, missing } = await batch.done;
    return keyAnswerFrom(lines, key, missing);
  });
}
