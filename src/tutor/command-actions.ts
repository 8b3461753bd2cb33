/**
 * What each command does: the tutor's own table from a command (keymap.ts) to the actions the
 * reducer applies, plus the few effects only the App can carry out (quit, suspend, open a page,
 * read this PC again). Pure, so the mapping is tested without a terminal.
 */
import type { Course } from '../course/types.js';
import { resumePoint } from './lesson-status.js';
import { highlightedOption } from './quiz-answer.js';
import type { Command } from './keymap.js';
import { CONTINUE, QUIT } from './menu-rows.js';
import type { Action, TutorState } from './state.js';

export type Effect = { readonly effect: 'quit' } | { readonly effect: 'suspend' } | { readonly effect: 'openLink' } | { readonly effect: 'language'; readonly tag: string };
export type Step = Action | Effect;

/** What the screen shows that a command needs to know. */
export interface CommandView {
  /** The start screen's rows (menuRows). */
  readonly menu: readonly number[];
  /** How far the body (or the help overlay) scrolls, and one page. */
  readonly scroll: { readonly max: number; readonly page: number };
  readonly today: Date;
  /** The language list (tags, top to bottom) and the tag in use. */
  readonly languages: readonly string[];
  readonly language: string;
}

const SIMPLE: Partial<Record<Command, Action>> = {
  'search.open': { type: 'openSearch' },
  'search.close': { type: 'closeSearch' },
  'search.erase': { type: 'searchErase' },
  'search.up': { type: 'searchMove', delta: -1 },
  'search.down': { type: 'searchMove', delta: 1 },
  'search.select': { type: 'searchJump' },
  'steps.toggle': { type: 'toggleStepList' },
  'steps.up': { type: 'stepListMove', delta: -1 },
  'steps.down': { type: 'stepListMove', delta: 1 },
  'steps.select': { type: 'stepListJump' },
  'app.help': { type: 'toggleHelp' },
  'app.menu': { type: 'menu' },
  'nav.next': { type: 'next' },
  'nav.prev': { type: 'prev' },
  'nav.first': { type: 'first' },
  'nav.last': { type: 'last' },
  'task.done': { type: 'complete' },
  'code.type': { type: 'typeCode' },
  'hardware.linked': { type: 'cycleLinked' },
  'windows.switch': { type: 'switchWindows' },
  'lesson.next': { type: 'nextLesson' },
  'lesson.skipped': { type: 'firstSkipped' },
  'languages.close': { type: 'closeLanguages' },
};

export function commandSteps(course: Course, state: TutorState, command: Command, input: string, view: CommandView): readonly Step[] {
  const simple = SIMPLE[command];
  if (simple) return [simple];
  const step = course.lessons[state.lessonIndex]?.steps[state.stepIndex];
  const list = highlightedOption(course, state);
  switch (command) {
    case 'menu.up':
    case 'menu.down':
      return [{ type: 'menuMove', delta: command === 'menu.up' ? -1 : 1, count: view.menu.length }];
    case 'menu.select': {
      const row = view.menu[state.menuIndex];
      return row === undefined ? [] : menuSelect(course, state, row);
    }
    case 'menu.number': {
      // The number shown before each lesson, not the row: "Continue" shifts the rows by one.
      const index = Number(input) - 1;
      return index < course.lessons.length ? menuSelect(course, state, index) : [];
    }
    case 'list.up':
    case 'list.down':
      return list.count > 0 ? [{ type: 'highlight', index: (list.index + (command === 'list.up' ? -1 : 1) + list.count) % list.count }] : [];
    case 'list.select':
      return listSelect(step, list.index);
    case 'list.number': {
      // The number printed before the option, whether or not it is on screen.
      const index = Number(input) - 1;
      return index < list.count ? [{ type: 'highlight', index }, ...listSelect(step, index)] : [];
    }
    case 'search.type':
      return [{ type: 'searchType', text: input }];
    case 'steps.number':
      return [{ type: 'stepListDigit', digit: input }];
    case 'scroll.up':
    case 'scroll.down':
      return [{ type: 'scroll', delta: command === 'scroll.up' ? -1 : 1, max: view.scroll.max }];
    case 'page.up':
    case 'page.down':
      return [{ type: 'scroll', delta: (command === 'page.up' ? -1 : 1) * view.scroll.page, max: view.scroll.max }];
    case 'hardware.record': {
      // Nothing to record off Windows or before this PC was read.
      const now = state.hardwareNow;
      return now === null || now === 'reading' || now === 'unread' ? [] : [{ type: 'recordHardware', now, today: view.today }];
    }
    case 'language.open':
      return [{ type: 'openLanguages', index: Math.max(0, view.languages.indexOf(view.language)) }];
    case 'languages.up':
    case 'languages.down':
      return [{ type: 'languagesMove', delta: command === 'languages.up' ? -1 : 1, count: view.languages.length }];
    case 'languages.select': {
      const tag = state.languages ? view.languages[state.languages.index] : undefined;
      return tag === undefined ? [] : [{ effect: 'language', tag }, { type: 'closeLanguages' }];
    }
    case 'link.open':
      return step?.kind === 'task' ? [{ effect: 'openLink' }] : [];
    case 'app.quit':
      return [{ effect: 'quit' }];
    case 'app.suspend':
      return [{ effect: 'suspend' }];
    default:
      return [];
  }
}

function menuSelect(course: Course, state: TutorState, row: number): Step[] {
  if (row === QUIT) return [{ effect: 'quit' }];
  if (row !== CONTINUE) return [{ type: 'openLesson', lessonIndex: row }];
  const resume = resumePoint(course, state.progress);
  return resume ? [{ type: 'openLesson', lessonIndex: resume.lessonIndex }] : [];
}

function listSelect(step: Course['lessons'][number]['steps'][number] | undefined, index: number): Step[] {
  if (step?.kind === 'quiz') return [{ type: 'answer', option: index }];
  const option = step?.kind === 'choice' ? step.options[index] : undefined;
  return option ? [{ type: 'choose', value: option.value }] : [];
}

export function isEffect(step: Step): step is Effect {
  return 'effect' in step;
}
