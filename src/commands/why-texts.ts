// The error-code table's words in the user's language. src/windows/error-codes.ts keeps the English
// and its provenance (and `why --json` prints that English as is); the UI catalog has the same
// words under why.code.<code>.<field>, with Windows labels as slots in the words Windows shows.
// test/commands/why-texts.test.ts checks that the catalog's English equals the table's.
import type { ErrorCodeEntry } from '../windows/error-codes.js';
import { labelSlots } from '../i18n/label-slots.js';
import { isUiKey, type Translate, type Values } from '../i18n/ui-strings.js';

/** The Windows labels the table's texts may name, by slot. */
export const WHY_LABELS = {
  settingsApp: 'settings',
  activationPage: 'settings.activation',
  changedHardwareOption: 'activation.changed-hardware',
} as const;

/** An SDK constant (SL_E_HWID_CHANGED) is the same in every language; other names are words. */
const SDK_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

export type CodeTextField = 'name' | 'summary' | 'meaning' | 'advice';

/** The catalog key of a field, or null for a name that is an SDK constant (no key). */
export function codeTextKey(entry: ErrorCodeEntry, field: CodeTextField): string | null {
  return field === 'name' && SDK_NAME.test(entry.name) ? null : `why.code.${entry.code}.${field}`;
}

/** The slot values every why.code string gets: the labels in `windowsLanguage`, and the hedge. */
export function codeTextValues(t: Translate, windowsLanguage: string): Values {
  return { ...labelSlots(WHY_LABELS, windowsLanguage, t), unconfirmed: t('why.unconfirmed') };
}

/**
 * One field in the catalog's words. A code without its key (a bug the tests catch) keeps the
 * table's English rather than failing the user's command.
 */
export function codeText(entry: ErrorCodeEntry, field: CodeTextField, t: Translate, values: Values): string {
  const key = codeTextKey(entry, field);
  if (key === null) return entry.name;
  return isUiKey(key) ? t(key, values) : entry[field];
}
