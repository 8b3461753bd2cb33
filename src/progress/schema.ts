/**
 * The shape the progress file must have. A small hand-written check instead of conf's JSON
 * schema: ajv compiled that schema on every start, a fifth of the time to first frame.
 * Version 1 files are checked strictly; older ones only as far as migrate.ts needs them.
 */
export class ProgressShapeError extends Error {}

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function check(ok: boolean, what: string): void {
  if (!ok) throw new ProgressShapeError(`progress file: ${what}`);
}

function checkLesson(id: string, lesson: unknown, strict: boolean): void {
  check(isRecord(lesson), `lesson "${id}" must be an object`);
  const entry = lesson as Record_;
  const present = (key: string) => strict || entry[key] !== undefined;
  check(typeof entry.currentStep === 'string', `lesson "${id}": currentStep must be text`);
  if (present('currentIndex')) check(isIndex(entry.currentIndex), `lesson "${id}": currentIndex must be a whole number`);
  if (present('completed')) {
    check(Array.isArray(entry.completed) && entry.completed.every((step) => typeof step === 'string'), `lesson "${id}": completed must be a list of step ids`);
  }
  if (present('answers')) {
    check(isRecord(entry.answers), `lesson "${id}": answers must be an object`);
    for (const answer of Object.values(entry.answers as Record_)) {
      check(isRecord(answer) && isIndex(answer.choice) && typeof answer.correct === 'boolean', `lesson "${id}": bad quiz answer`);
    }
  }
  if (present('finished')) check(typeof entry.finished === 'boolean', `lesson "${id}": finished must be true or false`);
  if (present('updatedAt')) check(typeof entry.updatedAt === 'number', `lesson "${id}": updatedAt must be a number`);
}

/** Throws ProgressShapeError when `raw` is not a progress file this version can read. */
export function checkProgressShape(raw: Record_): void {
  const version = raw.version ?? 0;
  check(version === 0 || version === 1, `unknown version ${JSON.stringify(version)}`);
  check(raw.windows === undefined || raw.windows === null || raw.windows === '10' || raw.windows === '11', 'windows must be "10", "11" or null');
  for (const key of ['windowsUpdatedAt', 'updatedAt'] as const) {
    check(raw[key] === undefined || typeof raw[key] === 'number', `${key} must be a number`);
  }
  check(raw.lastLesson === undefined || raw.lastLesson === null || typeof raw.lastLesson === 'string', 'lastLesson must be text or null');
  check(raw.lessons === undefined || isRecord(raw.lessons), 'lessons must be an object');
  for (const [id, lesson] of Object.entries((raw.lessons ?? {}) as Record_)) checkLesson(id, lesson, version === 1);
}

/** conf's deserializer: JSON that is not a readable progress object throws, so it is moved aside. */
export function parseProgressFile(text: string): Record_ {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new ProgressShapeError('progress file: not a JSON object');
  checkProgressShape(value);
  return value;
}
