import path from 'node:path';
import { userDirs } from '../user-dirs.js';
import { BUILTIN_COURSE } from './file-format.js';
import { emptyProgress, own, type ProgressData } from './model.js';
import { pruneProgress } from './ops.js';
import { readProgressFile } from './progress-file.js';
import { PROGRESS_FILE, type CourseScope } from './store.js';

/** Saved progress read without writing anything (for a folder that cannot be written); empty when unreadable. */
export function readOnlyProgress(course: CourseScope | undefined, dir = userDirs().config): ProgressData {
  try {
    const result = readProgressFile(path.join(dir, PROGRESS_FILE));
    if (result.kind !== 'ok') return emptyProgress();
    const saved = own(result.file.courses, course?.key ?? BUILTIN_COURSE) ?? emptyProgress();
    return course?.outline ? pruneProgress(saved, course.outline) : saved;
  } catch {
    return emptyProgress();
  }
}
