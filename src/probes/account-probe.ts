// Account type from the shared PowerShell answer: Get-LocalUser's PrincipalSource for the current
// SID (whoami /user's) (Microsoft-documented: MicrosoftAccount or Local). "work" is inferred only: the user is not
// in the local account database and whoami /upn gave a sign-in name (user@domain).
import { isRecord, section, sectionError, type PowerShellAnswer } from './powershell-answer.js';
import { known, unknown, type Probed } from './probe-types.js';
import { said, type Sentence } from './sentence.js';

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

const unknownBecause = (reason: Sentence): AccountReading => ({ type: unknown(reason), basis: null });

function notInLocalDatabase(value: unknown): boolean {
  const failed = sectionError(value);
  // The script reports the exception's short name (CategoryInfo.Reason); older answers the full one.
  return failed !== null && (/(?:^|\.)UserNotFoundException$/.test(failed.error) || failed.id.startsWith('UserNotFound,'));
}

export function accountFromPowerShell(ps: PowerShellAnswer): AccountReading {
  const account = section(ps, 'account');
  if (!account.ok) return unknownBecause(account.reason);
  if (!isRecord(account.value)) return unknownBecause(said('probe.account.oddShape'));
  const source = account.value['source'];
  if (typeof source === 'string') {
    if (Object.hasOwn(fromSource, source)) return fromSource[source]!;
    // Blank before Windows 10 (Get-LocalUser docs); anything else is a value we do not know.
    return unknownBecause(said(source === '' ? 'probe.account.noSource' : 'probe.account.unknownSource'));
  }
  if (notInLocalDatabase(source)) {
    return account.value['upn'] === true
      ? { type: known('work'), basis: 'inferred' }
      : unknownBecause(said('probe.account.notLocal'));
  }
  const failed = sectionError(source);
  return unknownBecause(failed === null ? said('probe.account.oddShape') : said('probe.account.getLocalUserFailed', { error: failed.error }));
}
