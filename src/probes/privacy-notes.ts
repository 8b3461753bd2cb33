// What the privacy checkup found about a setting, as data: a code and its values. The command
// says it in the user's language (src/i18n/privacy-text.ts); Windows' own words appear here only
// as label-catalog keys (src/i18n/windows-labels.json), never typed.
import type { Sentence } from './sentence.js';

export type OnOff = 'on' | 'off';

/** Why a setting's reading may be weak. */
export type Caution = 'community-only' | 'single-community-tool' | 'location-newer-builds' | 'activity-history-file';

/** What the user's values say beyond on/off: a diagnostic-data level, a feedback frequency. */
export type ValueNote =
  | 'required-diagnostic-data-only'
  | 'diagnostic-data-off-security'
  | 'diagnostic-zero-on-home-pro'
  | 'diagnostic-zero-edition-unknown'
  | 'feedback-never'
  | 'feedback-always'
  | 'feedback-once-a-day'
  | 'feedback-once-a-week';

/** A Settings path by its label keys: page group > page > switch. */
export interface LabelPath {
  readonly group: string;
  readonly page: string;
  readonly switch: string;
}

/**
 * One thing said about a reading. `policy`, `key` and a device note's `value` are registry names
 * (the same in every language); `reason` is a probe's reason (data, said in the same language);
 * `error` is the error's own words, passed on as they are.
 */
export type PrivacyNote =
  | { readonly code: 'caution'; readonly caution: Caution }
  | { readonly code: 'value'; readonly value: ValueNote }
  /** A probe's reason on its own (a failed read, another account's HKCU). */
  | { readonly code: 'reason'; readonly reason: Sentence }
  /** Where the switch is from Windows 11 24H2 on; `buildKnown`: this PC's build says it is there. */
  | { readonly code: 'moved'; readonly path: LabelPath; readonly page: string; readonly buildKnown: boolean }
  | { readonly code: 'mdm-unreadable'; readonly policy: string; readonly enrolled: boolean; readonly reason: Sentence }
  | { readonly code: 'mdm-unrecognised'; readonly policy: string }
  | { readonly code: 'mdm-sets'; readonly state: OnOff; readonly policy: string }
  | { readonly code: 'policy-unreadable'; readonly reason: Sentence }
  | { readonly code: 'policy-unrecognised'; readonly policy: string }
  | { readonly code: 'policy-not-this-edition'; readonly policy: string }
  | { readonly code: 'policy-edition-unknown'; readonly policy: string }
  | { readonly code: 'policy-sets'; readonly state: OnOff; readonly policy: string; readonly key: string }
  | { readonly code: 'device-unreadable'; readonly reason: Sentence }
  | { readonly code: 'device-unrecognised'; readonly value: string; readonly key: string }
  | { readonly code: 'device-sets'; readonly state: OnOff; readonly value: string; readonly key: string }
  | { readonly code: 'never-changed' }
  | { readonly code: 'value-unrecognised' }
  | { readonly code: 'check-failed'; readonly error: string }
  | { readonly code: 'off-windows'; readonly platform: string };

/**
 * How a switch is named: label-catalog keys. `name` is the switch; `newerName` what newer Windows 11
 * builds call it; `description` the line Settings shows under it, said with it.
 */
export interface SwitchLabel {
  readonly name: string;
  readonly newerName?: string;
  readonly description?: string;
}
