import type { Course, Lesson, Step, WindowsVersion } from '../course/types.js';
import { describeVerify } from '../probes/verify-phrases.js';
import { renderMarkdown } from '../text/render-markdown.js';
import type { Styles } from '../text/styles.js';
import { displayWidth, wrapLines } from '../text/wrap.js';

export interface PrintOptions {
  readonly width: number;
  readonly windows: WindowsVersion | null;
  readonly styles: Styles;
}

/** The course (or some lessons) as plain text: for screen readers, pipes and paper. */
export function printCourse(course: Course, lessons: readonly Lesson[], options: PrintOptions): string {
  const { styles, width } = options;
  const out: string[] = [];
  if (lessons.length > 1) {
    out.push(...heading(course.title, '=', width, styles), '');
    const variant = options.windows ? `Showing the Windows ${options.windows} instructions.` : 'Windows 10 and Windows 11 instructions are both shown, labelled.';
    out.push(...wrapLines(variant, width), '');
  }
  for (const lesson of lessons) {
    out.push(...printLesson(course, lesson, options), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function printLesson(course: Course, lesson: Lesson, options: PrintOptions): string[] {
  const { styles, width } = options;
  const number = course.lessons.indexOf(lesson) + 1;
  const out = [...heading(`Lesson ${number}: ${lesson.title}`, '=', width, styles), ...wrapLines(`${lesson.summary} (about ${lesson.minutes} min)`, width)];
  const answers: string[] = [];
  lesson.steps.forEach((step, index) => {
    const title = `Step ${index + 1} of ${lesson.steps.length}: ${step.title}`;
    out.push('', ...heading(title, '-', width, styles));
    const body = step.body ? renderMarkdown(step.body, { width, windows: options.windows, styles }) : [];
    out.push(...body);
    const extra = stepExtra(step, index + 1, width, styles, answers);
    if (extra.length > 0) out.push(...(body.length > 0 ? [''] : []), ...extra);
  });
  if (answers.length > 0) {
    out.push('', ...heading(`Quiz answers for lesson ${number}`, '-', width, styles), ...answers);
  }
  return out;
}

function stepExtra(step: Step, number: number, width: number, styles: Styles, answers: string[]): string[] {
  const wrap = (text: string) => wrapLines(text, width);
  switch (step.kind) {
    case 'task':
      return [
        ...wrap(`Task: do this in Windows, then continue.`),
        ...(step.open ? wrap(`${step.open.startsWith('ms-settings:') ? 'Settings page' : 'Link'}: ${step.open}`) : []),
        ...(step.verify ? wrap(`Windows can confirm this: ${describeVerify(step.verify)}.`) : []),
      ];
    case 'check':
      if (step.show === 'error-code') return wrap('Look up: run "winlink-tutor why <code>" to see what an activation error code means and what to do (offline).');
      if (step.show === 'hardware') return wrap('Record: in the interactive tutorial on Windows, this step records your edition, license channel and device name, and compares them after the change ("winlink-tutor status" compares too).');
      return wrap('Check: run "winlink-tutor status" on Windows to see the activation state (read-only).');
    case 'choice':
      return [...wrap(`Choose: ${step.question}`), ...step.options.flatMap((option) => wrapLines(`- ${option.label}`, width - 2).map((line) => `  ${line}`))];
    case 'quiz': {
      const correct = step.options.findIndex((option) => option.correct);
      answers.push(...wrap(`Step ${number}: ${correct + 1}. ${step.options[correct]?.text ?? ''}`), ...wrapLines(step.explanation, width - 2).map((line) => `  ${line}`));
      return [...wrap(`Question: ${step.question}`), ...step.options.flatMap((option, index) => wrapLines(`${index + 1}. ${option.text}`, width - 2).map((line) => `  ${line}`))];
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
