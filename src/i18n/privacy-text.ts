// The privacy checkup's findings in words: the UI catalog's sentences, with Windows' own labels
// (in the user's Windows display language) in their slots.
import type { LabelPath, PrivacyNote, SwitchLabel, ValueNote } from '../probes/privacy-notes.js';
import { labelSlots } from './label-slots.js';
import { sayer } from './say.js';
import type { Translate } from './ui-strings.js';

/** Feedback frequency's choices, as the label catalog names them. */
const FEEDBACK_CHOICES = {
  'feedback-never': 'privacy.feedback-never',
  'feedback-always': 'privacy.feedback-always',
  'feedback-once-a-day': 'privacy.feedback-once-a-day',
  'feedback-once-a-week': 'privacy.feedback-once-a-week',
} as const;

/** The switch as Settings names it, with its newer name or its description where it has one. */
export function privacyLabelText(label: SwitchLabel, t: Translate, windows: string): string {
  if (label.newerName !== undefined) return t('privacy.switchWithNewerName', labelSlots({ label: label.name, newerLabel: label.newerName }, windows, t));
  if (label.description !== undefined) return t('privacy.switchWithDescription', labelSlots({ label: label.name, description: label.description }, windows, t));
  return t('privacy.switch', labelSlots({ label: label.name }, windows, t));
}

function valueText(value: ValueNote, t: Translate, windows: string): string {
  const required = () => labelSlots({ requiredLevel: 'privacy.diagnostic-level.required' }, windows, t);
  switch (value) {
    case 'required-diagnostic-data-only':
      return t('privacy.note.requiredDiagnosticDataOnly', required());
    case 'diagnostic-data-off-security':
      return t('privacy.note.diagnosticDataOffSecurity');
    case 'diagnostic-zero-on-home-pro':
      return t('privacy.note.diagnosticZeroOnHomePro', required());
    case 'diagnostic-zero-edition-unknown':
      return t('privacy.note.diagnosticZeroEditionUnknown', required());
    default:
      return t('privacy.note.feedbackChoice', labelSlots({ choice: FEEDBACK_CHOICES[value] }, windows, t));
  }
}

const pathSlots = (path: LabelPath, windows: string, t: Translate) => labelSlots({ group: path.group, page: path.page, switch: path.switch }, windows, t);

/** One note as a sentence. */
export function privacyNoteText(note: PrivacyNote, t: Translate, windows: string): string {
  const settings = () => labelSlots({ settings: 'settings' }, windows, t);
  switch (note.code) {
    case 'caution':
      return t(({
        'community-only': 'privacy.note.communityOnly',
        'single-community-tool': 'privacy.note.singleCommunityTool',
        'location-newer-builds': 'privacy.note.locationNewerBuilds',
        'activity-history-file': 'privacy.note.activityHistoryFile',
      } as const)[note.caution]);
    case 'value':
      return valueText(note.value, t, windows);
    case 'reason':
      return sayer(t, windows)(note.reason);
    case 'moved':
      return note.buildKnown
        ? t('privacy.note.movedHere', { ...settings(), ...pathSlots(note.path, windows, t) })
        : t('privacy.note.movedFrom24H2', { ...pathSlots(note.path, windows, t), link: note.page });
    case 'mdm-unreadable':
      return t(note.enrolled ? 'privacy.note.mdmUnreadableEnrolled' : 'privacy.note.mdmUnreadable', { policy: note.policy, reason: sayer(t, windows)(note.reason) });
    case 'mdm-unrecognised':
      return t('privacy.note.mdmUnrecognised', { policy: note.policy });
    case 'mdm-sets':
      return t(note.state === 'on' ? 'privacy.note.mdmTurnsOn' : 'privacy.note.mdmTurnsOff', { policy: note.policy, ...settings() });
    case 'policy-unreadable':
      return t('privacy.note.policyUnreadable', { reason: sayer(t, windows)(note.reason) });
    case 'policy-unrecognised':
      return t('privacy.note.policyUnrecognised', { policy: note.policy });
    case 'policy-not-this-edition':
      return t('privacy.note.policyNotThisEdition', { policy: note.policy });
    case 'policy-edition-unknown':
      return t('privacy.note.policyEditionUnknown', { policy: note.policy });
    case 'policy-sets':
      return t(note.state === 'on' ? 'privacy.note.policyTurnsOn' : 'privacy.note.policyTurnsOff', { policy: note.policy, key: note.key, ...settings() });
    case 'device-unreadable':
      return t('privacy.note.deviceUnreadable', { reason: sayer(t, windows)(note.reason) });
    case 'device-unrecognised':
      return t('privacy.note.deviceUnrecognised', { value: note.value, key: note.key });
    case 'device-sets':
      return t(note.state === 'on' ? 'privacy.note.deviceTurnsOn' : 'privacy.note.deviceTurnsOff', { value: note.value, key: note.key });
    case 'never-changed':
      return t('privacy.note.neverChanged');
    case 'value-unrecognised':
      return t('privacy.note.valueUnrecognised');
    case 'check-failed':
      return t('privacy.note.checkFailed', { error: note.error });
    case 'off-windows':
      return t('privacy.note.offWindows', { platform: note.platform });
  }
}

/** A reading's notes as one paragraph: whole sentences, one after another. */
export function privacyDetailText(notes: readonly PrivacyNote[], t: Translate, windows: string): string {
  return notes.map((note) => privacyNoteText(note, t, windows)).filter((text) => text !== '').join(' ');
}
