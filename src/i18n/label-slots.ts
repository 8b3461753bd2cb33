/**
 * Windows labels for the slots of a UI string, by the lessons' rule: the words the user's Windows
 * shows, or the English words marked "(English name)" where that language has none. The UI
 * catalogs hold only the slots, so no translation types a Windows label by hand.
 */
import type { Translate, Values } from './ui-strings.js';
import { windowsLabel } from './windows-labels.js';

/** The Activation page's paths, for strings that send the user there. */
export const ACTIVATION_PAGE = {
  settings: 'settings',
  system: 'settings.system',
  activation: 'settings.activation',
  updateSecurity: 'settings.update-security',
} as const;

/** The Settings app, for strings that name it ("the Settings page", "suggested content in Settings"). */
export const SETTINGS_APP = { settings: 'settings' } as const;

/** The command that starts a program elevated, for strings about running as another account. */
export const RUN_AS = { runAs: 'shell.run-as-administrator' } as const;

/** `names` maps a slot to a label key; `windowsLanguage` is a Windows display language ("de-DE"). */
export function labelSlots(names: Readonly<Record<string, string>>, windowsLanguage: string, t: Translate): Values {
  return Object.fromEntries(
    Object.entries(names).map(([slot, name]) => {
      const label = windowsLabel(name, windowsLanguage);
      // A key missing from the catalog is a bug in our code (tests use every key), not the user's.
      if (!label) throw new Error(`unknown Windows label "${name}"`);
      return [slot, label.english ? t('label.englishName', { label: label.text }) : label.text];
    }),
  );
}
