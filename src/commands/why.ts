// `why [code]`: what an activation error code means and what to do, from the offline table.
// The words around the table's data come from the UI catalog. The table's own fields (name,
// summary, meaning, advice: src/windows/error-codes.ts) are English data for now.
import { findErrorCode, normalizeCode } from '../windows/error-code-lookup.js';
import { ERROR_CODES, type ErrorCodeEntry } from '../windows/error-codes.js';
import { sanitizeText } from '../course/sanitize.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { fail, ok, type CommandResult } from './command-result.js';

/** Stable shape of `why --json` (documented in README): the table's fields but the one-line summary. */
export type WhyJson = Omit<ErrorCodeEntry, 'summary'>;

export function whyJson(entry: ErrorCodeEntry): WhyJson {
  const { code, name, meaning, advice, lesson, step, source, meaningFrom, verified } = entry;
  return { code, name, meaning, advice, lesson, step, source, meaningFrom, verified };
}

/** The text answer for one code; also used by `status`. */
export function whyLines(entry: ErrorCodeEntry, t: Translate = english): string[] {
  return [
    `${entry.code}  ${entry.name}`,
    t(entry.verified ? 'why.meaning' : 'why.meaningUnconfirmed', { meaning: entry.meaning }),
    t('why.meaningFrom', { source: t(`why.from.${entry.meaningFrom}`) }),
    t('why.advice', { advice: entry.advice }),
    t('why.lesson', { lesson: entry.lesson, step: entry.step }),
    // The help page, not necessarily the source of the meaning (that is the line above).
    t('why.moreHelp', { url: entry.source }),
  ];
}

function table(t: Translate): string[] {
  const rows = ERROR_CODES.map((entry) => t(entry.verified ? 'why.row' : 'why.rowUnconfirmed', { code: entry.code, summary: entry.summary }));
  return [t('why.title'), '', ...rows, '', t('why.runWhy')];
}

/** The answer for what a user typed: the explanation, or why there is none. Shared with the lesson step. */
export function answerFor(input: string, t: Translate = english): { readonly found: boolean; readonly lines: string[] } {
  const entry = findErrorCode(input);
  if (entry !== null) return { found: true, lines: whyLines(entry, t) };
  const normalized = normalizeCode(input);
  const problem = normalized === null ? t('why.notACode', { input: sanitizeText(input) }) : t('why.unknownCode', { code: normalized });
  return { found: false, lines: [`${problem} ${t('why.hint')}`] };
}

export function runWhy(code: string | undefined, options: { readonly json: boolean; readonly t?: Translate }): CommandResult {
  const t = options.t ?? english;
  if (code === undefined) {
    return ok(options.json ? `${JSON.stringify(ERROR_CODES.map(whyJson), null, 2)}\n` : `${table(t).join('\n')}\n`);
  }
  const entry = findErrorCode(code);
  if (entry === null) return fail(`winlink-tutor: ${answerFor(code, t).lines.join('\n')}\n`);
  return ok(options.json ? `${JSON.stringify(whyJson(entry), null, 2)}\n` : `${whyLines(entry, t).join('\n')}\n`);
}
