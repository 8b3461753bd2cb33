import os from 'node:os';
import path from 'node:path';
import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { activationDeps } from '../windows/platform-deps.js';
import type { ReportDeps } from '../commands/report.js';
import { clipboardTools } from './clipboard.js';
import { realInputRunner } from './input-runner.js';
import { DEFAULT_LESSONS_DIR } from '../paths.js';
import type { Identity } from './redact-identity.js';

/** Names that identify this user and PC, so the report can leave them out wherever they appear. */
function identity(course: Course): Identity {
  const userNames = [process.env.USERNAME, process.env.USER, process.env.LOGNAME];
  try {
    userNames.push(os.userInfo().username);
  } catch {
    // No passwd entry (some containers): the environment's names are the best we have.
  }
  const known = (names: readonly (string | undefined)[]) => [...new Set(names.filter((name): name is string => name !== undefined && name !== ''))];
  // The built-in lessons' titles are ours: a login name such as "recap" is just a word there.
  const shipped = course.lessons.filter((lesson) => path.dirname(path.resolve(lesson.file)) === path.resolve(DEFAULT_LESSONS_DIR));
  return { userNames: known(userNames), hostNames: known([process.env.COMPUTERNAME, os.hostname()]), homeDir: os.homedir(), ownText: shipped.map((lesson) => lesson.title) };
}

/** The real dependencies of `report`. */
export function reportDeps(course: Course, progress: ProgressData, version: string): ReportDeps {
  return {
    ...activationDeps(),
    version,
    osRelease: os.release(),
    identity: identity(course),
    course,
    progress,
    clipboard: clipboardTools(process.platform, process.env.SystemRoot),
    runWithInput: realInputRunner,
  };
}
