// What a verify line means, in words a user reads ("advertising ID off", "signed in with a
// Microsoft account"), from the UI catalog. Probe names and values are the lessons' codes.
import { isUiKey, type Translate } from '../i18n/ui-strings.js';

/** A privacy setting's short name ("advertising ID"); its id when the catalog has none. */
function privacyWords(id: string, t: Translate): string {
  const key = `privacy.name.${id}`;
  return isUiKey(key) ? t(key) : id;
}

/** A privacy setting's short name, as a sentence starts it: "Advertising ID". */
export function privacyName(id: string, t: Translate): string {
  const name = privacyWords(id, t);
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** One value of a probe in words. */
export function describeProbeValue(probe: string, value: string, t: Translate): string {
  const key = `verify.${probe}.${value}`;
  if (isUiKey(key)) return t(key);
  if (probe.startsWith('privacy.')) {
    // A switch's state in the user's words ("aus", "desactivado"), as the privacy checkup says it.
    const state = `privacy.state.${value}`;
    return t('verify.privacy', { name: privacyWords(probe.slice('privacy.'.length), t), value: isUiKey(state) ? t(state) : value });
  }
  return t('verify.other', { probe, value });
}

/** A verify line in words: "advertising ID off"; alternatives joined with "or". */
export function describeVerify(verify: { readonly probe: string; readonly values: readonly string[] }, t: Translate): string {
  const values = verify.values.map((value) => describeProbeValue(verify.probe, value, t));
  const what = values.length === 0 ? '' : values.reduce((first, second) => t('verify.or', { first, second }));
  // Said once before the alternatives: "signed in with a Microsoft account or a local account".
  return verify.probe === 'account.type' ? t('verify.signedIn', { what }) : what;
}
