// Pure helpers around the error-code table: normalise what a user typed, find an entry, and turn
// the signed or unsigned number WMI reports into the 0x… form Settings shows.
import { ERROR_CODES, type ErrorCodeEntry } from './error-codes.js';

/** A code as Settings shows it: "0x" and 8 upper-case hex digits. */
export const CODE_PATTERN = /^0x[0-9A-F]{8}$/;

/** "0xC004F211", "C004F211" or "c004f211" → "0xC004F211"; null when it is not 8 hex digits. */
export function normalizeCode(input: string): string | null {
  const match = /^(?:0x)?([0-9a-f]{8})$/i.exec(input.trim());
  return match ? `0x${(match[1] ?? '').toUpperCase()}` : null;
}

export function findErrorCode(code: string, table: readonly ErrorCodeEntry[] = ERROR_CODES): ErrorCodeEntry | null {
  const normalized = normalizeCode(code);
  return normalized === null ? null : (table.find((entry) => entry.code === normalized) ?? null);
}

/**
 * LicenseStatusReason is an HRESULT that PowerShell may print signed (-1073418222) or unsigned
 * (3221549075). Returns the 0x… form, or null for 0 (no error) and anything that is not a
 * 32-bit whole number.
 */
export function hresultToCode(value: number): string | null {
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff || value === 0) return null;
  const unsigned = value < 0 ? value + 0x100000000 : value;
  return `0x${unsigned.toString(16).toUpperCase().padStart(8, '0')}`;
}
