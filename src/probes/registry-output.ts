// Parses what `reg query <key>` prints: a header line naming the key, its values
// ("    Name    REG_TYPE    data") and, after a blank line, its subkeys (full paths).
// The layout is fixed by reg.exe and not localized; only its error messages are.

export type RegType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_MULTI_SZ' | 'REG_DWORD' | 'REG_QWORD' | 'REG_BINARY' | 'REG_NONE';

export interface RegValue {
  readonly type: RegType;
  /** Text as printed; numbers stay in reg.exe's "0x..." form (see regNumber). */
  readonly data: string;
}

export interface RegKeyListing {
  /** The key as reg.exe named it in its header, e.g. "HKEY_CURRENT_USER\Software\Wine". */
  readonly key: string;
  /** Value names in lower case (the registry ignores case). "(Default)" is the unnamed value. */
  readonly values: ReadonlyMap<string, RegValue>;
  /** The last path part of each direct subkey, in lower case. */
  readonly subkeys: ReadonlySet<string>;
}

const ROOTS: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** "HKCU\Software" → "HKEY_CURRENT_USER\Software" (how reg.exe prints it). */
export function longKeyName(key: string): string {
  const [root = '', ...rest] = key.split('\\');
  return [ROOTS[root.toUpperCase()] ?? root, ...rest].join('\\');
}

const VALUE_LINE = /^ {4}(.*?) {4}(REG_SZ|REG_EXPAND_SZ|REG_MULTI_SZ|REG_DWORD|REG_QWORD|REG_BINARY|REG_NONE)(?: {4}(.*))?$/;

/**
 * The listing of `key`; 'blank' when reg.exe printed nothing but blank lines (a key with no values
 * and no subkeys, which the caller must prove exists); null when the text is not reg.exe's answer
 * for that key (a stub's noise, another key, a line of unknown shape, a recursive listing).
 * reg.exe prints the key's own name as a header only when the key has values.
 */
export function parseRegQuery(text: string, key: string): RegKeyListing | 'blank' | null {
  const wanted = longKeyName(key).toLowerCase();
  const values = new Map<string, RegValue>();
  const subkeys = new Set<string>();
  let header = false;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const value = VALUE_LINE.exec(line);
    if (value) {
      if (!header || subkeys.size > 0) return null; // values belong under the header, before subkeys
      values.set(value[1]!.toLowerCase(), { type: value[2] as RegType, data: value[3] ?? '' });
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.toLowerCase() === wanted) {
      if (header || subkeys.size > 0) return null;
      header = true;
      continue;
    }
    if (!trimmed.toLowerCase().startsWith(`${wanted}\\`)) return null;
    const name = trimmed.slice(wanted.length + 1);
    if (name === '' || name.includes('\\')) return null;
    subkeys.add(name.toLowerCase());
  }
  if (!header && subkeys.size === 0) return 'blank';
  return { key: longKeyName(key), values, subkeys };
}

/** A REG_DWORD or REG_QWORD as a number (QWORDs above 2^53 lose precision; none we read are). */
export function regNumber(value: RegValue | undefined): number | null {
  if (value === undefined || (value.type !== 'REG_DWORD' && value.type !== 'REG_QWORD')) return null;
  const match = /^0x([0-9a-f]{1,16})$/i.exec(value.data.trim());
  return match ? Number.parseInt(match[1]!, 16) : null;
}

/** A REG_SZ / REG_EXPAND_SZ value's text, else null. */
export function regText(value: RegValue | undefined): string | null {
  return value !== undefined && (value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ') ? value.data : null;
}
