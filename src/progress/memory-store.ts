import { emptyProgress, mergeProgress, type ProgressData } from './model.js';
import type { ProgressStore } from './store.js';

/**
 * A store that keeps progress in memory only: used when the progress folder cannot be used
 * (read-only home, a file where the folder should be), so the tutorial still runs.
 */
export function memoryProgressStore(notice: string | null = null): ProgressStore {
  let data = emptyProgress();
  return {
    path: '(not saved: in memory only)',
    persistent: false,
    notice,
    load: () => data,
    save(progress: ProgressData) {
      data = mergeProgress(data, progress);
      return data;
    },
    reset(lessonId?: string) {
      if (!lessonId) {
        data = emptyProgress();
        return;
      }
      const { [lessonId]: _removed, ...lessons } = data.lessons;
      data = { ...data, lessons };
    },
  };
}
