import type { Course } from '../course/types.js';
import { savedLesson } from '../progress/model.js';
import { reduceTutor } from '../tutor/reducer.js';
import type { TutorState } from '../tutor/state.js';
import { prepareScrollView } from './scroll-view.js';
import { stepContent, type StepContext } from './step-content.js';

/** How long after a frame the neighbouring steps are made: after that frame's save has run. */
export const PREFETCH_DELAY_MS = 5;

/**
 * Makes the steps that n and p lead to from `state` ahead of time, while the user reads: their
 * markdown is rendered (step-content's cache) and the rows they open on are prepared for
 * drawing (ink-output's caches). Nothing is shown or changed; a guess that turns out different
 * (a check result arrived, the window was resized) only misses a cache.
 */
export function prefetchNeighbours(course: Course, state: TutorState, context: Omit<StepContext, 'saved' | 'windows'>, bodyHeight: number): void {
  for (const type of ['next', 'prev'] as const) {
    const ahead = reduceTutor(course, state, { type });
    const lesson = course.lessons[ahead.lessonIndex];
    const step = lesson?.steps[ahead.stepIndex];
    if (ahead === state || ahead.screen !== 'lesson' || !lesson || !step) continue;
    const content = stepContent(step, { ...context, windows: ahead.progress.windows, saved: savedLesson(ahead.progress, lesson.id) });
    prepareScrollView(content.lines, bodyHeight, context.width);
  }
}
