/**
 * A translated lesson laid over its English one. The translation must have the English
 * structure (ids, kinds, fixed block fields, variant blocks, label keys), so progress and
 * answers mean the same in every language; a translation that does not is not used. A step
 * whose fingerprint no longer matches the English (the English changed since) is shown in
 * English, and so are the title and summary when theirs is stale.
 */
import { lessonFingerprints, type LessonFingerprints } from './fingerprint.js';
import { labelKeysIn } from './label-refs.js';
import type { Lesson, LessonError, Step } from './types.js';

export interface TranslatedLesson {
  /** The lesson to show: translated where current, English elsewhere; null when the structure differs. */
  readonly lesson: Lesson | null;
  /** Structure that differs from English: the translation is not used. */
  readonly errors: readonly LessonError[];
  /** Parts that translate older English text (shown in English until updated). */
  readonly stale: readonly LessonError[];
}

/**
 * `known`: what the lesson cache kept: the English lesson's fingerprints, and whether both lessons'
 * structure keys are equal (then the structure needs no step-by-step comparison).
 */
export function applyTranslation(english: Lesson, translated: Lesson, known: { readonly prints?: LessonFingerprints; readonly sameStructure?: boolean } = {}): TranslatedLesson {
  const file = translated.file;
  const errors = known.sameStructure ? [] : structureErrors(english, translated).map(({ line, message }) => ({ file, line, message }));
  if (errors.length > 0) return { lesson: null, errors, stale: [] };
  const prints = known.prints ?? lessonFingerprints(english);
  const stale: LessonError[] = [];
  const frontCurrent = translated.translates === prints.front;
  if (!frontCurrent) stale.push({ file, line: 1, message: staleMessage('the title and summary', translated.translates, english.file, 1) });
  const steps = english.steps.map((source, index) => {
    const own = translated.steps[index] as Step;
    if (own.translates === prints.steps[index]) return { ...own, line: source.line };
    stale.push({ file, line: own.line, message: staleMessage(`step "${own.id}"`, own.translates, english.file, source.line) });
    return { ...source, untranslated: true as const };
  });
  const front = frontCurrent ? { title: translated.title, summary: translated.summary } : {};
  return { lesson: { ...english, ...front, steps }, errors: [], stale };
}

function staleMessage(what: string, stamp: string | undefined, englishFile: string, englishLine: number): string {
  const why = stamp === undefined ? 'does not say which English text it translates' : 'translates an older English text';
  return `${what} ${why} (${englishFile}:${englishLine}); it is shown in English until the translation is updated and stamped (node scripts/stamp-translation.mjs)`;
}

/**
 * Everything structureErrors compares, as one string: two lessons with equal keys have the same
 * structure (and no structure errors); JSON keeps the parts apart.
 */
export function structureKey(lesson: Lesson): string {
  return JSON.stringify([lesson.id, lesson.minutes, lesson.steps.map((step) => [step.id, step.kind, fixedFields(step), variants(step), labelKeys(step)])]);
}

type Problem = { readonly line: number; readonly message: string };

function structureErrors(english: Lesson, translated: Lesson): Problem[] {
  if (translated.id !== english.id) return [{ line: 1, message: `translation: lesson id "${translated.id}" differs from the English "${english.id}" (${english.file})` }];
  const problems: Problem[] = [];
  if (translated.minutes !== english.minutes) problems.push({ line: 1, message: `translation: minutes ${translated.minutes} differs from the English ${english.minutes}` });
  const ids = (lesson: Lesson) => lesson.steps.map((step) => step.id).join(', ');
  if (ids(translated) !== ids(english)) {
    problems.push({ line: translated.steps[0]?.line ?? 1, message: `translation: the steps must be the English ones in the same order (${ids(english)}), not (${ids(translated)})` });
    return problems;
  }
  english.steps.forEach((source, index) => {
    const own = translated.steps[index] as Step;
    const differs = stepDifference(source, own);
    if (differs) problems.push({ line: own.line, message: `translation: step "${own.id}": ${differs} differs from the English (${english.file}:${source.line})` });
  });
  return problems;
}

/** What the user's progress, Windows checks and links depend on: never translated. */
function stepDifference(english: Step, translated: Step): string | null {
  if (english.kind !== translated.kind) return `the kind (${translated.kind}, English ${english.kind})`;
  if (!same(fixedFields(english), fixedFields(translated))) return 'a fixed block field (open, verify, show, sets, option ids, values or correct)';
  if (!same(variants(english), variants(translated))) return 'the ::: windows variant blocks';
  if (!same(labelKeys(english), labelKeys(translated))) return `the Windows labels used (${labelKeys(english).join(', ') || 'none'})`;
  return null;
}

function fixedFields(step: Step): unknown {
  switch (step.kind) {
    case 'task':
      return { open: step.open, verify: step.verify };
    case 'check':
      return { show: step.show };
    case 'choice':
      return { sets: step.sets, values: step.options.map((option) => option.value) };
    case 'quiz':
      return step.options.map((option) => [option.id, option.correct]);
    default:
      return null;
  }
}

function stepTexts(step: Step): string[] {
  switch (step.kind) {
    case 'task':
      return [step.body, step.doneLabel];
    case 'quiz':
      return [step.body, step.question, step.explanation, ...step.options.flatMap((option) => [option.text, option.why ?? ''])];
    case 'choice':
      return [step.body, step.question, ...step.options.map((option) => option.label)];
    default:
      return [step.body];
  }
}

function variants(step: Step): string[] {
  return [...step.body.matchAll(/^\s*:::\s*windows\s+(\S+)/gm)].map((match) => match[1] ?? '');
}

function labelKeys(step: Step): string[] {
  const keys = new Set(stepTexts(step).flatMap(labelKeysIn));
  return [...keys].sort();
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
