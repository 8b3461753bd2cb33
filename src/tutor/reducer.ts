import type { Course, Lesson, Step } from '../course/types.js';
import { isWindowsVersion } from '../course/types.js';
import { emptyLessonProgress, isConfirmed, own, savedLesson, withConfirmed, withEntry, type LessonProgress, type ProgressData } from '../progress/model.js';
import { searchCourse } from '../course/course-search.js';
import { lessonReport } from './lesson-report.js';
import { resolveStepIndex } from './lesson-status.js';
import { CLOSED_STEP_LIST, reduceStepList } from './step-list.js';
import { recordFrom } from '../windows/hardware-record.js';
import { linkedAnswer, nextLinked } from './hardware-answer.js';
import type { Action, TutorState } from './state.js';
import { sameResult, verifiable, windowsAgrees } from './windows-answers.js';
import { fieldKey } from './code-field.js';

/** Scroll position meaning "the end": the view clamps it to the last page. */
export const SCROLL_END = Number.MAX_SAFE_INTEGER;

export interface StartOptions {
  /** Open this lesson directly (index into the course). */
  readonly lessonIndex?: number;
}

export function initialState(course: Course, progress: ProgressData, options: StartOptions = {}): TutorState {
  const base: TutorState = { screen: 'menu', help: false, lessonIndex: 0, stepIndex: 0, scroll: 0, helpScroll: 0, menuIndex: 0, listIndex: null, ...CLOSED_STEP_LIST, search: null, reveal: null, probes: {}, declined: null, privacy: {}, hardwareLinked: null, code: { typing: null, lookedUp: null }, hardwareNow: 'unread', checkLines: null, openMessage: null, languages: null, progress };
  if (options.lessonIndex === undefined || !course.lessons[options.lessonIndex]) return base;
  return openLesson(course, base, options.lessonIndex);
}

/** The one place navigation happens: every key maps to one of these actions. */
export function reduceTutor(course: Course, state: TutorState, action: Action): TutorState {
  const lesson = course.lessons[state.lessonIndex];
  // Another window saved: show its progress; where this window is stays as it is. A save that
  // only wrote back what this window already shows changes nothing (no second frame per key).
  if (action.type === 'adopt') return sameData(action.progress, state.progress) ? state : { ...state, progress: action.progress };
  if (action.type === 'probed') return confirmByWindows(lesson, state, action);
  if (action.type === 'privacyRead') {
    const snapshot = own(state.privacy, action.lesson) ?? { before: null, after: null };
    // The "before" is taken once per run: reopening the lesson keeps the first one.
    if (action.when === 'before' && snapshot.before !== null) return state;
    return { ...state, privacy: withEntry(state.privacy, action.lesson, { ...snapshot, [action.when]: action.readings }) };
  }
  const read = reduceReadings(state, action);
  if (read) return read;
  if (action.type === 'toggleHelp') return { ...state, help: !state.help, helpScroll: 0 };
  if (action.type === 'scroll') {
    const key = state.help ? 'helpScroll' : 'scroll';
    const next = clamp(Math.min(state[key], action.max) + action.delta, 0, action.max);
    return next === state[key] ? state : { ...state, [key]: next };
  }
  // Back on the start screen the first row ("Continue") is highlighted again.
  if (action.type === 'menu') return state.screen === 'menu' ? state : { ...state, ...CLOSED_STEP_LIST, screen: 'menu', help: false, menuIndex: 0 };
  if (action.type === 'menuMove') {
    if (state.screen !== 'menu' || action.count <= 0) return state;
    return { ...state, menuIndex: (((state.menuIndex + action.delta) % action.count) + action.count) % action.count };
  }
  if (action.type === 'highlight') return state.listIndex === action.index ? state : { ...state, listIndex: action.index };
  if (action.type === 'toggleStepList' || action.type === 'stepListMove' || action.type === 'stepListDigit' || action.type === 'stepListJump') {
    if (!lesson || state.screen === 'menu') return state;
    const listed = reduceStepList(lesson, state, action);
    // A jump is an ordinary visit: recorded and saved like any other step change.
    return listed.jumpTo === null ? listed.state : visit({ ...listed.state, screen: 'lesson' }, lesson, listed.jumpTo, true);
  }
  const searched = reduceSearch(course, state, action);
  if (searched) return searched;
  if (action.type === 'firstSkipped') {
    if (!lesson || state.screen !== 'finished') return state;
    const first = lessonReport(lesson, savedLesson(state.progress, lesson.id)).skipped[0];
    return first ? visit({ ...state, ...CLOSED_STEP_LIST, screen: 'lesson' }, lesson, first.index, true) : state;
  }
  if (action.type === 'openLesson') return openLesson(course, state, action.lessonIndex);
  if (action.type === 'switchWindows') return switchWindows(state);
  if (action.type === 'nextLesson') {
    const nextIndex = state.lessonIndex + 1;
    return nextIndex < course.lessons.length ? openLesson(course, state, nextIndex) : { ...state, screen: 'menu', menuIndex: 0 };
  }
  if (!lesson || state.screen !== 'lesson') return state;
  return reduceLessonAction(lesson, state, action);
}

