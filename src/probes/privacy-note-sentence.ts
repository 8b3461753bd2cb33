// A privacy note (privacy-notes.ts) as a Sentence: the catalog key that says it, its data, and the
// Windows labels in its slots. Pure data, so the tutor's verify answer carries the notes as they
// are and the edge says them in the user's language (src/i18n/say.ts), as the privacy command does.
import type { LabelPath, PrivacyNote, ValueNote } from './privacy-notes.js';
import { said, type Sentence } from './sentence.js';

/** Feedback frequency's choices, as the label catalog names them. */
const FEEDBACK_CHOICES = {
  'feedback-never': 'privacy.feedback-never',
  'feedback-always': 'privacy.feedback-always',
  'feedback-once-a-day': 'privacy.feedback-once-a-day',
  'feedback-once-a-week': 'privacy.feedback-once-a-week',
} as const;

const CAUTIONS = {
  'community-only': 'privacy.note.communityOnly',
  'single-community-tool': 'privacy.note.singleCommunityTool',
  'location-newer-builds': 'privacy.note.locationNewerBuilds',
  'activity-history-file': 'privacy.note.activityHistoryFile',
} as const;

const REQUIRED = { requiredLevel: 'privacy.diagnostic-level.required' } as const;
const SETTINGS = { settings: 'settings' } as const;

function valueSentence(value: ValueNote): Sentence {
  switch (value) {
    case 'required-diagnostic-data-only':
      return said('privacy.note.requiredDiagnosticDataOnly', undefined, REQUIRED);
    case 'diagnostic-data-off-security':
      return said('privacy.note.diagnosticDataOffSecurity');
    case 'diagnostic-zero-on-home-pro':
      return said('privacy.note.diagnosticZeroOnHomePro', undefined, REQUIRED);
    case 'diagnostic-zero-edition-unknown':
      return said('privacy.note.diagnosticZeroEditionUnknown', undefined, REQUIRED);
    default:
      return said('privacy.note.feedbackChoice', undefined, { choice: FEEDBACK_CHOICES[value] });
  }
}

const pathLabels = (path: LabelPath) => ({ group: path.group, page: path.page, switch: path.switch });

/** One note as a sentence. */
export function privacyNoteSentence(note: PrivacyNote): Sentence {
  switch (note.code) {
    case 'caution':
      return said(CAUTIONS[note.caution]);
    case 'value':
      return valueSentence(note.value);
    case 'reason':
      return note.reason;
    case 'moved':
      return note.buildKnown
        ? said('privacy.note.movedHere', undefined, { ...SETTINGS, ...pathLabels(note.path) })
        : said('privacy.note.movedFrom24H2', { link: note.page }, pathLabels(note.path));
    case 'mdm-unreadable':
      return said(note.enrolled ? 'privacy.note.mdmUnreadableEnrolled' : 'privacy.note.mdmUnreadable', { policy: note.policy, reason: note.reason });
    case 'mdm-unrecognised':
      return said('privacy.note.mdmUnrecognised', { policy: note.policy });
    case 'mdm-sets':
      return said(note.state === 'on' ? 'privacy.note.mdmTurnsOn' : 'privacy.note.mdmTurnsOff', { policy: note.policy }, SETTINGS);
    case 'policy-unreadable':
      return said('privacy.note.policyUnreadable', { reason: note.reason });
    case 'policy-unrecognised':
      return said('privacy.note.policyUnrecognised', { policy: note.policy });
    case 'policy-not-this-edition':
      return said('privacy.note.policyNotThisEdition', { policy: note.policy });
    case 'policy-edition-unknown':
      return said('privacy.note.policyEditionUnknown', { policy: note.policy });
    case 'policy-sets':
      return said(note.state === 'on' ? 'privacy.note.policyTurnsOn' : 'privacy.note.policyTurnsOff', { policy: note.policy, key: note.key }, SETTINGS);
    case 'device-unreadable':
      return said('privacy.note.deviceUnreadable', { reason: note.reason });
    case 'device-unrecognised':
      return said('privacy.note.deviceUnrecognised', { value: note.value, key: note.key });
    case 'device-sets':
      return said(note.state === 'on' ? 'privacy.note.deviceTurnsOn' : 'privacy.note.deviceTurnsOff', { value: note.value, key: note.key });
    case 'never-changed':
      return said('privacy.note.neverChanged');
    case 'value-unrecognised':
      return said('privacy.note.valueUnrecognised');
    case 'check-failed':
      return said('privacy.note.checkFailed', { error: note.error });
    case 'off-windows':
      return said('privacy.note.offWindows', { platform: note.platform });
  }
}

/** A reading's notes as one Sentence-list value: said as whole sentences, one after another. */
export function privacyNoteSentences(notes: readonly PrivacyNote[]): readonly Sentence[] {
  return notes.map(privacyNoteSentence);
}
