/**
 * Fingerprints of English lesson text, which a translation records for each step it translates
 * (`<!-- translates: … -->` under the heading; `translates:` in the front matter for the title
 * and summary). When the English changes, its fingerprint no longer matches and the tutor shows
 * the English until the translation is updated. Only what the user reads and the step's fixed
 * fields count: comments (sources), blank-line and trailing-space edits, and the line a step
 * starts on do not make a translation stale.
 */
import { sha256Hex } from './sha256.js';
import type { Lesson, Step } from './types.js';

export const FINGERPRINT = /^[0-9a-f]{12}$/;

export function stepFingerprint(step: Step): string {
  const { line: _line, translates: _translates, untranslated: _untranslated, body, ...rest } = step;
  return fingerprint({ ...rest, body: normalizeMarkdown(body) });
}

export function frontFingerprint(lesson: Pick<Lesson, 'title' | 'summary'>): string {
  return fingerprint({ title: lesson.title, summary: lesson.summary });
}

/** All of an English lesson's fingerprints: what a translation of it is checked against. */
export interface LessonFingerprints {
  readonly front: string;
  readonly steps: readonly string[];
}

export function lessonFingerprints(lesson: Lesson): LessonFingerprints {
  return { front: frontFingerprint(lesson), steps: lesson.steps.map(stepFingerprint) };
}

function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 12);
}

function normalizeMarkdown(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** JSON with object keys sorted, so the order fields were written in does not matter. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