function reduceLessonAction(lesson: Lesson, state: TutorState, action: Action): TutorState {
  const step = lesson.steps[state.stepIndex];
  const last = lesson.steps.length - 1;
  switch (action.type) {
    case 'next': {
      const seen = step && (step.kind === 'text' || step.kind === 'check') ? markCompleted(state, lesson, step, true) : state;
      if (state.stepIndex >= last) return finishLesson(seen, lesson);
      return visit(seen, lesson, state.stepIndex + 1);
    }
    case 'prev':
      return state.stepIndex > 0 ? visit(state, lesson, state.stepIndex - 1) : state;
    case 'first':
      return visit(state, lesson, 0);
    case 'last':
      return visit(state, lesson, last);
    case 'goto':
      return visit(state, lesson, clamp(action.stepIndex, 0, last));
    case 'complete': {
      if (step?.kind !== 'task') return state;
      const done = currentLesson(state, lesson).completed.includes(step.id);
      const toggled = markCompleted(state, lesson, step, !done);
      // Unticked by the user: Windows must not tick it again behind their back on this visit.
      return done && step.verify ? { ...toggled, declined: step.id } : toggled;
    }
    case 'answer': {
      if (step?.kind !== 'quiz') return state;
      const option = step.options[action.option];
      if (!option) return state;
      const saved = currentLesson(state, lesson);
      const answered = updateLesson(state, lesson, { ...saved, answers: withEntry(saved.answers, step.id, { option: option.id }) });
      // Feedback is appended below the body: scroll so it is in view.
      return { ...markCompleted(answered, lesson, step, option.correct || saved.completed.includes(step.id)), scroll: SCROLL_END };
    }
    case 'cycleLinked':
      if (step?.kind !== 'check' || step.show !== 'hardware') return state;
      return { ...state, hardwareLinked: { linked: nextLinked(linkedAnswer(state)) } };
    case 'recordHardware': {
      if (step?.kind !== 'check' || step.show !== 'hardware') return state;
      const record = recordFrom(action.now, linkedAnswer(state), action.today);
      return markCompleted({ ...state, progress: { ...state.progress, hardware: record } }, lesson, step, true);
    }
    case 'choose': {
      if (step?.kind !== 'choice' || !isWindowsVersion(action.value)) return state;
      const chosen = { ...state, progress: { ...state.progress, windows: action.value } };
      return markCompleted(chosen, lesson, step, true);
    }
    default:
      return state;
  }
}

/** What was typed, read from Windows or said by the open key this run; null when the action is about something else. */
function reduceReadings(state: TutorState, action: Action): TutorState | null {
  switch (action.type) {
    case 'typeCode':
      return { ...state, code: { ...state.code, typing: '' } };
    case 'codeKey': {
      const result = fieldKey(state.code.typing ?? '', action.key);
      if (result.kind === 'editing') return { ...state, code: { ...state.code, typing: result.value } };
      const lookedUp = result.kind === 'submitted' ? result.value : state.code.lookedUp;
      return { ...state, code: { typing: null, lookedUp } };
    }
    case 'checked':
      return { ...state, checkLines: action.lines };
    case 'hardwareRead':
      return { ...state, hardwareNow: action.now };
    case 'opened':
      return { ...state, openMessage: { step: action.step, text: action.text } };
    case 'openLanguages':
      return state.screen === 'menu' ? { ...state, help: false, search: null, languages: { index: action.index } } : state;
    case 'languagesMove':
      if (!state.languages || action.count <= 0) return state;
      return { ...state, languages: { index: (((state.languages.index + action.delta) % action.count) + action.count) % action.count } };
    case 'closeLanguages':
      return state.languages ? { ...state, languages: null } : state;
    default:
      return null;
  }
}

