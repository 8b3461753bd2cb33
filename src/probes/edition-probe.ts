// Edition as a name people see in Settings ("Home", "Pro"): EditionID from the registry (the
// EditionID → name table is community knowledge), else Win32_OperatingSystem's OperatingSystemSKU
// (GetProductInfo's numbers, Microsoft-documented), else its Caption minus "Microsoft Windows 11".
import { editionNameOfId } from './license-fields.js';
import { isRecord, section, type PowerShellAnswer } from './powershell-answer.js';
import { regText } from './registry-output.js';
import type { RegistryReader } from './registry-reader.js';
import { known, unknown, type Probed } from './probe-types.js';
import { said, type Sentence } from './sentence.js';
import { CURRENT_VERSION_KEY, registryMismatch } from './version-probe.js';

// GetProductInfo product types (facts sheet, probe 2).
const SKU_NAMES: Readonly<Record<number, string>> = {
  101: 'Home', 98: 'Home N', 99: 'Home China', 100: 'Home Single Language',
  48: 'Pro', 49: 'Pro N', 161: 'Pro for Workstations', 164: 'Pro Education',
  121: 'Education', 4: 'Enterprise',
};

const PLAIN_NAME = /^[\p{L}\p{N} ()-]{2,40}$/u;

/**
 * An edition: the name Settings shows ("Pro", the same in every language), or an id outside the
 * table as Windows names it, in a sentence that says so (review K10) in the user's language.
 */
export type Edition = string | Sentence;

/** The name Settings shows; an id outside the table is shown as Windows names it, marked so (review K10). */
export function editionFromId(editionId: string): Edition | null {
  const id = editionId.trim();
  if (!/^[A-Za-z]{2,40}$/.test(id)) return null;
  return editionNameOfId(id) ?? said('probe.edition.asWindowsNamesIt', { id });
}

export function editionFromSku(sku: unknown): string | null {
  return typeof sku === 'number' && Object.hasOwn(SKU_NAMES, sku) ? SKU_NAMES[sku]! : null;
}

/** "Microsoft Windows 11 Pro" → "Pro" (a localized caption keeps its localized edition name). */
export function editionFromCaption(caption: unknown): string | null {
  if (typeof caption !== 'string') return null;
  const rest = /Windows (?:10|11) (.+)$/.exec(caption.trim())?.[1]?.trim();
  return rest !== undefined && PLAIN_NAME.test(rest) ? rest : null;
}

async function fromRegistry(reader: RegistryReader, build: Probed<number>): Promise<Probed<Edition>> {
  if (!build.known) return unknown(said('probe.registry.buildUnknown'));
  const mismatch = await registryMismatch(reader, build.value);
  if (mismatch !== null) return unknown(mismatch);
  const read = await reader.value(CURRENT_VERSION_KEY, 'EditionID');
  if (read.kind === 'unknown') return unknown(said('probe.registry.valueUnreadable', { name: 'EditionID', reason: read.reason }));
  if (read.kind === 'absent') return unknown(said('probe.edition.notSet'));
  const name = editionFromId(regText(read.value) ?? '');
  return name === null ? unknown(said('probe.registry.valueOdd', { name: 'EditionID' })) : known(name);
}

function fromPowerShell(ps: PowerShellAnswer): Probed<string> {
  const os = section(ps, 'os');
  if (!os.ok) return unknown(os.reason);
  if (!isRecord(os.value)) return unknown(said('probe.edition.oddShape'));
  const name = editionFromSku(os.value['sku']) ?? editionFromCaption(os.value['caption']);
  return name === null ? unknown(said('probe.edition.unknownName')) : known(name);
}

export async function readEdition(reader: RegistryReader, build: Probed<number>, ps: () => Promise<PowerShellAnswer>): Promise<Probed<Edition>> {
  const registry = await fromRegistry(reader, build);
  if (registry.known) return registry;
  const viaPowerShell = fromPowerShell(await ps());
  return viaPowerShell.known ? viaPowerShell : unknown(said('probe.twoReasons', { first: registry.reason, second: viaPowerShell.reason }));
}
