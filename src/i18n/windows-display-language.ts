/**
 * The Windows display language, read-only from the registry (reg.exe, no PowerShell, so it is
 * cheap enough before the first frame). Where Windows keeps it (community-documented, e.g.
 * PSAppDeployToolkit's AppDeployToolkitMain.ps1 reads them in this order; Microsoft describes the
 * user and system preferred UI languages in "User Interface Language Management"):
 * - HKCU\Control Panel\Desktop, PreferredUILanguages (REG_MULTI_SZ): the language the user chose
 *   in Settings; absent until they choose one;
 * - HKCU\Control Panel\Desktop\MuiCached, MachinePreferredUILanguages (REG_MULTI_SZ): the
 *   system's, which applies when the user never chose.
 * Probes' rule: an answer that is not clearly Windows' (wrong type, not a language tag, a
 * timeout, a read error) is unknown, and unknown means English. Only a value proven absent lets
 * the next place speak.
 */
import type { RegistryReader } from '../probes/registry-reader.js';

const PLACES: readonly (readonly [key: string, value: string])[] = [
  ['HKCU\\Control Panel\\Desktop', 'PreferredUILanguages'],
  ['HKCU\\Control Panel\\Desktop\\MuiCached', 'MachinePreferredUILanguages'],
];

/** A Windows language name as Windows writes it: "de-DE", "sr-Latn-RS", "en-US". */
const WINDOWS_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-[A-Z]{2}$/i;

export async function readWindowsDisplayLanguage(registry: RegistryReader): Promise<string | null> {
  for (const [key, name] of PLACES) {
    const read = await registry.value(key, name);
    if (read.kind === 'absent') continue;
    if (read.kind === 'unknown' || read.value.type !== 'REG_MULTI_SZ') return null;
    // reg.exe prints a multi-string's parts joined by a literal "\0".
    const first = read.value.data.split('\\0')[0]?.trim() ?? '';
    return WINDOWS_TAG.test(first) ? first : null;
  }
  return null;
}
