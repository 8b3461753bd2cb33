import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listEntries, runList } from '../../src/commands/list.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import type { Course, Lesson } from '../../src/course/types.js';
import { serializeFile } from '../../src/progress/file-format.js';
import { emptyProgress, type LessonProgress, type ProgressData } from '../../src/progress/model.js';
import { resolveStepIndex, resumePoint } from '../../src/tutor/lesson-status.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import { stepContent } from '../../src/ui/step-content.js';
import { createStyles } from '../../src/text/styles.js';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

/** One lesson in several versions; each `## ` title is also the step id. */
function lesson(id: string, steps: readonly string[]): Lesson {
  const body = steps.map((step) => `## ${step}\n\nText of ${step}.\n`).join('\n');
  const parsed = parseLesson(`---\nid: ${id}\ntitle: ${id}\nsummary: s\nminutes: 1\n---\n\n${body}`, `${id}.md`);
  if (!parsed.lesson) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.lesson;
}

const ORIGINAL = ['intro', 'open-settings', 'sign-in', 'verify', 'recap'];
/** Saved on "sign-in" (index 2) of the original lesson, with the first two steps done. */
const onSignIn: LessonProgress = {
  currentStep: 'sign-in',
  currentIndex: 2,
  completed: ['intro', 'open-settings'],
  answers: { 'old-quiz': { option: '#7' } },
  finished: false,
};

const stepAfterEdit = (steps: readonly string[], saved = onSignIn) => {
  const edited = lesson('link', steps);
  return edited.steps[resolveStepIndex(edited, saved)]?.id;
};

describe('saved progress after a lesson was edited', () => {
  it('follows a step by id when other steps moved around it', () => {
    expect(stepAfterEdit(['sign-in', 'intro', 'open-settings', 'verify', 'recap'])).toBe('sign-in');
    expect(stepAfterEdit(['new-first', ...ORIGINAL])).toBe('sign-in');
  });

  it('lands on the step now at the same place when its step was renamed or removed', () => {
    expect(stepAfterEdit(['intro', 'open-settings', 'sign-in-with-microsoft', 'verify', 'recap'])).toBe('sign-in-with-microsoft');
    // Removed: the next step, the one the user would have seen after it.
    expect(stepAfterEdit(['intro', 'open-settings', 'verify', 'recap'])).toBe('verify');
  });

  it('lands on the last step when the lesson got shorter than the saved position', () => {
    expect(stepAfterEdit(['intro', 'recap'], { ...onSignIn, currentStep: 'gone', currentIndex: 4 })).toBe('recap');
    expect(stepAfterEdit(['only'])).toBe('only');
  });

  const edited: Course = { title: 'Edited', lessons: [lesson('link', ['intro', 'open-settings', 'verify', 'recap']), lesson('privacy', ['dashboard'])] };
  const saved: ProgressData = {
    ...emptyProgress(),
    lastLesson: 'old-lesson',
    lessons: { link: onSignIn, 'old-lesson': { ...onSignIn, currentStep: 'x', currentIndex: 9 } },
  };

  it('offers Continue on a lesson that still exists when the last one was removed', () => {
    expect(resumePoint(edited, saved)).toEqual({ lessonIndex: 0, stepIndex: 2 });
    expect(resumePoint(edited, { ...saved, lessons: { 'old-lesson': saved.lessons['old-lesson'] as LessonProgress } })).toEqual({ lessonIndex: 0, stepIndex: 0 });
  });

  it('lists only existing lessons and counts only steps that still exist', () => {
    const entries = listEntries(edited, saved);
    expect(entries.map((entry) => [entry.id, entry.currentStep, entry.stepsCompleted, entry.status])).toEqual([
      ['link', 3, 2, 'in-progress'],
      ['privacy', 1, 0, 'new'],
    ]);
    expect(runList(edited, saved, { json: false }).stdout).toContain('in progress, step 3 of 4');
  });

  it('opens the lesson at that step and navigates from there', () => {
    const state = initialState(edited, saved, { lessonIndex: 0 });
    expect([state.screen, state.stepIndex]).toEqual(['lesson', 2]);
    expect(state.progress.lessons.link?.currentStep).toBe('verify');
    const next = reduceTutor(edited, state, { type: 'next' });
    expect(next.progress.lessons.link?.currentStep).toBe('recap');
  });

  it('ignores a saved quiz answer that points past the options of the edited quiz', () => {
    const quiz = parseLesson(
      '---\nid: q\ntitle: Q\nsummary: s\nminutes: 1\n---\n\n## Quiz {#old-quiz}\n\n```quiz\nquestion: Which?\noptions:\n  - text: A\n    correct: true\n  - text: B\nexplanation: A.\n```\n',
      'q.md',
    ).lesson?.steps[0];
    if (!quiz) throw new Error('quiz fixture did not parse');
    const content = stepContent(quiz, { width: 60, styles: createStyles({ color: false, unicode: false }), windows: null, saved: onSignIn, checkLines: null, openMessage: null });
    expect(content.lines.join('\n')).not.toMatch(/Correct|Not quite/);
  });
});

describe('the built CLI with progress from an older course', () => {
  beforeAll(assertBuilt);

  it('lists the edited lessons without crashing', () => {
    const configHome = mkdtempSync(path.join(tmpdir(), 'winlink-edits-'));
    mkdirSync(path.join(configHome, 'winlink-tutor'));
    const progress: ProgressData = {
      ...emptyProgress(),
      lastLesson: 'old-lesson',
      lessons: { link: { ...onSignIn, completed: ['intro', 'sign-in', 'verify'] }, 'old-lesson': { ...onSignIn, currentIndex: 9 } },
    };
    const lessonsDir = fileURLToPath(new URL('../fixtures/edited-lessons', import.meta.url));
    const file = serializeFile({ counter: 1, courses: { [`dir:${realpathSync(lessonsDir)}`]: progress } });
    writeFileSync(path.join(configHome, 'winlink-tutor', 'config.json'), file);
    const result = runCli(['list', '--json', '--lessons-dir', lessonsDir], { configHome });
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const entries = JSON.parse(result.stdout) as { id: string; currentStep: number; stepsCompleted: number; completed: boolean }[];
    expect(entries.map(({ id, currentStep, stepsCompleted, completed }) => ({ id, currentStep, stepsCompleted, completed }))).toEqual([
      { id: 'link', currentStep: 3, stepsCompleted: 1, completed: false },
      { id: 'privacy', currentStep: 1, stepsCompleted: 0, completed: false },
    ]);
  });
});
