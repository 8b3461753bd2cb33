/**
 * The progress file: which courses have progress, each under its own key, plus a counter that
 * every save increments (how windows notice another window's save, never by the clock).
 * Reading is strict about shape and lenient about age: files of versions 0 and 1 are upgraded.
 * A file that is not ours (no marker, unknown keys at the top) is refused, never taken over.
 */
import { isWindowsVersion } from '../course/types.js';
import { sayEnglish } from '../i18n/say.js';
import { said, type Sentence } from '../probes/sentence.js';
import { SentenceError } from './error-sentence.js';
import { isRecord, unknownTopFields, withKeptFields, type Json } from './kept-fields.js';
import { emptyProgress, own, withConfirmed, type HardwareRecord, type LessonProgress, type ProgressData, type QuizAnswer } from './model.js';

export const FILE_MARKER = 'winlink-tutor-progress';
/**
 * Raised only for a change an older build cannot write safely. New fields do not raise it: older
 * builds keep fields they do not know (kept-fields.ts), so a field added later stays version 2.
 */
export const FILE_VERSION = 2;
/** Progress of the course shipped in the package; other lesson folders get `dir:<path>`. */
export const BUILTIN_COURSE = 'builtin';

export interface ProgressFile {
  readonly counter: number;
  readonly courses: Readonly<Record<string, ProgressData>>;
  /** The language chosen on the start screen (a tag such as "de-DE"), for every course; null: none chosen. */
  readonly language?: string | null;
  /** What this build does not read, as it was in the file: written back untouched. */
  readonly kept?: KeptParts;
}

export interface KeptParts {
  /** Top-level fields this build does not know. */
  readonly top: Json;
  /** Every course as it was in the file: the fields of each that this build does not know are kept. */
  readonly courses: Json;
  /** Courses this build cannot read (what is wrong: ProgressShapeError's problem), kept whole; the course being used cannot be one of them. */
  readonly unreadable: Readonly<Record<string, Sentence>>;
}

/**
 * `problem`: what is wrong, as data: field names and values from the file stay as they are, the
 * words around them are said in the user's language. `detail` is its English (the message adds
 * "progress file: "; logs, tests); `sentence` what the user reads, said at the edge.
 */
export class ProgressShapeError extends SentenceError {
  readonly detail: string;
  constructor(readonly problem: Sentence) {
    super(said('progress.reason.shape', { detail: problem }));
    this.detail = sayEnglish(problem);
  }
}

/** A file written by a newer release in a format this build cannot write safely: left untouched. */
export class NewerFormatError extends Error {
  /** What the user reads (in their language, said at the edge): why nothing is saved, and what to do. */
  readonly sentence: Sentence;
  constructor(readonly version: number) {
    super(`progress saved by a newer winlink-tutor (progress format ${version}; this version reads format ${FILE_VERSION})`);
    this.sentence = said('progress.newerFormat', { version, supported: FILE_VERSION });
  }
}

export function emptyFile(): ProgressFile {
  return { counter: 0, courses: {} };
}

/** The file's text: format, version and counter first (readCounter looks for them at the start). */
export function serializeFile(file: ProgressFile): string {
  const kept = file.kept;
  const rawCourses = kept?.courses ?? {};
  // Courses this build cannot read stay as they were; the others are written with their unknown fields.
  // (Entries, never `courses[key] =`: a key like __proto__ must stay a plain key.)
  const courses = Object.fromEntries([
    ...Object.keys(kept?.unreadable ?? {}).map((key) => [key, own(rawCourses, key)]),
    ...Object.entries(file.courses).map(([key, course]) => [key, withKeptFields(own(rawCourses, key), course)]),
  ]);
  // No field until a language is chosen, so files of users who never choose stay as they were.
  const language = file.language ? { language: file.language } : {};
  const text = JSON.stringify({ format: FILE_MARKER, version: FILE_VERSION, counter: file.counter, courses, ...language, ...kept?.top }, null, '\t');
  return `${text}\n`;
}
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';

function check(ok: boolean, problem: Sentence): asserts ok {
  if (!ok) throw new ProgressShapeError(problem);
}

/** What a field must be (its name stays as the file has it). */
const must = (kind: 'wholeNumber' | 'object' | 'text' | 'textOrNull' | 'windowsOrNull' | 'stepIds' | 'boolean' | 'booleanOrNull' | 'lessonNumbers', field: string): Sentence =>
  said(`progress.shape.${kind}`, { field });
