/**
 * Lessons name a Windows label by key, as a markdown link with the `label:` scheme:
 *
 *   Open **[Settings](label:settings) > [System](label:settings.system) > [Activation](label:settings.activation)**.
 *
 * The words in brackets are English Windows' own (validate checks them against the catalog), so
 * the file still reads well as plain text and on GitHub. The tutor puts in the label of the
 * user's Windows language. Ids derived from text (step headings, quiz options) use the English
 * words, so they are the same in every language.
 */
import { isLabelName, windowsLabel } from '../i18n/windows-labels.js';
import type { Course, Lesson, Step } from './types.js';

const LABEL_REF = /\[([^\]\n]*)\]\(label:([^)\s]*)\)/g;
const HEADING = /^\s{0,3}#{1,6}\s/;

export interface LabelProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Every label reference in a lesson file checked, at its line. The bracket words are those of
 * `windowsLanguage`: English Windows' for the English lessons, the translation's own Windows
 * language for a translation (its English words where that language has none).
 */
export function checkLabelRefs(source: string, windowsLanguage = 'en-US'): LabelProblem[] {
  const problems: LabelProblem[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    for (const [, words = '', name = ''] of text.matchAll(LABEL_REF)) {
      const label = windowsLabel(name, windowsLanguage);
      if (!isLabelName(name) || !label) {
        problems.push({ line, message: `unknown Windows label "${name}" (the labels are in src/i18n/windows-labels.json)` });
      } else if (words !== label.text) {
        problems.push({ line, message: `label ${name} is "${label.text}" in ${windowsLanguage === 'en-US' ? 'English' : windowsLanguage} Windows, not "${words}"` });
      } else if (HEADING.test(text)) {
        problems.push({ line, message: `label ${name} in a heading: headings are not localized; write the words without a label` });
      }
    }
  });
  return problems;
}

/** The label keys a text refers to, in order (repeats included). */
export function labelKeysIn(text: string): string[] {
  return [...text.matchAll(LABEL_REF)].map((match) => match[2] ?? '');
}

/** The English words of every label reference: for ids, which never depend on the language. */
export function plainLabels(text: string): string {
  return text.replace(LABEL_REF, (_ref, words: string) => words);
}

/** How a label that Windows has no words for in a language is shown: "{label} (English name)". */
export type EnglishNameNote = (label: string) => string;

/** Label references replaced by the words Windows shows in `windowsLanguage`. */
export function localizeText(text: string, windowsLanguage: string, englishName: EnglishNameNote): string {
  if (!text.includes('](label:')) return text;
  return text.replace(LABEL_REF, (ref, words: string, name: string) => {
    const label = windowsLabel(name, windowsLanguage);
    if (!label) return words; // validate reports it; never show the raw reference
    return label.english ? englishName(label.text) : label.text;
  });
}

/** The course with every label reference in the user's Windows words. */
export function localizeCourse(course: Course, windowsLanguage: string, englishName: EnglishNameNote): Course {
  const local = (text: string) => localizeText(text, windowsLanguage, englishName);
  return { ...course, lessons: course.lessons.map((lesson): Lesson => ({ ...lesson, summary: local(lesson.summary), steps: lesson.steps.map((step) => localizeStep(step, local)) })) };
}

function localizeStep(step: Step, local: (text: string) => string): Step {
  const body = local(step.body);
  switch (step.kind) {
    case 'task':
      return { ...step, body, doneLabel: local(step.doneLabel) };
    case 'quiz':
      return {
        ...step,
        body,
        question: local(step.question),
        explanation: local(step.explanation),
        options: step.options.map((option) => ({ ...option, text: local(option.text), ...(option.why === undefined ? {} : { why: local(option.why) }) })),
      };
    case 'choice':
      return { ...step, body, question: local(step.question), options: step.options.map((option) => ({ ...option, label: local(option.label) })) };
    default:
      return { ...step, body };
  }
}
