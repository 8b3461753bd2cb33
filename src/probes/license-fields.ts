import { ownEntry } from '../course/own-entry.js';
import type { ActivationState, LicenseChannel } from './activation-types.js';
import { redactProductKeys } from '../windows/product-key-redaction.js';

/** Channel from a Description such as "Windows(R) Operating System, OEM_DM channel". */
export function channelFromDescription(description: string | null | undefined): LicenseChannel {
  const text = (description ?? '').toUpperCase();
  if (/\bRETAIL\b/.test(text)) return 'Retail';
  if (/\bOEM_/.test(text)) return 'OEM';
  if (/\bVOLUME_/.test(text)) return 'Volume';
  return 'Unknown';
}

// Licensing names editions by SKU id ("Core" is Home); show the names people see in Settings.
const EDITION_NAMES: Readonly<Record<string, string>> = {
  Core: 'Home',
  CoreN: 'Home N',
  CoreSingleLanguage: 'Home Single Language',
  CoreCountrySpecific: 'Home China',
  Professional: 'Pro',
  ProfessionalN: 'Pro N',
  ProfessionalEducation: 'Pro Education',
  ProfessionalWorkstation: 'Pro for Workstations',
  ProfessionalEducationN: 'Pro Education N',
  ProfessionalWorkstationN: 'Pro N for Workstations',
  Education: 'Education',
  EducationN: 'Education N',
  Enterprise: 'Enterprise',
  EnterpriseN: 'Enterprise N',
  EnterpriseS: 'Enterprise LTSC',
  EnterpriseSN: 'Enterprise N LTSC',
  IoTEnterprise: 'IoT Enterprise',
  IoTEnterpriseS: 'IoT Enterprise LTSC',
  // Windows 11 SE (the education edition for low-cost devices) is CloudEdition to licensing.
  CloudEdition: 'SE',
  CloudEditionN: 'SE N',
};

/** The name Settings shows for an EditionID / licensing SKU id ("Core" → "Home"); null when not in the table. */
export function editionNameOfId(id: string): string | null {
  return ownEntry(EDITION_NAMES, id) ?? null;
}

/** Friendly edition from a Name such as "Windows(R), Professional edition"; null when absent. */
export function editionFromName(name: string | null | undefined): string | null {
  const trimmed = redactProductKeys(name ?? '').trim();
  if (trimmed === '') return null;
  const sku = /^Windows\(R\),\s*(\S+)\s+edition$/i.exec(trimmed)?.[1];
  if (sku !== undefined) return ownEntry(EDITION_NAMES, sku) ?? sku;
  return trimmed.replace(/^Windows\(R\),\s*/i, '');
}

interface StatusMeaning {
  readonly state: ActivationState;
  readonly detail: string;
}

// Index = SoftwareLicensingProduct.LicenseStatus; wording follows slmgr.vbs.
const LICENSE_STATUS: readonly StatusMeaning[] = [
  { state: 'not-activated', detail: 'Unlicensed' },
  { state: 'activated', detail: 'Licensed' },
  { state: 'grace', detail: 'Initial grace period' },
  { state: 'grace', detail: 'Additional grace period (KMS license expired or hardware out of tolerance)' },
  { state: 'grace', detail: 'Non-genuine grace period' },
  { state: 'notification', detail: 'Notification' },
  { state: 'grace', detail: 'Extended grace period' },
];

/** Meaning of the numeric LicenseStatus (0..6); anything else is 'unknown'. */
export function meaningOfLicenseStatus(status: number): StatusMeaning {
  return LICENSE_STATUS[status] ?? { state: 'unknown', detail: `Unknown license status ${status}` };
}

// "Additional grace period (KMS …)" and "Non-genuine grace period." compare without the extras.
function plain(text: string): string {
  return text.trim().replace(/\s*\(.*\)$/, '').replace(/\.$/, '').toLowerCase();
}

/** Meaning of slmgr's English "License Status:" text; null when the text is not one we know. */
export function meaningOfStatusText(text: string): StatusMeaning | null {
  const wanted = plain(text);
  if (wanted === 'unknown') return { state: 'unknown', detail: 'Unknown' };
  return LICENSE_STATUS.find((m) => plain(m.detail) === wanted) ?? null;
}
