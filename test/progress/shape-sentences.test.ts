// What is wrong with a progress file reaches the user inside "progress file: {detail}": the
// field names and values from the file stay as they are (data), the words around them are said
// in the user's language. The English (`detail`, `message`: logs, tests) is the same as before.
import { describe, expect, it } from 'vitest';
import { sayEnglish, sayer } from '../../src/i18n/say.js';
import { parseFile, ProgressShapeError } from '../../src/progress/file-format.js';
import { emptyProgress } from '../../src/progress/model.js';
import { outsideCatalog, pseudo, pseudoSlots, slotData } from '../i18n/pseudo-catalog.js';

const current = (courses: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses, ...extra });
const RECORD = { edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: null, linked: false, recordedOn: '2026-11-20' };
const LESSON = { currentStep: 'a', currentIndex: 0, completed: [], answers: {}, finished: false };
const withLesson = (lesson: unknown) => current({ 'dir:/x': { ...emptyProgress(), lessons: { intro: lesson } } });
const legacyLesson = (lesson: unknown) => JSON.stringify({ version: 0, lessons: { intro: lesson } });

/** Every check a file can fail, with the English detail it has always had. */
const CASES: readonly (readonly [string, string])[] = [
  ['{"a":', 'not JSON ('],
  ['[1]', 'not a JSON object'],
  [JSON.stringify({ format: 'other' }), 'unknown format "other"'],
  [JSON.stringify({ format: 'winlink-tutor-progress', version: 'two' }), 'unknown version "two"'],
  [JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: -1 }), 'counter must be a whole number'],
  [JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses: [] }), 'courses must be an object'],
  [current({ 'dir:/x': 5 }), 'course "dir:/x" must be an object'],
  [current({ 'dir:/x': { ...emptyProgress(), generation: 'soon' } }), 'course "dir:/x": generation must be a whole number'],
  [current({ 'dir:/x': { ...emptyProgress(), lessonGenerations: { a: 'x' } } }), 'course "dir:/x": lessonGenerations must map lessons to whole numbers'],
  [current({ 'dir:/x': { ...emptyProgress(), windows: '12' } }), 'course "dir:/x": windows must be "10", "11" or null'],
  [current({ 'dir:/x': { ...emptyProgress(), lastLesson: 3 } }), 'course "dir:/x": lastLesson must be text or null'],
  [current({ 'dir:/x': { ...emptyProgress(), lessons: [] } }), 'course "dir:/x": lessons must be an object'],
  [current({ 'dir:/x': { ...emptyProgress(), hardware: 'yes' } }), 'course "dir:/x": hardware must be an object'],
  [current({ 'dir:/x': { ...emptyProgress(), hardware: { ...RECORD, edition: 1 } } }), 'course "dir:/x": hardware: edition, windows and deviceName must be text or null'],
  [current({ 'dir:/x': { ...emptyProgress(), hardware: { ...RECORD, channel: null } } }), 'course "dir:/x": hardware: channel, activation and recordedOn must be text'],
  [current({ 'dir:/x': { ...emptyProgress(), hardware: { ...RECORD, linked: 'yes' } } }), 'course "dir:/x": hardware: linked must be true, false or null'],
  [withLesson(7), 'lesson "intro" must be an object'],
  [withLesson({ ...LESSON, currentStep: 1 }), 'lesson "intro": currentStep must be text'],
  [withLesson({ ...LESSON, currentIndex: 1.5 }), 'lesson "intro": currentIndex must be a whole number'],
  [withLesson({ ...LESSON, completed: [1] }), 'lesson "intro": completed must be a list of step ids'],
  [withLesson({ ...LESSON, answers: [] }), 'lesson "intro": answers must be an object'],
  [withLesson({ ...LESSON, confirmed: 'a' }), 'lesson "intro": confirmed must be a list of step ids'],
  [withLesson({ ...LESSON, finished: 'no' }), 'lesson "intro": finished must be true or false'],
  [withLesson({ ...LESSON, answers: { q: 1 } }), 'lesson "intro": bad quiz answer'],
  [withLesson({ ...LESSON, answers: { q: { choice: 'x' } } }), 'lesson "intro": bad quiz answer'],
  [JSON.stringify({ version: 7 }), 'unknown version 7'],
  [JSON.stringify({ name: 'x', tabs: [] }), 'not a winlink-tutor progress file (keys: name, tabs)'],
  [JSON.stringify({}), 'not a winlink-tutor progress file (keys: none)'],
  [JSON.stringify({ lessons: {}, windows: 'XP' }), 'windows must be "10", "11" or null'],
  [JSON.stringify({ lessons: {}, lastLesson: 1 }), 'lastLesson must be text or null'],
  [legacyLesson({ currentStep: 'a', completed: 'all' }), 'lesson "intro": completed must be a list of step ids'],
];

/** The error a file's text raises, or the problem of its one unreadable course (kept, not raised). */
function problem(text: string): ProgressShapeError {
  try {
    const file = parseFile(text);
    const kept = Object.values(file.kept?.unreadable ?? {});
    if (kept.length === 1) return new ProgressShapeError(kept[0]!);
  } catch (error) {
    if (error instanceof ProgressShapeError) return error;
    throw error;
  }
  throw new Error(`no problem found in ${text}`);
}

/** Data that may stay outside the catalog: the file's own field names, keys and values, and the parser's own words. */
const DATA = /^(?:counter|courses|dir:\/x|generation|lessonGenerations|windows|lastLesson|lessons|hardware|edition|deviceName|channel|activation|recordedOn|linked|intro|currentStep|currentIndex|completed|answers|confirmed|finished|"other"|"two"|name, tabs|Unexpected end of JSON input|Expected .*)$/;

describe('a progress file that is not right', () => {
  it.each(CASES.map(([text, english]) => [english, text] as const))('%s: the same English detail as always', (english, text) => {
    const error = problem(text);
    if (english.endsWith('(')) expect(error.detail.startsWith(english)).toBe(true);
    else expect(error.detail).toBe(english);
    expect(error.message).toBe(`progress file: ${error.detail}`);
  });

  it('says its words from the catalog, with the file\'s names and values as they are', () => {
    for (const [text, english] of CASES) {
      const error = problem(text);
      expect(sayEnglish(error.sentence), english).toBe(`progress file: ${error.detail}`);
      // Nothing in letters outside the catalog's strings, and in its slots only the file's own names and values.
      expect(outsideCatalog(sayer(pseudo)(error.sentence)), english).toBe('');
      expect(slotData(sayer(pseudoSlots)(error.sentence)).filter((value) => /\p{L}/u.test(value) && !DATA.test(value)), english).toEqual([]);
    }
  });
});