/** The course search overlay; null when the action is not about search. */
function reduceSearch(course: Course, state: TutorState, action: Action): TutorState | null {
  const search = state.search;
  switch (action.type) {
    case 'openSearch':
      return { ...state, ...CLOSED_STEP_LIST, help: false, search: { query: '', index: 0 } };
    case 'closeSearch':
      return search ? { ...state, search: null } : state;
    case 'searchType':
      return search ? { ...state, search: { query: (search.query + action.text).slice(0, 80), index: 0 } } : state;
    case 'searchErase':
      return search && search.query !== '' ? { ...state, search: { query: [...search.query].slice(0, -1).join(''), index: 0 } } : state;
    case 'searchMove': {
      const count = search ? searchCourse(course, search.query).length : 0;
      if (!search || count === 0) return state;
      return { ...state, search: { ...search, index: (((search.index + action.delta) % count) + count) % count } };
    }
    case 'searchJump': {
      const hit = search ? searchCourse(course, search.query)[search.index] : undefined;
      const lesson = hit ? course.lessons[hit.lessonIndex] : undefined;
      if (!search || !hit || !lesson) return state;
      const moved = visit({ ...state, search: null, help: false, lessonIndex: hit.lessonIndex, screen: 'lesson' }, lesson, hit.stepIndex, true);
      return { ...moved, reveal: search.query.trim() };
    }
    case 'revealed':
      return { ...state, scroll: Math.max(0, action.scroll), reveal: null };
    default:
      return null;
  }
}

function openLesson(course: Course, state: TutorState, lessonIndex: number): TutorState {
  const lesson = course.lessons[lessonIndex];
  if (!lesson || lesson.steps.length === 0) return state;
  const saved = savedLesson(state.progress, lesson.id);
  // A finished lesson opens at its start, for review.
  const stepIndex = saved?.finished ? 0 : resolveStepIndex(lesson, saved);
  // Always recorded, so "Continue" points at the lesson opened last.
  return visit({ ...state, ...CLOSED_STEP_LIST, lessonIndex, screen: 'lesson', help: false }, lesson, stepIndex, true);
}

function visit(state: TutorState, lesson: Lesson, stepIndex: number, record = false): TutorState {
  const step = lesson.steps[stepIndex];
  if (!step) return state;
  if (!record && stepIndex === state.stepIndex && savedLesson(state.progress, lesson.id)?.currentStep === step.id) return state;
  const saved = currentLesson(state, lesson);
  const moved = updateLesson(state, lesson, { ...saved, currentStep: step.id, currentIndex: stepIndex });
  return { ...moved, screen: 'lesson', stepIndex, scroll: 0, listIndex: null, declined: null };
}

/** Records Windows' answer; ticks the step on screen, as confirmed by Windows, when it agrees. */
function confirmByWindows(lesson: Lesson | undefined, state: TutorState, action: Extract<Action, { type: 'probed' }>): TutorState {
  const known = sameResult(state.probes[action.probe], action.result) ? state : { ...state, probes: withEntry(state.probes, action.probe, action.result) };
  const step = verifiable(lesson?.steps[state.stepIndex]);
  if (!lesson || state.screen !== 'lesson' || !step || step.verify.probe !== action.probe) return known;
  if (!windowsAgrees(step.verify, action.result) || state.declined === step.id) return known;
  const saved = currentLesson(known, lesson);
  if (isConfirmed(saved, step.id)) return known;
  const completed = saved.completed.includes(step.id) ? saved.completed : [...saved.completed, step.id];
  return updateLesson(known, lesson, withConfirmed({ ...saved, completed }, [...(saved.confirmed ?? []), step.id]));
}

function finishLesson(state: TutorState, lesson: Lesson): TutorState {
  const saved = currentLesson(state, lesson);
  const finished: TutorState = { ...updateLesson(state, lesson, { ...saved, finished: true }), screen: 'finished', scroll: 0 };
  // With a privacy snapshot, the end screen reads the settings again: "after" is pending until then.
  const snapshot = own(state.privacy, lesson.id);
  return snapshot?.before ? { ...finished, privacy: withEntry(state.privacy, lesson.id, { ...snapshot, after: null }) } : finished;
}

function markCompleted(state: TutorState, lesson: Lesson, step: Step, done: boolean): TutorState {
  const saved = currentLesson(state, lesson);
  const has = saved.completed.includes(step.id);
  if (has === done) return state;
  const completed = done ? [...saved.completed, step.id] : saved.completed.filter((id) => id !== step.id);
  // Ticked by the user is not confirmed by Windows; an untick drops a confirmation.
  return updateLesson(state, lesson, withConfirmed({ ...saved, completed }, (saved.confirmed ?? []).filter((id) => id !== step.id)));
}

function switchWindows(state: TutorState): TutorState {
  const windows = state.progress.windows === '11' ? '10' : '11';
  return { ...state, scroll: 0, listIndex: null, progress: { ...state.progress, windows } };
}

function currentLesson(state: TutorState, lesson: Lesson): LessonProgress {
  return savedLesson(state.progress, lesson.id) ?? emptyLessonProgress(lesson.steps[0]?.id ?? '');
}

function updateLesson(state: TutorState, lesson: Lesson, next: LessonProgress): TutorState {
  const progress: ProgressData = { ...state.progress, lastLesson: lesson.id, lessons: withEntry(state.progress.lessons, lesson.id, next) };
  return { ...state, progress };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Deep equality of plain JSON-shaped data (progress read back from the file). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
