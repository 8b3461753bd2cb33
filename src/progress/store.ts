import { existsSync, renameSync } from 'node:fs';
import Conf, { type Schema } from 'conf';
import { emptyProgress, mergeProgress, PROGRESS_VERSION, type ProgressData } from './model.js';
import { progressSchema } from './schema.js';

export const PROJECT_NAME = 'winlink-tutor';

/** The small port the app and commands use; tests pass a temporary `cwd` or a fake. */
export interface ProgressStore {
  readonly path: string;
  /** One line to show the user once, e.g. when a corrupt file was moved aside. */
  readonly notice: string | null;
  load(): ProgressData;
  /** Merges with what is on disk (another instance may have saved) and writes atomically. */
  save(progress: ProgressData): ProgressData;
  reset(lessonId?: string): void;
}

export interface StoreOptions {
  /** Folder for the progress file; defaults to the OS config folder (XDG_CONFIG_HOME on Linux). */
  readonly cwd?: string;
  readonly now?: () => Date;
}

type ConfStore = Conf<Record<string, unknown>>;

export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const now = options.now ?? (() => new Date());
  let notice: string | null = null;
  const create = (clearInvalidConfig = false): ConfStore =>
    new Conf<Record<string, unknown>>({
      projectName: PROJECT_NAME,
      projectSuffix: '',
      ...(options.cwd ? { cwd: options.cwd } : {}),
      // Only this user may read where they are in the course.
      configFileMode: 0o600,
      schema: progressSchema as unknown as Schema<Record<string, unknown>>,
      clearInvalidConfig,
    });

  let conf: ConfStore;
  try {
    conf = create();
  } catch {
    // With clearInvalidConfig conf reads a bad file as empty without rewriting it: we only need its path.
    notice = moveAside(create(true).path, now());
    conf = create();
  }

  const readDisk = (): ProgressData => {
    try {
      return normalize(conf.store);
    } catch {
      // Someone (another instance, an editor) broke the file since we opened it: keep a copy.
      notice = moveAside(conf.path, now()) ?? notice;
      return emptyProgress();
    }
  };

  return {
    get path() {
      return conf.path;
    },
    get notice() {
      return notice;
    },
    load: readDisk,
    save(progress) {
      const merged = mergeProgress(readDisk(), progress);
      conf.store = merged as unknown as Record<string, unknown>;
      return merged;
    },
    reset(lessonId) {
      if (!lessonId) {
        conf.clear();
        return;
      }
      const disk = readDisk();
      const { [lessonId]: _removed, ...lessons } = disk.lessons;
      conf.store = {
        ...disk,
        lessons,
        lastLesson: disk.lastLesson === lessonId ? null : disk.lastLesson,
      } as unknown as Record<string, unknown>;
    },
  };
}

function normalize(stored: Record<string, unknown>): ProgressData {
  if (Object.keys(stored).filter((key) => key !== '__internal__').length === 0) return emptyProgress();
  return { ...emptyProgress(), ...(stored as Partial<ProgressData>), version: PROGRESS_VERSION };
}

function moveAside(file: string | null, when: Date): string | null {
  if (!file || !existsSync(file)) return null;
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  try {
    renameSync(file, target);
    return `Your saved progress could not be read, so it was moved to ${target} and the tutorial starts fresh.`;
  } catch {
    return `Your saved progress at ${file} could not be read; the tutorial starts fresh without changing it.`;
  }
}
