/**
 * Fields of the progress file this build does not know, kept as they were. A newer release adds
 * fields within the same format version (as `confirmed` and `hardware` were, and a language choice
 * will be); an older build that still runs (two npx versions side by side are normal) must write
 * them back untouched instead of stripping them. Only what holds a full product key is dropped:
 * the file never keeps one, whoever put it there.
 */
import { redactProductKeys } from '../windows/product-key-redaction.js';
import { own, type HardwareRecord, type LessonProgress, type ProgressData, type QuizAnswer } from './model.js';

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const TOP = new Set(['format', 'version', 'counter', 'courses', 'language']);
const COURSE = new Set(['generation', 'lessonGenerations', 'windows', 'lastLesson', 'lessons', 'hardware']);
const LESSON = new Set(['currentStep', 'currentIndex', 'completed', 'confirmed', 'answers', 'finished']);
const ANSWER = new Set(['option', 'choice']);
const HARDWARE = new Set(['edition', 'channel', 'activation', 'windows', 'deviceName', 'linked', 'recordedOn']);

/** The fields of `raw` (an object read from the file) that are not in `known`. */
export function unknownFields(raw: unknown, known: ReadonlySet<string>): Json {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([key, value]) => !known.has(key) && !holdsProductKey(value)));
}

function holdsProductKey(value: unknown): boolean {
  const text = JSON.stringify(value) ?? '';
  return redactProductKeys(text) !== text;
}

export function unknownTopFields(raw: Json): Json {
  return unknownFields(raw, TOP);
}

/**
 * A course as this build writes it: its own fields from `data`, and every field of `raw` (the
 * course as it was in the file) it does not know, at each level. Fields that describe something
 * this build replaced (a new hardware record, another quiz answer) go with what they described.
 */
export function withKeptFields(raw: unknown, data: ProgressData): Json {
  const rawLessons = isRecord(raw) && isRecord(raw.lessons) ? raw.lessons : {};
  const lessons = Object.fromEntries(Object.entries(data.lessons).map(([id, lesson]) => [id, lessonWithKept(own(rawLessons, id), lesson)]));
  const rawHardware = isRecord(raw) ? raw.hardware : undefined;
  const hardware = data.hardware && sameHardware(rawHardware, data.hardware) ? { ...data.hardware, ...unknownFields(rawHardware, HARDWARE) } : data.hardware;
  return { ...data, lessons, hardware, ...unknownFields(raw, COURSE) };
}

function lessonWithKept(raw: unknown, lesson: LessonProgress): Json {
  const rawAnswers = isRecord(raw) && isRecord(raw.answers) ? raw.answers : {};
  const answers = Object.fromEntries(Object.entries(lesson.answers).map(([step, answer]) => [step, answerWithKept(own(rawAnswers, step), answer)]));
  return { ...lesson, answers, ...unknownFields(raw, LESSON) };
}

function answerWithKept(raw: unknown, answer: QuizAnswer): Json {
  return isRecord(raw) && raw.option === answer.option ? { ...answer, ...unknownFields(raw, ANSWER) } : { ...answer };
}

function sameHardware(raw: unknown, record: HardwareRecord): boolean {
  return isRecord(raw) && [...HARDWARE].every((key) => raw[key] === record[key as keyof HardwareRecord]);
}
