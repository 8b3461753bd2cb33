import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runList } from '../../src/commands/list.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import type { Course, Lesson } from '../../src/course/types.js';
import { emptyProgress } from '../../src/progress/model.js';
import { decodeEntities } from '../../src/text/entities.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import type { Action, TutorState } from '../../src/tutor/state.js';
import { stepContent } from '../../src/ui/step-content.js';
import { editionFromName } from '../../src/probes/license-fields.js';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

/**
 * Ids come from lesson files. "constructor" is a valid kebab-case id and also a member of every
 * plain object, so `progress.lessons[id]` found Object.prototype.constructor for it.
 */
const LESSON = `---
id: constructor
title: Constructor lesson
summary: A lesson whose ids are Object.prototype members.
minutes: 1
---

## Constructor

Hello &toString; and &valueOf;.

## Quiz {#to-string}

\`\`\`quiz
question: Pick one
options:
  - text: Right
    correct: true
  - text: Wrong
explanation: Because.
\`\`\`
`;

function lessonOf(source: string): Lesson {
  const parsed = parseLesson(source, '01-constructor.md');
  if (!parsed.lesson) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.lesson;
}

const course: Course = { title: 'Prototype ids', lessons: [lessonOf(LESSON)] };

describe('lesson and step ids that are Object.prototype members', () => {
  it('list shows the lesson as not started', () => {
    const result = runList(course, emptyProgress(), { json: true });
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ id: 'constructor', status: 'new', currentStep: 1, stepsCompleted: 0 })]);
  });

  it('the tutor opens the lesson and moves on with next', () => {
    const run = (state: TutorState, ...actions: Action[]) => actions.reduce((current, action) => reduceTutor(course, current, action), state);
    const state = run(initialState(course, emptyProgress()), { type: 'openLesson', lessonIndex: 0 }, { type: 'next' });
    expect(state).toMatchObject({ screen: 'lesson', stepIndex: 1 });
    expect(state.progress.lessons.constructor).toMatchObject({ currentStep: 'to-string', completed: ['constructor'] });
  });

  it('a quiz step whose id is a prototype member has no answer until one is given', () => {
    const quiz = course.lessons[0]?.steps[1];
    if (!quiz) throw new Error('no quiz');
    const saved = { currentStep: 'to-string', currentIndex: 1, completed: [], answers: {}, finished: false };
    const content = stepContent({ ...quiz, id: 'constructor' }, { width: 60, styles: plainStyles, windows: null, saved, checkLines: null, openMessage: null });
    expect(content.lines.join('\n')).not.toMatch(/Correct|Not quite/);
  });

  it('an entity named like a prototype member stays as written', () => {
    expect(decodeEntities('&toString; &valueOf; &amp;')).toBe('&toString; &valueOf; &');
  });

  it('an edition name from Windows that is a prototype member is shown as it is', () => {
    expect(editionFromName('Windows(R), constructor edition')).toBe('constructor');
  });
});

describe('the built CLI with a lesson id "constructor"', () => {
  let dir = '';
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'winlink-proto-'));
    writeFileSync(path.join(dir, '01-constructor.md'), LESSON);
  });

  it.each([['list'], ['list', '--json'], ['print'], ['print', 'constructor']])('%s works: exit 0, no stack trace', (...command) => {
    const result = runCli([...command, '--lessons-dir', dir], { env: { WINLINK_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'winlink-cache-')) } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Constructor lesson');
    expect(result.stdout).not.toContain('native code');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('validate accepts it', () => {
    expect(runCli(['validate', dir]).code).toBe(0);
  });
});
