import { emptyProgress, type ProgressData } from './model.js';
import { applyOps, resetCourse, resetLesson } from './ops.js';
import type { Sentence } from '../probes/sentence.js';
import type { ProgressStore } from './store.js';

/**
 * A store that keeps progress in memory only: used when the progress folder cannot be used
 * (read-only home, a file where the folder should be), so the tutorial still runs.
 * Same rules as the file store, so the app cannot tell the difference.
 */
/**
 * The path of a store that has no file: an internal marker, never shown (`where` compares against
 * it and says "in memory only" in the user's words).
 */
export const NO_FILE = '(not saved: in memory only)';

/** `path`: the file progress is kept in when it is not this program's to write (a newer release's). */
export function memoryProgressStore(notice: Sentence | null = null, initial: ProgressData = emptyProgress(), path = NO_FILE): ProgressStore {
  let data = initial;
  let language: string | null = null;
  let version = 0;
  let seen = 0;
  return {
    path,
    persistent: false,
    notice,
    load() {
      seen = version;
      return data;
    },
    reload() {
      seen = version;
      return data;
    },
    changed: () => seen !== version,
    apply(ops) {
      const result = applyOps(data, ops);
      data = result.progress;
      seen = ++version;
      return result;
    },
    reset(lessonId) {
      data = lessonId === undefined ? resetCourse(data) : resetLesson(data, lessonId);
      version++;
    },
    language: () => language,
    saveLanguage(tag) {
      language = tag;
      return data;
    },
  };
}
