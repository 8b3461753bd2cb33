// What a verify line means, in words a user reads: "advertising ID off", "a Microsoft account".
import type { PrivacyId } from './privacy-settings.js';

const PRIVACY_NAMES: Readonly<Record<PrivacyId, string>> = {
  'advertising-id': 'advertising ID',
  'language-list': 'language list for websites',
  'app-launch-tracking': 'app-launch tracking',
  'suggested-content': 'suggested content in Settings',
  'tailored-experiences': 'tailored experiences',
  'diagnostic-data': 'optional diagnostic data',
  'activity-history': 'activity history',
  location: 'location services',
  'find-my-device': 'Find my device',
  'online-speech': 'online speech recognition',
  'inking-typing': 'inking and typing personalization',
  'feedback-frequency': 'feedback requests',
};

const VALUE_PHRASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'windows.version': { '10': 'Windows 10', '11': 'Windows 11' },
  'account.type': { microsoft: 'a Microsoft account', local: 'a local account', work: 'a work or school account' },
  'admin.member': { yes: 'your account is an administrator', no: 'your account is a standard user' },
  'admin.elevated': { yes: 'the tutorial runs as administrator', no: 'the tutorial runs without administrator rights' },
  'activation.state': { activated: 'Windows is activated', 'not-activated': 'Windows is not activated' },
};

/** A privacy setting's short name, as a sentence starts it: "Advertising ID". */
export function privacyName(id: string): string {
  const name = Object.hasOwn(PRIVACY_NAMES, id) ? PRIVACY_NAMES[id as PrivacyId] : id;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** One value of a probe in words. */
export function describeProbeValue(probe: string, value: string): string {
  const phrases = Object.hasOwn(VALUE_PHRASES, probe) ? VALUE_PHRASES[probe] : undefined;
  const phrase = phrases && Object.hasOwn(phrases, value) ? phrases[value] : undefined;
  if (phrase) return phrase;
  if (probe.startsWith('privacy.')) {
    const id = probe.slice('privacy.'.length);
    return `${Object.hasOwn(PRIVACY_NAMES, id) ? PRIVACY_NAMES[id as PrivacyId] : id} ${value}`;
  }
  return `${probe} ${value}`;
}

/** Said once before the values of these probes: "signed in with a Microsoft account or a local account". */
const LEAD: Readonly<Record<string, string>> = { 'account.type': 'signed in with ' };

/** A verify line in words: "advertising ID off"; alternatives joined with "or". */
export function describeVerify(verify: { readonly probe: string; readonly values: readonly string[] }): string {
  const lead = Object.hasOwn(LEAD, verify.probe) ? LEAD[verify.probe] : '';
  return `${lead}${verify.values.map((value) => describeProbeValue(verify.probe, value)).join(' or ')}`;
}
