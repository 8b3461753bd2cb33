// Reads the shared PowerShell script's answer. Only an object carrying SYSTEM_ANSWER counts: a
// stub's silence, a banner or any other JSON is "unknown", never an empty answer.
import { SYSTEM_ANSWER } from './powershell-script.js';

export type Sections = Readonly<Record<string, unknown>>;

export type PowerShellAnswer =
  | {
      readonly kind: 'answer';
      readonly sections: Sections;
      /** $ExecutionContext.SessionState.LanguageMode ("FullLanguage", "ConstrainedLanguage"); null when not reported. */
      readonly mode: string | null;
      /** Why sections that never came are missing (the run timed out or failed after some answers). */
      readonly cutShort?: string;
    }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Said when PowerShell runs in a restricted language mode (AppLocker, App Control): why answers are missing. */
export const LOCKED_DOWN = 'PowerShell is locked down on this PC';

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

function jsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/**
 * Parses stdout: one JSON line per section, each carrying the marker (lines of noise before or
 * between them are skipped; a line cut off by a timeout does not parse and is left out). A
 * section named twice keeps its first answer.
 */
export function parsePowerShellAnswer(stdout: string): PowerShellAnswer {
  const lines = stdout.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return { kind: 'unknown', reason: 'PowerShell printed nothing (it may be a stand-in, as under Wine, or blocked).' };
  const objects = lines.filter((line) => line.startsWith('{')).map(jsonLine).filter(isRecord);
  if (objects.length === 0) return { kind: 'unknown', reason: 'PowerShell did not return the expected JSON.' };
  const ours = objects.filter((data) => data['answer'] === SYSTEM_ANSWER);
  if (ours.length === 0) return { kind: 'unknown', reason: 'PowerShell answered, but not with the expected data.' };
  const sections: Record<string, unknown> = {};
  for (const data of ours) {
    for (const [name, value] of Object.entries(data)) if (name !== 'answer' && !Object.hasOwn(sections, name)) sections[name] = value;
  }
  const mode = typeof sections['mode'] === 'string' ? sections['mode'] : null;
  return { kind: 'answer', sections, mode };
}

/** Whether PowerShell said it runs in a language mode other than the full one. */
export function lockedDown(answer: PowerShellAnswer): boolean {
  return answer.kind === 'answer' && answer.mode !== null && answer.mode !== 'FullLanguage';
}

/** A section's value, or why it is missing: the answer as a whole failed, or this section did. */
export function section(answer: PowerShellAnswer, name: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  if (answer.kind === 'unknown') return { ok: false, reason: answer.reason };
  const locked = lockedDown(answer) ? `${LOCKED_DOWN} (${answer.mode ?? ''}), ` : '';
  if (!Object.hasOwn(answer.sections, name)) {
    const why = answer.cutShort ?? `PowerShell's answer had no ${name} section.`;
    return { ok: false, reason: locked === '' ? why : `${locked}and it stopped before this part: ${why}` };
  }
  const value = answer.sections[name];
  const failed = sectionError(value);
  if (failed !== null) return { ok: false, reason: locked === '' ? `PowerShell could not read it (${failed.error}).` : `${locked}so it could not read this (${failed.error}).` };
  return { ok: true, value };
}
