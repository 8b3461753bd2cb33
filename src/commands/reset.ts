import type { Course } from '../course/types.js';
import type { ProgressStore } from '../progress/store.js';
import { fail, ok, type CommandResult } from './command-result.js';
import { findLessonIndex, unknownLessonMessage } from './find-lesson.js';

export interface ResetDeps {
  readonly store: ProgressStore;
  /** Asks a yes/no question; null when there is no terminal to ask on. */
  readonly confirm: ((question: string) => Promise<boolean>) | null;
}

/** `reset [lesson] [--yes]`: forgets progress, after asking unless --yes. */
export async function runReset(course: Course, query: string | undefined, yes: boolean, deps: ResetDeps): Promise<CommandResult> {
  let lessonId: string | undefined;
  let what = 'all your progress';
  if (query !== undefined) {
    const index = findLessonIndex(course, query);
    const lesson = course.lessons[index];
    if (!lesson) return fail(`${unknownLessonMessage(course, query)}\n`);
    lessonId = lesson.id;
    what = `your progress in "${lesson.title}"`;
  }
  if (!deps.store.persistent) {
    return fail(`winlink-tutor: nothing was changed: ${deps.store.notice ?? 'progress cannot be saved here'}\n`);
  }
  if (!yes) {
    if (!deps.confirm) return fail(`winlink-tutor: reset needs confirmation; run it in a terminal or add --yes\n`, 2);
    const confirmed = await deps.confirm(`Forget ${what}? [y/N] `);
    if (!confirmed) return ok('Nothing was changed.\n');
  }
  try {
    deps.store.reset(lessonId);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`winlink-tutor: could not reset (${reason}); nothing was changed. Try again in a moment.\n`);
  }
  // An unreadable file was moved aside on the way: the user is told, as every other command does.
  const notice = deps.store.notice;
  return { ...ok(`Forgot ${what}.\n`), stderr: notice ? `winlink-tutor: ${notice}\n` : '' };
}
