import type { Course, Lesson, Step, WindowsVersion } from '../course/types.js';
import { labelSlots, SETTINGS_APP } from '../i18n/label-slots.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { describeVerify } from '../tutor/verify-words.js';
import { renderMarkdown } from '../text/render-markdown.js';
import type { Styles } from '../text/styles.js';
import { displayWidth, wrapLines } from '../text/wrap.js';

export interface PrintOptions {
  readonly width: number;
  readonly windows: WindowsVersion | null;
  readonly styles: Styles;
  /** The words around the lessons (headings, step kinds); English when absent. */
  readonly t?: Translate;
  /** The Windows display language whose labels name Settings and its switches ("de-DE"); English Windows' when absent. */
  readonly windowsLanguage?: string;
}

/** The course (or some lessons) as plain text: for screen readers, pipes and paper. */
export function printCourse(course: Course, lessons: readonly Lesson[], options: PrintOptions): string {
  const { styles, width } = options;
  const t = options.t ?? english;
  const out: string[] = [];
  if (lessons.length > 1) {
    out.push(...heading(course.title, '=', width, styles), '');
    const variant = options.windows ? t('print.showing', { windows: options.windows }) : t('print.both');
    out.push(...wrapLines(variant, width), '');
  }
  for (const lesson of lessons) {
    out.push(...printLesson(course, lesson, options), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function printLesson(course: Course, lesson: Lesson, options: PrintOptions): string[] {
  const { styles, width } = options;
  const t = options.t ?? english;
  const number = course.lessons.indexOf(lesson) + 1;
  const out = [...heading(t('print.lesson', { number, title: lesson.title }), '=', width, styles), ...wrapLines(t('print.summary', { summary: lesson.summary, minutes: lesson.minutes }), width)];
  const answers: string[] = [];
  lesson.steps.forEach((step, index) => {
    const title = t('print.step', { number: index + 1, count: lesson.steps.length, title: step.title });
    out.push('', ...heading(title, '-', width, styles));
    if (step.untranslated) out.push(...wrapLines(t('step.untranslated'), width), '');
    const body = step.body ? renderMarkdown(step.body, { width, windows: options.windows, styles }) : [];
    out.push(...body);
    const extra = stepExtra(step, index + 1, { width, t, windowsLanguage: options.windowsLanguage ?? 'en-US' }, answers);
    if (extra.length > 0) out.push(...(body.length > 0 ? [''] : []), ...extra);
  });
  if (answers.length > 0) {
    out.push('', ...heading(t('print.answers', { number }), '-', width, styles), ...answers);
  }
  return out;
}

function stepExtra(step: Step, number: number, { width, t, windowsLanguage }: { width: number; t: Translate; windowsLanguage: string }, answers: string[]): string[] {
  const wrap = (text: string) => wrapLines(text, width);
  switch (step.kind) {
    case 'task':
      return [
        ...wrap(t('print.task')),
        ...(step.open ? wrap(step.open.startsWith('ms-settings:') ? t('print.settingsPage', { page: step.open, ...labelSlots(SETTINGS_APP, windowsLanguage, t) }) : t('print.link', { page: step.open })) : []),
        ...(step.verify ? wrap(t('print.verify', { what: describeVerify(step.verify, t, windowsLanguage) })) : []),
      ];
    case 'check':
      if (step.show === 'error-code') return wrap(t('print.lookup'));
      if (step.show === 'hardware') return wrap(t('print.record'));
      return wrap(t('print.check'));
    case 'choice':
      return [...wrap(t('print.choose', { question: step.question })), ...step.options.flatMap((option) => wrapLines(`- ${option.label}`, width - 2).map((line) => `  ${line}`))];
    case 'quiz': {
      const correct = step.options.findIndex((option) => option.correct);
      answers.push(...wrap(t('print.answer', { number, option: correct + 1, text: step.options[correct]?.text ?? '' })), ...wrapLines(step.explanation, width - 2).map((line) => `  ${line}`));
      return [...wrap(t('print.question', { question: step.question })), ...step.options.flatMap((option, index) => wrapLines(`${index + 1}. ${option.text}`, width - 2).map((line) => `  ${line}`))];
    }
    default:
      return [];
  }
}

/**
 * A heading wrapped to the width, underlined as wide as its widest line on screen (CJK
 * characters take two columns), at most 60 and never wider than the page.
 */
function heading(text: string, char: string, width: number, styles: Styles): string[] {
  const lines = wrapLines(text, width);
  const widest = Math.max(...lines.map((line) => displayWidth(line)));
  return [...lines.map((line) => styles.bold(line)), char.repeat(Math.min(widest, 60, width))];
}
