// What a verify line means, in words a user reads ("advertising ID off", "signed in with a
// Microsoft account"), from the UI catalog. Probe names and values are the lessons' codes.
import { labelSlots, SETTINGS_APP } from '../i18n/label-slots.js';
import { isUiKey, type Translate } from '../i18n/ui-strings.js';

/**
 * The Windows label a setting's short name may be ({label} in privacy.name.<id>): a translation
 * that names a setting as its Windows does takes the words from the label catalog, so es-MX reads
 * "Buscar mi dispositivo" where es-ES reads "Encontrar mi dispositivo". {settings} is the app.
 */
const NAME_LABELS: Readonly<Record<string, string>> = {
  'find-my-device': 'settings.find-my-device',
  'activity-history': 'settings.privacy.activity-history',
  location: 'privacy.location-services',
  'online-speech': 'privacy.online-speech',
  'tailored-experiences': 'privacy.tailored-experiences',
  'inking-typing': 'privacy.inking-typing',
};

/** A privacy setting's short name ("advertising ID"); its id when the catalog has none. */
function privacyWords(id: string, t: Translate, windowsLanguage: string): string {
  const key = `privacy.name.${id}`;
  if (!isUiKey(key)) return id;
  const label = NAME_LABELS[id];
  return t(key, labelSlots(label === undefined ? SETTINGS_APP : { ...SETTINGS_APP, label }, windowsLanguage, t));
}

/**
 * A privacy setting's short name, as a sentence starts it: "Advertising ID". `windowsLanguage`
 * is the Windows display language whose labels name it ("de-DE").
 */
export function privacyName(id: string, t: Translate, windowsLanguage: string): string {
  const name = privacyWords(id, t, windowsLanguage);
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** One value of a probe in words. */
export function describeProbeValue(probe: string, value: string, t: Translate, windowsLanguage: string): string {
  const key = `verify.${probe}.${value}`;
  if (isUiKey(key)) return t(key);
  if (probe.startsWith('privacy.')) {
    // A switch's state in the user's words ("aus", "desactivado"), as the privacy checkup says it.
    const state = `privacy.state.${value}`;
    return t('verify.privacy', { name: privacyWords(probe.slice('privacy.'.length), t, windowsLanguage), value: isUiKey(state) ? t(state) : value });
  }
  return t('verify.other', { probe, value });
}

/** A verify line in words: "advertising ID off"; alternatives joined with "or". */
export function describeVerify(verify: { readonly probe: string; readonly values: readonly string[] }, t: Translate, windowsLanguage: string): string {
  const values = verify.values.map((value) => describeProbeValue(verify.probe, value, t, windowsLanguage));
  const what = values.length === 0 ? '' : values.reduce((first, second) => t('verify.or', { first, second }));
  // Said once before the alternatives: "signed in with a Microsoft account or a local account".
  return verify.probe === 'account.type' ? t('verify.signedIn', { what }) : what;
}
