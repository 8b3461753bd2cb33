// Which editions honour an edition-limited setting, read from the registry's EditionID (the SKU id
// Windows keeps in HKLM\…\Windows NT\CurrentVersion: "Core" is Home, "Professional" is Pro).
// Microsoft's Policy CSP marks some policies "❌ Pro ✅ Enterprise ✅ Education" (docs/windows-probes.md,
// "Edition-limited policies"); Home has fewer policies than Pro, so what Pro lacks Home lacks too.
import { CURRENT_VERSION_KEY } from './version-probe.js';
import { regText } from './registry-output.js';
import type { RegistryReader } from './registry-reader.js';

/** Home and Pro (with their N, single-language, China and Workstation variants). */
const HOME_OR_PRO = /^(?:Core(?:N|SingleLanguage|CountrySpecific)?|Professional(?:N|Workstation|WorkstationN)?)$/i;
/** Enterprise (LTSC and IoT included) and Education. */
const ENTERPRISE_OR_EDUCATION = /^(?:Enterprise(?:N|S|SN|G|GN)?|IoTEnterprise(?:S|K)?|Education(?:N)?)$/i;

/**
 * Whether an "Enterprise and Education only" setting applies on this edition: true, false, or
 * null when the edition is not known or is neither (Pro Education, Server, Windows SE, …).
 */
export function enterpriseOrEducation(editionId: string | null): boolean | null {
  if (editionId === null) return null;
  if (ENTERPRISE_OR_EDUCATION.test(editionId)) return true;
  if (HOME_OR_PRO.test(editionId)) return false;
  return null;
}

/** This PC's EditionID, or null when it cannot be read (absent under Wine). */
export async function readEditionId(reader: RegistryReader): Promise<string | null> {
  const read = await reader.value(CURRENT_VERSION_KEY, 'EditionID');
  const text = read.kind === 'value' ? regText(read.value)?.trim() ?? null : null;
  return text !== null && /^[A-Za-z]{2,40}$/.test(text) ? text : null;
}
