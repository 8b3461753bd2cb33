import Conf from 'conf';
import { withFileLock } from './file-lock.js';
import { removeOrphanedTemps } from './leftovers.js';
import { upgradeProgress } from './migrate.js';
import { emptyProgress, mergeProgress, type ProgressData } from './model.js';
import { parseProgressFile } from './schema.js';
import { moveAside } from './set-aside.js';

export const PROJECT_NAME = 'winlink-tutor';

/** The small port the app and commands use; tests pass a temporary `cwd` or a fake. */
export interface ProgressStore {
  readonly path: string;
  /** False when progress lives in memory only and is gone when the program ends. */
  readonly persistent: boolean;
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

type Stored = Record<string, unknown>;
type ConfStore = Conf<Stored>;

export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const now = options.now ?? (() => new Date());
  let notice: string | null = null;
  // `lenient` reads any file as empty without rewriting it: used only to learn the path of a bad file.
  const create = (lenient = false): ConfStore =>
    new Conf<Stored>({
      projectName: PROJECT_NAME,
      projectSuffix: '',
      ...(options.cwd ? { cwd: options.cwd } : {}),
      // Only this user may read where they are in the course.
      configFileMode: 0o600,
      deserialize: lenient ? () => ({}) : parseProgressFile,
    });

  let conf: ConfStore;
  try {
    conf = create();
  } catch {
    notice = moveAside(create(true).path, now());
    conf = create();
  }

  const readDisk = (): ProgressData => {
    try {
      return upgradeProgress(conf.store);
    } catch {
      // Someone (another instance, an editor) broke the file since we opened it: keep a copy.
      notice = moveAside(conf.path, now()) ?? notice;
      return emptyProgress();
    }
  };
  // What this instance last loaded or saved: a step missing from the next save was un-ticked here.
  let base: ProgressData | undefined;
  // Leftovers of killed writes are cleared once per run, on the first save.
  let tidied = false;
  const write = (progress: ProgressData) => {
    if (!tidied) removeOrphanedTemps(conf.path);
    tidied = true;
    alwaysAtomic(() => {
      conf.store = progress as unknown as Stored;
    });
  };

  return {
    get path() {
      return conf.path;
    },
    persistent: true,
    get notice() {
      return notice;
    },
    load() {
      const loaded = readDisk();
      base = loaded;
      return loaded;
    },
    save(progress) {
      return withFileLock(conf.path, () => {
        const merged = mergeProgress(readDisk(), progress, base);
        write(merged);
        base = progress;
        return merged;
      });
    },
    reset(lessonId) {
      withFileLock(conf.path, () => {
        if (!lessonId) return alwaysAtomic(() => conf.clear());
        const disk = readDisk();
        const { [lessonId]: _removed, ...lessons } = disk.lessons;
        write({ ...disk, lessons, lastLesson: disk.lastLesson === lessonId ? null : disk.lastLesson });
      });
    },
  };
}

/**
 * conf falls back to a plain, truncating write when SNAP is set (for Snap-packaged apps), and
 * a Node installed as a snap sets it too: a kill mid-write would then leave a broken file.
 * atomically, which conf uses otherwise, works inside snaps, so always use it.
 */
function alwaysAtomic(write: () => void): void {
  const snap = process.env.SNAP;
  delete process.env.SNAP;
  try {
    write();
  } finally {
    if (snap !== undefined) process.env.SNAP = snap;
  }
}
