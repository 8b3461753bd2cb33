import type { Course } from '../course/types.js';
import type { ProgressStore } from '../progress/store.js';
import { sayer } from '../i18n/say.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { errorSentence } from '../progress/error-sentence.js';
import { fail, ok, type CommandResult } from './command-result.js';
import { findLessonIndex, unknownLessonMessage } from './find-lesson.js';

export interface ResetDeps {
  readonly store: ProgressStore;
  /** Asks a yes/no question; null when there is no terminal to ask on. */
  readonly confirm: ((question: string) => Promise<boolean>) | null;
  /** The UI catalog's words; English by default. */
  readonly t?: Translate;
}

/** `reset [lesson] [--yes]`: forgets progress, after asking unless --yes. */
export async function runReset(course: Course, query: string | undefined, yes: boolean, deps: ResetDeps): Promise<CommandResult> {
  const t = deps.t ?? english;
  const say = sayer(t);
  let lessonId: string | undefined;
  let what = t('reset.all');
  if (query !== undefined) {
    const index = findLessonIndex(course, query);
    const lesson = course.lessons[index];
    if (!lesson) return fail(`${unknownLessonMessage(course, query, t)}\n`);
    lessonId = lesson.id;
    what = t('reset.lesson', { title: lesson.title });
  }
  if (!deps.store.persistent) {
    return fail(`winlink-tutor: ${t('reset.notSaved', { reason: deps.store.notice ? say(deps.store.notice) : t('reset.cannotSave') })}\n`);
  }
  if (!yes) {
    if (!deps.confirm) return fail(`winlink-tutor: ${t('reset.needsConfirmation')}\n`, 2);
    const confirmed = await deps.confirm(t('reset.question', { what }));
    if (!confirmed) return ok(`${t('reset.unchanged')}\n`);
  }
  try {
    deps.store.reset(lessonId);
  } catch (error) {
    const reason = errorSentence(error);
    return fail(`winlink-tutor: ${t('reset.failed', { reason: typeof reason === 'string' ? reason : say(reason) })}\n`);
  }
  // An unreadable file was moved aside on the way: the user is told, as every other command does.
  const notice = deps.store.notice;
  return { ...ok(`${t('reset.done', { what })}\n`), stderr: notice ? `winlink-tutor: ${say(notice)}\n` : '' };
}
