// Reads the shared PowerShell script's answer. Only an object carrying SYSTEM_ANSWER counts: a
// stub's silence, a banner or any other JSON is "unknown", never an empty answer.
import { SYSTEM_ANSWER } from './powershell-script.js';

export type Sections = Readonly<Record<string, unknown>>;

export type PowerShellAnswer =
  | { readonly kind: 'answer'; readonly sections: Sections }
  | { readonly kind: 'unknown'; readonly reason: string };

/** What one section reported when its cmdlet failed: the exception's type and PowerShell's error id. */
export interface SectionError {
  readonly error: string;
  readonly id: string;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sectionError(value: unknown): SectionError | null {
  if (!isRecord(value) || typeof value['error'] !== 'string') return null;
  return { error: value['error'], id: typeof value['id'] === 'string' ? value['id'] : '' };
}

/** Parses stdout; the JSON is the last line that starts with "{" (anything before it is noise). */
export function parsePowerShellAnswer(stdout: string): PowerShellAnswer {
  const lines = stdout.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return { kind: 'unknown', reason: 'PowerShell printed nothing (it may be a stand-in, as under Wine, or blocked).' };
  const json = [...lines].reverse().find((line) => line.startsWith('{'));
  let data: unknown = null;
  try {
    data = json === undefined ? null : JSON.parse(json);
  } catch {
    data = null;
  }
  if (!isRecord(data)) return { kind: 'unknown', reason: 'PowerShell did not return the expected JSON.' };
  if (data['answer'] !== SYSTEM_ANSWER) return { kind: 'unknown', reason: 'PowerShell answered, but not with the expected data.' };
  return { kind: 'answer', sections: data };
}

/** A section's value, or why it is missing: the answer as a whole failed, or this section did. */
export function section(answer: PowerShellAnswer, name: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  if (answer.kind === 'unknown') return { ok: false, reason: answer.reason };
  if (!Object.hasOwn(answer.sections, name)) return { ok: false, reason: `PowerShell's answer had no ${name} section.` };
  const value = answer.sections[name];
  const failed = sectionError(value);
  if (failed !== null) return { ok: false, reason: `PowerShell could not read it (${failed.error}).` };
  return { ok: true, value };
}