/** A problem inside a course's or a lesson's entry (its key as the file has it). */
const inCourse = (course: string, problem: Sentence): Sentence => said('progress.shape.inCourse', { course, problem });
const inHardware = (course: string, problem: Sentence): Sentence => said('progress.shape.inHardware', { course, problem });
const inLesson = (lesson: string, problem: Sentence): Sentence => said('progress.shape.inLesson', { lesson, problem });

/** File text → ProgressFile; throws ProgressShapeError when the text is not a progress file of ours. */
export function parseFile(text: string): ProgressFile {
  let value: unknown;
  try {
    // A BOM (some Windows editors add one) is not a reason to discard progress.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // The parser's own words (English, like the system's error texts), with the place it stopped.
    throw new ProgressShapeError(said('progress.shape.notJson', { error: error instanceof Error ? error.message : String(error) }));
  }
  check(isRecord(value), said('progress.shape.notObject'));
  if (value.format !== undefined) return parseCurrent(value);
  return { counter: 0, courses: { [BUILTIN_COURSE]: parseLegacy(value) } };
}

function parseCurrent(raw: Json): ProgressFile {
  check(raw.format === FILE_MARKER, said('progress.shape.unknownFormat', { format: String(JSON.stringify(raw.format)) }));
  if (isCount(raw.version) && raw.version > FILE_VERSION) throw new NewerFormatError(raw.version);
  check(raw.version === FILE_VERSION, said('progress.shape.unknownVersion', { version: String(JSON.stringify(raw.version)) }));
  check(isCount(raw.counter), must('wholeNumber', 'counter'));
  check(isRecord(raw.courses), must('object', 'courses'));
  // Only a preference: a value this build cannot use is not worth refusing the file for.
  const language = isText(raw.language) && /^[A-Za-z0-9-]{1,35}$/.test(raw.language) ? raw.language : null;
  const courses: [string, ProgressData][] = [];
  const unreadable: [string, Sentence][] = [];
  // One course that cannot be read does not cost the others: it is kept as it is.
  for (const [key, course] of Object.entries(raw.courses)) {
    try {
      courses.push([key, parseCourse(key, course)]);
    } catch (error) {
      if (!(error instanceof ProgressShapeError)) throw error;
      unreadable.push([key, error.problem]);
    }
  }
  return {
    counter: raw.counter,
    courses: Object.fromEntries(courses),
    language,
    kept: { top: unknownTopFields(raw), courses: raw.courses, unreadable: Object.fromEntries(unreadable) },
  };
}

function parseCourse(key: string, raw: unknown): ProgressData {
  check(isRecord(raw), said('progress.shape.courseNotObject', { course: key }));
  check(isCount(raw.generation), inCourse(key, must('wholeNumber', 'generation')));
  check(isRecord(raw.lessonGenerations) && Object.values(raw.lessonGenerations).every(isCount), inCourse(key, must('lessonNumbers', 'lessonGenerations')));
  check(raw.windows === null || (isText(raw.windows) && isWindowsVersion(raw.windows)), inCourse(key, must('windowsOrNull', 'windows')));
  check(raw.lastLesson === null || isText(raw.lastLesson), inCourse(key, must('textOrNull', 'lastLesson')));
  check(isRecord(raw.lessons), inCourse(key, must('object', 'lessons')));
  const lessons = Object.entries(raw.lessons).map(([id, lesson]): [string, LessonProgress] => [id, parseLesson(id, lesson, true)]);
  return {
    generation: raw.generation,
    lessonGenerations: Object.fromEntries(Object.entries(raw.lessonGenerations as Record<string, number>)),
    windows: raw.windows,
    lastLesson: raw.lastLesson,
    lessons: Object.fromEntries(lessons),
    // Added after version 2 first shipped: older files have no record.
    hardware: raw.hardware === undefined || raw.hardware === null ? null : parseHardware(key, raw.hardware),
  };
}

function parseHardware(key: string, raw: unknown): HardwareRecord {
  check(isRecord(raw), inCourse(key, must('object', 'hardware')));
  const textOrNull = (value: unknown) => value === null || isText(value);
  const three = (kind: 'threeTextOrNull' | 'threeText', first: string, second: string, third: string) => inHardware(key, said(`progress.shape.${kind}`, { first, second, third }));
  check(textOrNull(raw.edition) && textOrNull(raw.windows) && textOrNull(raw.deviceName), three('threeTextOrNull', 'edition', 'windows', 'deviceName'));
  check(isText(raw.channel) && isText(raw.activation) && isText(raw.recordedOn), three('threeText', 'channel', 'activation', 'recordedOn'));
  check(raw.linked === null || typeof raw.linked === 'boolean', inHardware(key, must('booleanOrNull', 'linked')));
  return {
    edition: shownText(raw.edition as string | null),
    channel: shownText(raw.channel),
    activation: shownText(raw.activation),
    windows: shownText(raw.windows as string | null),
    deviceName: shownText(raw.deviceName as string | null),
    linked: raw.linked,
    recordedOn: shownText(raw.recordedOn),
  };
}

