// Account type from the shared PowerShell answer: Get-LocalUser's PrincipalSource for the current
// SID (whoami /user's) (Microsoft-documented: MicrosoftAccount or Local). "work" is inferred only: the user is not
// in the local account database and whoami /upn gave a sign-in name (user@domain).
import { isRecord, section, sectionError, type PowerShellAnswer } from './powershell-answer.js';
import { known, unknown, type Probed } from './probe-types.js';

export type AccountType = 'microsoft' | 'local' | 'work';

export interface AccountReading {
  readonly type: Probed<AccountType>;
  /** How sure: what Microsoft documents, or our inference from two signals; null when unknown. */
  readonly basis: 'documented' | 'inferred' | null;
}

const fromSource: Readonly<Record<string, AccountReading>> = {
  MicrosoftAccount: { type: known('microsoft'), basis: 'documented' },
  Local: { type: known('local'), basis: 'documented' },
  // PowerShell's enum has these too; documented as sources, not seen for Get-LocalUser (facts sheet).
  AzureAD: { type: known('work'), basis: 'inferred' },
  ActiveDirectory: { type: known('work'), basis: 'inferred' },
};

const unknownBecause = (reason: string): AccountReading => ({ type: unknown(reason), basis: null });

function notInLocalDatabase(value: unknown): boolean {
  const failed = sectionError(value);
  // The script reports the exception's short name (CategoryInfo.Reason); older answers the full one.
  return failed !== null && (/(?:^|\.)UserNotFoundException$/.test(failed.error) || failed.id.startsWith('UserNotFound,'));
}

export function accountFromPowerShell(ps: PowerShellAnswer): AccountReading {
  const account = section(ps, 'account');
  if (!account.ok) return unknownBecause(account.reason);
  if (!isRecord(account.value)) return unknownBecause("PowerShell's account answer had an unexpected shape.");
  const source = account.value['source'];
  if (typeof source === 'string') {
    if (Object.hasOwn(fromSource, source)) return fromSource[source]!;
    // Blank before Windows 10 (Get-LocalUser docs); anything else is a value we do not know.
    return unknownBecause(source === '' ? 'Windows did not say where this account comes from.' : 'Windows named an account source this tutor does not know.');
  }
  if (notInLocalDatabase(source)) {
    return account.value['upn'] === true
      ? { type: known('work'), basis: 'inferred' }
      : unknownBecause('This is not a local account, and no work or school sign-in name was found.');
  }
  const failed = sectionError(source);
  return unknownBecause(failed === null ? "PowerShell's account answer had an unexpected shape." : `Get-LocalUser failed (${failed.error}).`);
}
