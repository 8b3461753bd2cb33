// `why [code]`: what an activation error code means and what to do, from the offline table.
import { findErrorCode, normalizeCode } from '../windows/error-code-lookup.js';
import { ERROR_CODES, MEANING_SOURCE_NAMES, type ErrorCodeEntry } from '../windows/error-codes.js';
import { sanitizeText } from '../course/sanitize.js';
import { fail, ok, type CommandResult } from './command-result.js';

/** Stable shape of `why --json` (documented in README): the table's fields but the one-line summary. */
export type WhyJson = Omit<ErrorCodeEntry, 'summary'>;

export function whyJson(entry: ErrorCodeEntry): WhyJson {
  const { code, name, meaning, advice, lesson, step, source, meaningFrom, verified } = entry;
  return { code, name, meaning, advice, lesson, step, source, meaningFrom, verified };
}

/** The text answer for one code; also used by `status`. */
export function whyLines(entry: ErrorCodeEntry): string[] {
  return [
    `${entry.code}  ${entry.name}`,
    entry.verified ? `Meaning: ${entry.meaning}` : `Meaning (not confirmed by Microsoft for Windows activation): ${entry.meaning}`,
    `Meaning from: ${MEANING_SOURCE_NAMES[entry.meaningFrom]}`,
    `What you can do: ${entry.advice}`,
    `Lesson: winlink-tutor --lesson ${entry.lesson} (step "${entry.step}")`,
    // The help page, not necessarily the source of the meaning (that is the line above).
    `More help from Microsoft: ${entry.source}`,
  ];
}

function table(): string[] {
  const rows = ERROR_CODES.map((entry) => `${entry.code}  ${entry.summary}${entry.verified ? '' : ' (not confirmed by Microsoft)'}`);
  return ['Activation error codes this tutor knows:', '', ...rows, '', 'Run winlink-tutor why <code> for what it means and what to do.'];
}

/** The answer for what a user typed: the explanation, or why there is none. Shared with the lesson step. */
export function answerFor(input: string): { readonly found: boolean; readonly lines: string[] } {
  const entry = findErrorCode(input);
  if (entry !== null) return { found: true, lines: whyLines(entry) };
  const normalized = normalizeCode(input);
  const problem = normalized === null
    ? `"${sanitizeText(input)}" is not an activation error code (0x and 8 hex digits, e.g. 0xC004F211).`
    : `${normalized} is not a code this tutor knows.`;
  return { found: false, lines: [`${problem} ${HINT}`] };
}

const HINT = 'Check the number on the Activation page in Settings, run `winlink-tutor status` to read it from this PC, or `winlink-tutor why` for the codes this tutor knows.';

export function runWhy(code: string | undefined, options: { readonly json: boolean }): CommandResult {
  if (code === undefined) {
    return ok(options.json ? `${JSON.stringify(ERROR_CODES.map(whyJson), null, 2)}\n` : `${table().join('\n')}\n`);
  }
  const entry = findErrorCode(code);
  if (entry === null) return fail(`winlink-tutor: ${answerFor(code).lines.join('\n')}\n`);
  return ok(options.json ? `${JSON.stringify(whyJson(entry), null, 2)}\n` : `${whyLines(entry).join('\n')}\n`);
}
