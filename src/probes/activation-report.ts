// Builds the stable ActivationReport from a parse result or a failure.
import type { ActivationReport, LicenseInfo } from './activation-types.js';

export const SEE_SETTINGS = 'The Activation page in Settings (ms-settings:activation) shows the state too.';

function stateText(license: LicenseInfo): string {
  switch (license.state) {
    case 'activated':
      return 'Windows is activated';
    case 'not-activated':
      return 'Windows is not activated';
    case 'grace':
      return `Windows is not activated yet (${license.statusDetail})`;
    case 'notification':
      return 'Windows is not activated (notification mode)';
    case 'unknown':
      return 'Activation state unknown';
  }
}

/** A report for a license Windows described and we understood. */
export function licenseReport(
  platform: NodeJS.Platform,
  source: 'powershell' | 'slmgr',
  license: LicenseInfo,
  message = '',
): ActivationReport {
  return {
    platform,
    checked: true,
    state: license.state,
    stateText: stateText(license),
    channel: license.channel,
    edition: license.edition,
    partialKey: license.partialKey,
    errorCode: license.errorCode,
    permanent: license.permanent,
    source,
    message,
  };
}

/** Windows answered: no Windows product key is installed at all. */
export function noKeyReport(platform: NodeJS.Platform, source: 'powershell' | 'slmgr', message = ''): ActivationReport {
  return {
    platform,
    checked: true,
    state: 'not-activated',
    stateText: 'Windows is not activated (no product key is installed)',
    channel: 'Unknown',
    edition: null,
    partialKey: null,
    errorCode: null,
    permanent: false,
    source,
    message,
  };
}

/** We could not get (or could not read) an answer; `message` says why and what to do instead. */
export function uncheckedReport(
  platform: NodeJS.Platform,
  source: 'powershell' | 'slmgr' | null,
  stateText: string,
  message: string,
): ActivationReport {
  return {
    platform,
    checked: false,
    state: 'unknown',
    stateText,
    channel: 'Unknown',
    edition: null,
    partialKey: null,
    errorCode: null,
    permanent: null,
    source,
    message,
  };
}