/** Controls (C0, C1, DEL) and bidi controls: the file is text a user or program can edit. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The record's text is printed (status, lesson 4): anything that could drive the terminal (an
 * OSC 8 link, a C1 CSI) is replaced by U+FFFD when read, as lesson text is.
 */
function shownText<T extends string | null>(value: T): T {
  return (value === null ? null : value.replace(UNSAFE, '\uFFFD')) as T;
}

/** Keys a version 0 or 1 file had; anything else means the JSON is someone else's file. */
const LEGACY_KEYS = new Set(['version', 'windows', 'windowsUpdatedAt', 'lastLesson', 'lessons', 'updatedAt']);

function parseLegacy(raw: Json): ProgressData {
  const version = raw.version ?? 0;
  check(version === 0 || version === 1, said('progress.shape.unknownVersion', { version: String(JSON.stringify(version)) }));
  const foreign = Object.keys(raw).filter((key) => !LEGACY_KEYS.has(key));
  // The first keys, as the file has them: what the file seems to be instead.
  const keys = Object.keys(raw).slice(0, 5).join(', ');
  check(foreign.length === 0 && isRecord(raw.lessons), keys === '' ? said('progress.shape.notOursNoKeys') : said('progress.shape.notOurs', { keys }));
  check(raw.windows === undefined || raw.windows === null || (isText(raw.windows) && isWindowsVersion(raw.windows)), must('windowsOrNull', 'windows'));
  check(raw.lastLesson === undefined || raw.lastLesson === null || isText(raw.lastLesson), must('textOrNull', 'lastLesson'));
  // Timestamps of versions 0 and 1 (updatedAt, windowsUpdatedAt) are ignored: order no longer comes from the clock.
  const lessons = Object.entries(raw.lessons).map(([id, lesson]): [string, LessonProgress] => [id, parseLesson(id, lesson, version === 1)]);
  return {
    ...emptyProgress(),
    windows: (raw.windows as ProgressData['windows'] | undefined) ?? null,
    lastLesson: (raw.lastLesson as string | null | undefined) ?? null,
    lessons: Object.fromEntries(lessons),
  };
}

function parseLesson(id: string, raw: unknown, strict: boolean): LessonProgress {
  check(isRecord(raw), said('progress.shape.lessonNotObject', { lesson: id }));
  const present = (key: string) => strict || raw[key] !== undefined;
  check(isText(raw.currentStep), inLesson(id, must('text', 'currentStep')));
  if (present('currentIndex')) check(isCount(raw.currentIndex), inLesson(id, must('wholeNumber', 'currentIndex')));
  if (present('completed')) check(Array.isArray(raw.completed) && raw.completed.every(isText), inLesson(id, must('stepIds', 'completed')));
  if (present('answers')) check(isRecord(raw.answers), inLesson(id, must('object', 'answers')));
  // Added within version 2 and optional: files written before it have none.
  if (raw.confirmed !== undefined) check(Array.isArray(raw.confirmed) && raw.confirmed.every(isText), inLesson(id, must('stepIds', 'confirmed')));
  if (present('finished')) check(typeof raw.finished === 'boolean', inLesson(id, must('boolean', 'finished')));
  const answers = Object.entries((raw.answers ?? {}) as Json).map(([step, answer]): [string, QuizAnswer] => [step, parseAnswer(id, answer)]);
  const completed = [...new Set((raw.completed ?? []) as string[])];
  const parsed: LessonProgress = {
    currentStep: raw.currentStep,
    currentIndex: (raw.currentIndex as number | undefined) ?? 0,
    completed,
    answers: Object.fromEntries(answers),
    finished: (raw.finished as boolean | undefined) ?? false,
  };
  // Only ticked steps can be confirmed: a hand-edited file cannot claim more.
  return withConfirmed(parsed, [...new Set((raw.confirmed ?? []) as string[])].filter((step) => completed.includes(step)));
}

function parseAnswer(lesson: string, raw: unknown): QuizAnswer {
  check(isRecord(raw), inLesson(lesson, said('progress.shape.badQuizAnswer')));
  if (isText(raw.option)) return { option: raw.option };
  // Versions 0 and 1 stored the option's position; quiz-answer.ts resolves `#n` by position.
  check(isCount(raw.choice), inLesson(lesson, said('progress.shape.badQuizAnswer')));
  return { option: `#${raw.choice}` };
}
