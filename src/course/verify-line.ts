// A task's `verify: <probe> = <value>` line: what Windows shows once the task is done, so the
// tutor can confirm the tick itself. Alternatives (`= microsoft | local`) all count as done.
import { verifyProblem } from '../probes/catalog.js';

export interface Verify {
  readonly probe: string;
  /** Any of these answers from Windows means the task is done. */
  readonly values: readonly string[];
}

export const VERIFY_SYNTAX = 'verify must read "<probe> = <value>", e.g. "privacy.advertising-id = off"';

export type VerifyParse = { readonly ok: true; readonly verify: Verify } | { readonly ok: false; readonly message: string };

/** The YAML value of `verify` → a check Windows can answer, or why it is not one. */
export function parseVerify(raw: unknown): VerifyParse {
  if (typeof raw !== 'string') return { ok: false, message: VERIFY_SYNTAX };
  const match = /^\s*([a-z0-9.-]+)\s*=\s*(\S.*?)\s*$/.exec(raw);
  if (!match) return { ok: false, message: VERIFY_SYNTAX };
  const probe = match[1] ?? '';
  const values = (match[2] ?? '').split('|').map((value) => value.trim());
  for (const value of values) {
    if (value === '') return { ok: false, message: VERIFY_SYNTAX };
    const problem = verifyProblem(probe, value);
    if (problem) return { ok: false, message: `verify: ${problem}` };
  }
  return { ok: true, verify: { probe, values: [...new Set(values)] } };
}

/** Lines into a block's YAML where its `verify:` key sits (0-based), so errors point at it. */
export function verifyLineOffset(yaml: string): number {
  const index = yaml.split('\n').findIndex((line) => /^\s*verify\s*:/.test(line));
  return Math.max(0, index);
}
