import type { ActivationCheckDeps } from '../probes/activation-check.js';
import { windowsTools } from './windows-tools.js';

const WINE_KEY = 'HKCU\\Software\\Wine';

/**
 * Whether this "Windows" is Wine, where PowerShell, slmgr and whoami are stand-ins whose
 * answers mean nothing. Wine keeps its settings under HKCU\Software\Wine; Windows has no such
 * key. True only when reg.exe lists the key; false only when reg.exe ran and reported it
 * missing (exit 1, nothing on stdout); anything else (no reg.exe, a timeout) is unknown.
 */
export async function detectWine(deps: ActivationCheckDeps): Promise<boolean | null> {
  if (deps.platform !== 'win32') return false;
  try {
    const outcome = await deps.run(windowsTools(deps.systemRoot).reg, ['query', WINE_KEY], { timeoutMs: deps.timeoutMs ?? 10_000 });
    if (outcome.code === 0 && /^HKEY_CURRENT_USER\\Software\\Wine\s*$/im.test(outcome.stdout)) return true;
    if (outcome.code === 1 && outcome.stdout.trim() === '') return false;
    return null;
  } catch {
    return null;
  }
}
