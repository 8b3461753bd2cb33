import type { ParsedLesson } from './parse-lesson.js';
import { isWindowsVersion } from './types.js';
import { parseVerify } from './verify-line.js';
import { isRecord } from './yaml-block.js';

/**
 * Whether a value read back from the lesson cache is a clean ParsedLesson, as far as anything
 * downstream relies on: the cache is a file anyone (or a broken disk) can change, and a wrong
 * shape must cost a re-parse, never a crash later in a command or the tutorial.
 */
export function isCleanParsedLesson(value: unknown, file: string): value is ParsedLesson {
  if (!isRecord(value) || !Array.isArray(value.errors) || value.errors.length > 0) return false;
  if (!Array.isArray(value.warnings) || !value.warnings.every(isLessonError)) return false;
  const lesson = value.lesson;
  if (!isRecord(lesson) || lesson.file !== file || !Array.isArray(lesson.steps) || lesson.steps.length === 0) return false;
  return strings(lesson, 'id', 'title', 'summary') && typeof lesson.minutes === 'number' && optionalString(lesson.translates) && lesson.steps.every(isStep);
}

function isStep(step: unknown): boolean {
  if (!isRecord(step) || !strings(step, 'id', 'title', 'body') || typeof step.line !== 'number' || !optionalString(step.translates)) return false;
  switch (step.kind) {
    case 'text':
      return true;
    case 'task':
      return typeof step.doneLabel === 'string' && (step.open === undefined || typeof step.open === 'string') && (step.verify === undefined || isVerify(step.verify));
    case 'check':
      return step.show === 'activation' || step.show === 'error-code' || step.show === 'hardware';
    case 'choice':
      return typeof step.question === 'string' && step.sets === 'windows' && list(step.options, (option) => typeof option.value === 'string' && isWindowsVersion(option.value) && typeof option.label === 'string');
    case 'quiz':
      return strings(step, 'question', 'explanation') && list(step.options, (option) => strings(option, 'id', 'text') && typeof option.correct === 'boolean' && (option.why === undefined || typeof option.why === 'string'));
    default:
      return false;
  }
}

/** A cached verify must still be one the catalog accepts (the catalog may have changed). */
function isVerify(value: unknown): boolean {
  if (!isRecord(value) || typeof value.probe !== 'string' || !Array.isArray(value.values) || !value.values.every((v) => typeof v === 'string')) return false;
  return parseVerify(`${value.probe} = ${(value.values as string[]).join(' | ')}`).ok;
}

function isLessonError(value: unknown): boolean {
  return isRecord(value) && strings(value, 'file', 'message') && typeof value.line === 'number';
}

/** A translation's fingerprints: absent in English lessons. */
function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function strings(record: Record<string, unknown>, ...keys: string[]): boolean {
  return keys.every((key) => typeof record[key] === 'string');
}

function list(value: unknown, check: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && check(item));
}
