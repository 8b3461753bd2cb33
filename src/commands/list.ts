import type { Course } from '../course/types.js';
import { savedLesson, type ProgressData } from '../progress/model.js';
import { displayWidth, padToWidth } from '../text/wrap.js';
import { lessonStatus, resolveStepIndex, type LessonStatus } from '../tutor/lesson-status.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { ok, type CommandResult } from './command-result.js';

/** Stable machine-readable shape of `list --json` (documented in README). */
export interface LessonListEntry {
  readonly number: number;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  readonly steps: number;
  /** 1-based step the user is on (1 for a lesson not started). */
  readonly currentStep: number;
  readonly stepsCompleted: number;
  readonly status: LessonStatus;
  readonly completed: boolean;
}

export function listEntries(course: Course, progress: ProgressData): LessonListEntry[] {
  return course.lessons.map((lesson, index) => {
    const saved = savedLesson(progress, lesson.id);
    const status = lessonStatus(progress, lesson);
    const ids = new Set(lesson.steps.map((step) => step.id));
    return {
      number: index + 1,
      id: lesson.id,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      steps: lesson.steps.length,
      currentStep: resolveStepIndex(lesson, saved) + 1,
      stepsCompleted: saved ? saved.completed.filter((id) => ids.has(id)).length : 0,
      status,
      completed: status === 'done',
    };
  });
}

export function runList(course: Course, progress: ProgressData, options: { json: boolean; t?: Translate }): CommandResult {
  const t = options.t ?? english;
  const entries = listEntries(course, progress);
  if (options.json) return ok(`${JSON.stringify(entries, null, 2)}\n`);
  const [lessonHead, stepsHead] = [t('list.header.lesson'), t('list.header.steps')];
  const titleWidth = Math.max(displayWidth(lessonHead), ...entries.map((entry) => displayWidth(entry.title)));
  const stepsWidth = Math.max(5, displayWidth(stepsHead)) + 2;
  const lines = [`${'#'.padEnd(3)}${padToWidth(lessonHead, titleWidth + 2)}${padToWidth(stepsHead, stepsWidth)}${t('list.header.status')}`];
  for (const entry of entries) {
    const status = entry.status === 'in-progress' ? t('lesson.status.at', { step: entry.currentStep, steps: entry.steps }) : t(`lesson.status.${entry.status}`);
    lines.push(`${String(entry.number).padEnd(3)}${padToWidth(entry.title, titleWidth + 2)}${String(entry.steps).padEnd(stepsWidth)}${status}`);
  }
  const done = entries.filter((entry) => entry.completed).length;
  lines.push('', t('list.done', { done, count: entries.length }));
  return ok(`${lines.join('\n')}\n`);
}
