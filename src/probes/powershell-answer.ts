// Reads the shared PowerShell script's answer. Only an object carrying SYSTEM_ANSWER counts: a
// stub's silence, a banner or any other JSON is "unknown", never an empty answer.
import { SYSTEM_ANSWER } from './powershell-script.js';
import { said, type Sentence } from './sentence.js';

export type Sections = Readonly<Record<string, unknown>>;

export type PowerShellAnswer =
  | {
      readonly kind: 'answer';
      readonly sections: Sections;
      /** $ExecutionContext.SessionState.LanguageMode ("FullLanguage", "ConstrainedLanguage"); null when not reported. */
      readonly mode: string | null;
      /** Why sections that never came are missing (the run timed out or failed after some answers). */
      readonly cutShort?: Sentence;
    }
  | { readonly kind: 'unknown'; readonly reason: Sentence };

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
  if (lines.length === 0) return { kind: 'unknown', reason: said('probe.ps.printedNothing') };
  const objects = lines.filter((line) => line.startsWith('{')).map(jsonLine).filter(isRecord);
  if (objects.length === 0) return { kind: 'unknown', reason: said('probe.ps.notJson') };
  const ours = objects.filter((data) => data['answer'] === SYSTEM_ANSWER);
  if (ours.length === 0) return { kind: 'unknown', reason: said('probe.ps.notOurs') };
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
export function section(answer: PowerShellAnswer, name: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: Sentence } {
  if (answer.kind === 'unknown') return { ok: false, reason: answer.reason };
  // A restricted language mode (AppLocker, App Control) is named first: it is why answers are missing.
  const mode = lockedDown(answer) ? answer.mode ?? '' : null;
  if (!Object.hasOwn(answer.sections, name)) {
    const why = answer.cutShort ?? said('probe.ps.noSection', { name });
    return { ok: false, reason: mode === null ? why : said('probe.ps.lockedStopped', { mode, reason: why }) };
  }
  const value = answer.sections[name];
  const failed = sectionError(value);
  if (failed !== null) return { ok: false, reason: mode === null ? said('probe.ps.sectionFailed', { error: failed.error }) : said('probe.ps.lockedSectionFailed', { mode, error: failed.error }) };
  return { ok: true, value };
}
