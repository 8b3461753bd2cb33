// Builds the stable ActivationReport from a parse result or a failure.
import type { ActivationJson, ActivationReport, LicenseInfo } from './activation-types.js';
import { said, type Sentence } from './sentence.js';

/** Sends the user to the Activation page, named as their Windows names it. */
export const SEE_SETTINGS: Sentence = said('activation.seeSettings', undefined, { activation: 'settings.activation', settings: 'settings' });

function stateText(license: LicenseInfo): Sentence {
  switch (license.state) {
    case 'activated':
      return said('activation.state.activated');
    case 'not-activated':
      return said('activation.state.notActivated');
    case 'grace':
      return said('activation.state.grace', { detail: license.statusDetail });
    case 'notification':
      return said('activation.state.notification');
    case 'unknown':
      return said('activation.state.unknown');
  }
}

/** A report for a license Windows described and we understood. */
export function licenseReport(
  platform: NodeJS.Platform,
  source: 'powershell' | 'slmgr',
  license: LicenseInfo,
  message: Sentence | null = null,
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
export function noKeyReport(platform: NodeJS.Platform, source: 'powershell' | 'slmgr', message: Sentence | null = null): ActivationReport {
  return {
    platform,
    checked: true,
    state: 'not-activated',
    stateText: said('activation.state.noKey'),
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
  stateText: Sentence,
  message: Sentence,
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

/** The report as `status --json` prints it, its words said by `say` (English there, as always). */
export function activationJson(report: ActivationReport, say: (sentence: Sentence) => string): ActivationJson {
  return { ...report, stateText: say(report.stateText), message: report.message === null ? '' : say(report.message) };
}
