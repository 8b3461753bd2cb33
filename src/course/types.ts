/** The parsed course: plain data, no Ink or file handles. */
import { sanitizeText } from './sanitize.js';
import type { Verify } from './verify-line.js';

export type WindowsVersion = '10' | '11';
export const WINDOWS_VERSIONS: readonly WindowsVersion[] = ['11', '10'];

export function isWindowsVersion(value: string): value is WindowsVersion {
  return value === '10' || value === '11';
}

export interface QuizOption {
  /** Saved answers refer to this (explicit `id`, else derived from the text), so reordering keeps them. */
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Shown when this option is picked. */
  readonly why?: string;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

interface StepBase {
  readonly id: string;
  readonly title: string;
  /** 1-based line of the step heading in its file. */
  readonly line: number;
  /** The step's markdown without its kind block (fenced YAML). */
  readonly body: string;
  /** In a translation: the fingerprint of the English step it translates (`<!-- translates: … -->`). */
  readonly translates?: string;
  /** In a translated course: this step is the English one (its translation is out of date). */
  readonly untranslated?: true;
}

export interface TextStep extends StepBase {
  readonly kind: 'text';
}

export interface TaskStep extends StepBase {
  readonly kind: 'task';
  /** ms-settings: URI or https URL the open key launches. */
  readonly open?: string;
  readonly doneLabel: string;
  /** What Windows shows once the task is done (`verify:`): the tutor can tick it itself. */
  readonly verify?: Verify;
}

export interface ChoiceStep extends StepBase {
  readonly kind: 'choice';
  readonly question: string;
  readonly sets: 'windows';
  readonly options: readonly ChoiceOption[];
}

export interface QuizStep extends StepBase {
  readonly kind: 'quiz';
  readonly question: string;
  readonly options: readonly QuizOption[];
  readonly explanation: string;
}

export interface CheckStep extends StepBase {
  readonly kind: 'check';
  /**
   * activation: the read-only activation check; error-code: the user types a code and sees
   * `why`'s answer; hardware: record this PC before a hardware change and compare afterwards.
   */
  readonly show: 'activation' | 'error-code' | 'hardware';
}

export type Step = TextStep | TaskStep | ChoiceStep | QuizStep | CheckStep;
export type StepKind = Step['kind'];

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  /** File path as given to the loader (used in messages). */
  readonly file: string;
  readonly steps: readonly Step[];
  /** In a translation: the fingerprint of the English title and summary it translates. */
  readonly translates?: string;
}

export interface Course {
  readonly title: string;
  readonly lessons: readonly Lesson[];
}

/** A problem found in a lesson file, reported as `file:line: message`. */
export interface LessonError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** File names come from the lessons folder, so they are neutralised like lesson text. */
export function formatLessonError(error: LessonError): string {
  return sanitizeText(`${error.file}:${error.line}: ${error.message}`);
}
