// `why [code]`: what an activation error code means and what to do, from the offline table.
// Every word comes from the UI catalog, the table's too (why-texts.ts); `--json` is the table's
// English, the same in every language.
import { findErrorCode, normalizeCode } from '../windows/error-code-lookup.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../windows/error-codes.js';
import { sanitizeText } from '../course/sanitize.js';
import { english, type Translate, type Values } from '../i18n/ui-strings.js';
import { codeText, codeTextValues } from './why-texts.js';
import { fail, ok, type CommandResult } from './command-result.js';

/** Stable shape of `why --json` (documented in README): the table's fields but the one-line summary. */
export type WhyJson = Omit<ErrorCodeEntry, 'summary'>;

export function whyJson(entry: ErrorCodeEntry): WhyJson {
  const { code, name, meaning, advice, lesson, step, source, meaningFrom, verified } = entry;
  return { code, name, meaning, advice, lesson, step, source, meaningFrom, verified };
}

/**
 * The text answer for one code. `windows` is the Windows display language whose labels the
 * advice names ("de-DE"; English Windows by default).
 */
export function whyLines(entry: ErrorCodeEntry, t: Translate = english, windows = 'en-US'): string[] {
  const values = codeTextValues(t, windows);
  return [
    `${entry.code}  ${codeText(entry, 'name', t, values)}`,
    t(entry.verified ? 'why.meaning' : 'why.meaningUnconfirmed', { meaning: codeText(entry, 'meaning', t, values) }),
    t('why.meaningFrom', { source: t(`why.from.${entry.meaningFrom}`) }),
    t('why.advice', { advice: codeText(entry, 'advice', t, values) }),
    t('why.lesson', { lesson: entry.lesson, step: entry.step }),
    // The help page, not necessarily the source of the meaning (that is the line above).
    t('why.moreHelp', { url: entry.source }),
  ];
}

function table(t: Translate, values: Values): string[] {
  const rows = ERROR_CODES.map((entry) => t(entry.verified ? 'why.row' : 'why.rowUnconfirmed', { code: entry.code, summary: codeText(entry, 'summary', t, values) }));
  return [t('why.title'), '', ...rows, '', t('why.runWhy')];
}

/** The answer for what a user typed: the explanation, or why there is none. Shared with the lesson step. */
export function answerFor(input: string, t: Translate = english, windows = 'en-US'): { readonly found: boolean; readonly lines: string[] } {
  const entry = findErrorCode(input);
  if (entry !== null) return { found: true, lines: whyLines(entry, t, windows) };
  const normalized = normalizeCode(input);
  const problem = normalized === null ? t('why.notACode', { input: sanitizeText(input) }) : t('why.unknownCode', { code: normalized });
  const hint = t('why.hint', codeTextValues(t, windows));
  // Chinese and Japanese sentences end in a full-width stop and are not separated by a space.
  return { found: false, lines: [/[\u3002\uFF01\uFF1F]$/.test(problem) ? `${problem}${hint}` : `${problem} ${hint}`] };
}

export interface WhyOptions {
  readonly json: boolean;
  /** The UI catalog's words; English by default. */
  readonly t?: Translate;
  /** The Windows display language of the labels in the advice; en-US by default. */
  readonly windows?: string;
}

export function runWhy(code: string | undefined, options: WhyOptions): CommandResult {
  const t = options.t ?? english;
  const windows = options.windows ?? 'en-US';
  if (code === undefined) {
    return ok(options.json ? `${JSON.stringify(ERROR_CODES.map(whyJson), null, 2)}\n` : `${table(t, codeTextValues(t, windows)).join('\n')}\n`);
  }
  const entry = findErrorCode(code);
  if (entry === null) return fail(`winlink-tutor: ${answerFor(code, t, windows).lines.join('\n')}\n`);
  return ok(options.json ? `${JSON.stringify(whyJson(entry), null, 2)}\n` : `${whyLines(entry, t, windows).join('\n')}\n`);
}
