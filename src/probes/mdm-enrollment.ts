// Whether an MDM server (Intune and the like) enrolled this PC: each enrollment is a GUID subkey of
// HKLM\SOFTWARE\Microsoft\Enrollments naming its server in ProviderID (community knowledge, see
// docs/windows-probes.md, "MDM policies"). Only used to say why an unreadable MDM policy is unknown.
import { regText } from './registry-output.js';
import type { RegistryReader } from './registry-reader.js';

export const ENROLLMENTS_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Enrollments';
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** true: an enrollment names its server; false: none does (or the key is absent); null: cannot tell. */
export async function readEnrollment(reader: RegistryReader): Promise<boolean | null> {
  const listed = await reader.subkeys(ENROLLMENTS_KEY);
  if (listed.kind === 'absent') return false;
  if (listed.kind === 'unknown') return null;
  const reads = await Promise.all(listed.names.filter((name) => GUID.test(name)).map((name) => reader.value(`${ENROLLMENTS_KEY}\\${name}`, 'ProviderID')));
  if (reads.some((read) => read.kind === 'value' && (regText(read.value)?.trim() ?? '') !== '')) return true;
  return reads.some((read) => read.kind === 'unknown') ? null : false;
}
