/**
 * Child process for the robustness tests (bundled on the fly): saves progress for one lesson
 * as fast as it can and prints `saved <n> <ms>` after each save returns, so the parent knows
 * what must be on disk. Usage: progress-writer <cwd> <lessonId> <saves> [fillerLessons] [goFile]
 * With a goFile it prints `ready` and waits for that file, so siblings start saving together.
 */
import { existsSync } from 'node:fs';
import { emptyLessonProgress, type LessonProgress, type ProgressData } from '../../../src/progress/model.js';
import { openProgressStore } from '../../../src/progress/store.js';

const [cwd = '', lessonId = 'lesson', savesText = '1', fillerText = '0', goFile] = process.argv.slice(2);
const store = openProgressStore({ cwd });
if (store.notice) process.stdout.write(`notice ${store.notice}\n`);

if (goFile) {
  process.stdout.write('ready\n');
  while (!existsSync(goFile)) {
    // busy-wait: only until the sibling process is ready too
  }
}

let progress: ProgressData = withFiller(store.load(), Number(fillerText));
const first = (progress.lessons[lessonId]?.currentIndex ?? 0) + 1;
for (let step = first; step <= Number(savesText); step++) {
  const at = Date.now();
  const lesson: LessonProgress = {
    ...emptyLessonProgress(`step-${step}`),
    currentIndex: step,
    completed: Array.from({ length: step - 1 }, (_, index) => `step-${index + 1}`),
    answers: { [`step-${step}`]: { choice: step % 3, correct: step % 2 === 0 } },
    updatedAt: at,
  };
  progress = store.save({ ...progress, lastLesson: lessonId, updatedAt: at, lessons: { ...progress.lessons, [lessonId]: lesson } });
  process.stdout.write(`saved ${step} ${Date.now()}\n`);
}

/** Bulk makes each write take longer, so kills land inside writes more often. */
function withFiller(progress: ProgressData, count: number): ProgressData {
  const lessons: Record<string, LessonProgress> = { ...progress.lessons };
  for (let index = 0; index < count; index++) {
    const completed = Array.from({ length: 40 }, (_, step) => `filler-step-with-a-long-id-${step}`);
    lessons[`filler-${index}`] ??= { ...emptyLessonProgress('filler-step-with-a-long-id-0'), completed, updatedAt: 1 };
  }
  return { ...progress, lessons };
}
