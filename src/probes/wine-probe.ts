// Whether this "Windows" is Wine, where PowerShell, slmgr and whoami are stand-ins whose answers
// mean nothing. Wine keeps its settings under HKCU\Software\Wine; Windows has no such key.
// Query, parser: regQuery (WINE_KEY), wineFromOutcome.
import { windowsTools } from '../windows/windows-tools.js';
import type { ActivationCheckDeps } from './activation-check.js';
import { regQuery } from './registry-reader.js';
import { runQuery, type QueryOutcome } from './run-query.js';

const WINE_KEY = 'HKCU\\Software\\Wine';

/**
 * True only when reg.exe lists the key; false only when reg.exe ran and reported it missing
 * (exit 1, nothing on stdout); anything else (no reg.exe, a timeout, a runner that threw) is unknown.
 */
export function wineFromOutcome(outcome: QueryOutcome): boolean | null {
  if (outcome.code === 0 && /^HKEY_CURRENT_USER\\Software\\Wine\s*$/im.test(outcome.stdout)) return true;
  if (outcome.code === 1 && outcome.stdout.trim() === '') return false;
  return null;
}

export async function detectWine(deps: ActivationCheckDeps): Promise<boolean | null> {
  if (deps.platform !== 'win32') return false;
  return wineFromOutcome(await runQuery(deps.run, regQuery(windowsTools(deps.systemRoot).reg, WINE_KEY), deps.timeoutMs ?? 10_000));
}
