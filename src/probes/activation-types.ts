import type { Sentence } from './sentence.js';

/** What Windows says about activation, reduced to the few states a learner needs. */
export type ActivationState = 'activated' | 'not-activated' | 'grace' | 'notification' | 'unknown';

/** Where the license came from; decides what happens after a hardware change. */
export type LicenseChannel = 'Retail' | 'OEM' | 'Volume' | 'Unknown';

/** One Windows license as read from CIM or slmgr; never holds more than 5 key characters. */
export interface LicenseInfo {
  /** Friendly edition, e.g. "Pro"; null when the output did not name one. */
  readonly edition: string | null;
  readonly channel: LicenseChannel;
  readonly state: ActivationState;
  /** Windows' own wording of the status, e.g. "Initial grace period". */
  readonly statusDetail: string;
  /** Last 5 characters of the installed key, or null. */
  readonly partialKey: string | null;
  /** The failure code Windows reports for this license ("0xC004F211"), or null when there is none. */
  readonly errorCode: string | null;
  /** true: activation never expires; false: it does; null: the source cannot tell. */
  readonly permanent: boolean | null;
}

/** Outcome of parsing one command's output: a license, nothing installed, or text we cannot read. */
export type LicenseParseResult =
  | { readonly kind: 'license'; readonly license: LicenseInfo; readonly others: readonly LicenseInfo[] }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unrecognized'; readonly reason: Sentence };

/** Outcome of parsing `slmgr /xpr`, which reports expiry only. */
export type ExpiryParseResult =
  | {
      readonly kind: 'expiry';
      readonly edition: string | null;
      readonly state: ActivationState;
      readonly permanent: boolean;
      /** The end date exactly as Windows printed it (locale-dependent), or null. */
      readonly endsText: string | null;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unrecognized'; readonly reason: Sentence };

/** The activation check's answer; its words are data (said in the user's language, or in English for --json). */
export interface ActivationReport {
  readonly platform: NodeJS.Platform;
  /** true only when Windows answered and we understood the answer. */
  readonly checked: boolean;
  readonly state: ActivationState;
  readonly stateText: Sentence;
  readonly channel: LicenseChannel;
  readonly edition: string | null;
  readonly partialKey: string | null;
  /** "0xC004F211" when Windows reports a failure code for the license; null when none or unknown. */
  readonly errorCode: string | null;
  readonly permanent: boolean | null;
  readonly source: 'powershell' | 'slmgr' | null;
  /** Extra explanation (fallback used, why the check failed); null when nothing to add. */
  readonly message: Sentence | null;
}

/** Stable shape printed by `status --json` (the report with its words said); add fields, never rename them. */
export type ActivationJson = Omit<ActivationReport, 'stateText' | 'message'> & {
  readonly stateText: string;
  /** Empty when there is nothing to add. */
  readonly message: string;
};
