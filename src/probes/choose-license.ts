import type { LicenseInfo, LicenseParseResult } from './activation-types.js';

/** A parsed license plus the raw product Name it came from (used only for ranking). */
export interface NamedLicense {
  readonly name: string;
  readonly license: LicenseInfo;
}

// Add-ons (e.g. extended security updates) carry keys too; only the OS license ends in "edition".
function rank(entry: NamedLicense): number {
  const isOs = /\bedition$/i.test(entry.name.trim());
  return (isOs ? 0 : 2) + (entry.license.state === 'activated' ? 0 : 1);
}

/** Picks the operating-system license (activated first) and keeps the rest as `others`. */
export function chooseLicense(entries: readonly NamedLicense[]): LicenseParseResult {
  const [first, ...rest] = [...entries].sort((a, b) => rank(a) - rank(b));
  if (first === undefined) return { kind: 'empty' };
  return { kind: 'license', license: first.license, others: rest.map((e) => e.license) };
}
