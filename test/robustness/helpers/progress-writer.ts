/**
 * Child process for the robustness tests (bundled on the fly): saves progress for one lesson
 * as fast as it can and prints `saved <n> <ms>` after each save returns, so the parent knows
 * what must be on disk. Usage: progress-writer <dir> <lessonId> <saves> [fillerLessons] [goFile]
 * With a goFile it prints `ready` and waits for that file, so siblings start saving together.
 */
import { existsSync } from 'node:fs';
import { emptyLessonProgress, savedLesson, withEntry, type ProgressData } from '../../../src/progress/model.js';
import { diffProgress } from '../../../src/progress/ops.js';
import { openProgressStore, PATIENT_WAIT_MS } from '../../../src/progress/store.js';
import { sayEnglish } from '../../../src/i18n/say.js';

const [dir = '', lessonId = 'lesson', savesText = '1', fillerText = '0', goFile] = process.argv.slice(2);
const store = openProgressStore({ dir });
let progress: ProgressData = store.load();
if (store.notice) process.stdout.write(`notice ${sayEnglish(store.notice)}\n`);

/** Bulk makes each write take longer, so kills land inside writes more often. */
const filler = Number(fillerText);
if (filler > 0 && !savedLesson(progress, 'filler-0')) {
  let bulk = progress;
  for (let index = 0; index < filler; index++) {
    const completed = Array.from({ length: 40 }, (_, step) => `filler-step-with-a-long-id-${step}`);
    bulk = { ...bulk, lessons: withEntry(bulk.lessons, `filler-${index}`, { ...emptyLessonProgress('filler-step-with-a-long-id-0'), completed }) };
  }
  progress = store.apply(diffProgress(progress, bulk), PATIENT_WAIT_MS).progress;
}

if (goFile) {
  process.stdout.write('ready\n');
  while (!existsSync(goFile)) {
    // busy-wait: only until the sibling process is ready too
  }
}

const first = (savedLesson(progress, lessonId)?.currentIndex ?? 0) + 1;
for (let step = first; step <= Number(savesText); step++) {
  const lesson = {
    ...emptyLessonProgress(`step-${step}`),
    currentIndex: step,
    completed: Array.from({ length: step - 1 }, (_, index) => `step-${index + 1}`),
    answers: { [`step-${step}`]: { option: `option-${step % 3}` } },
  };
  const next = { ...progress, lastLesson: lessonId, lessons: withEntry(progress.lessons, lessonId, lesson) };
  progress = store.apply(diffProgress(progress, next), PATIENT_WAIT_MS).progress;
  process.stdout.write(`saved ${step} ${Date.now()}\n`);
}
