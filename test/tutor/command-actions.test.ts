// The tutor's table from command to action: what each key does, without a terminal.
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { commandSteps, type CommandView } from '../../src/tutor/command-actions.js';
import { CONTINUE, menuRows, QUIT } from '../../src/tutor/menu-rows.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import type { Action, TutorState } from '../../src/tutor/state.js';
import { testCourse } from '../fixtures/course.js';

const course = testCourse();
const view = (state: TutorState): CommandView => ({ menu: menuRows(course, state.progress), scroll: { max: 10, page: 4 }, today: new Date('2026-12-06'), languages: ['en-US', 'de-DE', 'it-IT'], language: 'de-DE' });
const apply = (state: TutorState, ...actions: Action[]) => actions.reduce((next, action) => reduceTutor(course, next, action), state);

describe('command actions', () => {
  it('maps the start screen rows: Continue, lessons, Quit', () => {
    const fresh = initialState(course, emptyProgress());
    expect(menuRows(course, fresh.progress)).toEqual([0, 1, QUIT]);
    expect(commandSteps(course, fresh, 'menu.select', '', view(fresh))).toEqual([{ type: 'openLesson', lessonIndex: 0 }]);
    expect(commandSteps(course, { ...fresh, menuIndex: 2 }, 'menu.select', '', view(fresh))).toEqual([{ effect: 'quit' }]);
    expect(commandSteps(course, fresh, 'menu.number', '2', view(fresh))).toEqual([{ type: 'openLesson', lessonIndex: 1 }]);
    expect(commandSteps(course, fresh, 'menu.number', '9', view(fresh))).toEqual([]);
    const resumed = apply(fresh, { type: 'openLesson', lessonIndex: 1 }, { type: 'menu' });
    expect(menuRows(course, resumed.progress)[0]).toBe(CONTINUE);
    expect(commandSteps(course, resumed, 'menu.select', '', view(resumed))).toEqual([{ type: 'openLesson', lessonIndex: 1 }]);
  });

  it('reads the option list from the state it lands on, not from the last frame', () => {
    // Lesson 1, step 3 is the Windows choice: "2" picks Windows 10 at once.
    const atChoice = apply(initialState(course, emptyProgress(), { lessonIndex: 0 }), { type: 'goto', stepIndex: 2 });
    expect(commandSteps(course, atChoice, 'list.number', '2', view(atChoice))).toEqual([{ type: 'highlight', index: 1 }, { type: 'choose', value: '10' }]);
    expect(commandSteps(course, atChoice, 'list.number', '3', view(atChoice))).toEqual([]);
    expect(commandSteps(course, atChoice, 'list.up', '', view(atChoice))).toEqual([{ type: 'highlight', index: 1 }]);
    expect(commandSteps(course, atChoice, 'list.select', '', view(atChoice))).toEqual([{ type: 'choose', value: '11' }]);
  });

  it('scrolls by the view, pages by a page, and leaves effects to the App', () => {
    const state = initialState(course, emptyProgress(), { lessonIndex: 0 });
    expect(commandSteps(course, state, 'page.down', '', view(state))).toEqual([{ type: 'scroll', delta: 4, max: 10 }]);
    expect(commandSteps(course, state, 'app.quit', '', view(state))).toEqual([{ effect: 'quit' }]);
    expect(commandSteps(course, state, 'link.open', '', view(state))).toEqual([]);
    const atTask = apply(state, { type: 'next' });
    expect(commandSteps(course, atTask, 'link.open', '', view(atTask))).toEqual([{ effect: 'openLink' }]);
    // Nothing to record before this PC was read.
    expect(commandSteps(course, atTask, 'hardware.record', '', view(atTask))).toEqual([]);
  });
});

describe('readings kept in the tutor state', () => {
  it('types an error code, looks it up on Enter, and stops on Esc', () => {
    let state = apply(initialState(course, emptyProgress()), { type: 'typeCode' });
    for (const text of ['0xC004', 'zz', 'F211']) state = apply(state, { type: 'codeKey', key: { kind: 'text', text } });
    expect(state.code.typing).toBe('0xC004F211');
    state = apply(state, { type: 'codeKey', key: { kind: 'submit' } });
    expect(state.code.typing).toBeNull();
    expect(state.code.lookedUp).toBe('0xC004F211');
    state = apply(state, { type: 'typeCode' }, { type: 'codeKey', key: { kind: 'cancel' } });
    expect(state.code).toEqual({ typing: null, lookedUp: '0xC004F211' });
  });

  it('keeps the activation check, this PC as read and the open-page message', () => {
    const state = apply(initialState(course, emptyProgress()), { type: 'checked', lines: ['Activated'] }, { type: 'hardwareRead', now: 'reading' }, { type: 'opened', step: 'do-thing', text: 'Opened.' });
    expect(state.checkLines).toEqual(['Activated']);
    expect(state.hardwareNow).toBe('reading');
    expect(state.openMessage).toEqual({ step: 'do-thing', text: 'Opened.' });
  });
});
