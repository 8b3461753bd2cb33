// The privacy checkup's findings in words: the UI catalog's sentences, with Windows' own labels
// (in the user's Windows display language) in their slots.
import type { PrivacyNote, SwitchLabel } from '../probes/privacy-notes.js';
import { privacyNoteSentence } from '../probes/privacy-note-sentence.js';
import { labelSlots } from './label-slots.js';
import { oneAfterAnother, sayer } from './say.js';
import type { Translate } from './ui-strings.js';

/** The switch as Settings names it, with its newer name or its description where it has one. */
export function privacyLabelText(label: SwitchLabel, t: Translate, windows: string): string {
  if (label.newerName !== undefined) return t('privacy.switchWithNewerName', labelSlots({ label: label.name, newerLabel: label.newerName }, windows, t));
  if (label.description !== undefined) return t('privacy.switchWithDescription', labelSlots({ label: label.name, description: label.description }, windows, t));
  return t('privacy.switch', labelSlots({ label: label.name }, windows, t));
}

/** A reading's notes as one paragraph: whole sentences, one after another (as the tutor's verify answer says them). */
export function privacyDetailText(notes: readonly PrivacyNote[], t: Translate, windows: string): string {
  const say = sayer(t, windows);
  return oneAfterAnother(t, notes.map((note) => say(privacyNoteSentence(note))));
}
