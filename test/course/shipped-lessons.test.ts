import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { lexMarkdown, isVariantToken } from '../../src/course/markdown.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';

const { course, errors, warnings } = loadCourse(DEFAULT_LESSONS_DIR);

describe('the shipped course', () => {
  it('loads without errors or warnings', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('has the seven curriculum lessons in order, with stable ids', () => {
    expect(course.lessons.map((lesson) => lesson.id)).toEqual([
      'why-link', 'before-you-start', 'link-your-license', 'after-hardware-change', 'privacy-controls', 'troubleshooting', 'recap',
    ]);
  });

  it.each(course.lessons.map((lesson) => [lesson.id, lesson] as const))('%s: 4-13 steps, a quiz, a summary and minutes', (_id, lesson) => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(4);
    // Short enough to finish in one sitting; the hardware lesson has 13 (record, then compare).
    expect(lesson.steps.length).toBeLessThanOrEqual(13);
    expect(lesson.summary.length).toBeGreaterThan(10);
    expect(lesson.minutes).toBeGreaterThan(0);
    const quizzes = lesson.steps.filter((step) => step.kind === 'quiz');
    expect(quizzes.length).toBeGreaterThanOrEqual(1);
    for (const quiz of quizzes) {
      expect(quiz.options.filter((option) => option.correct)).toHaveLength(1);
      expect(quiz.explanation.trim().length).toBeGreaterThan(0);
    }
  });

  it('names only known Windows versions in variant blocks', () => {
    const versions = new Set<string>();
    for (const step of course.lessons.flatMap((lesson) => lesson.steps)) {
      for (const token of lexMarkdown(step.body)) if (isVariantToken(token)) versions.add(token.version);
    }
    expect([...versions].sort()).toEqual(['10', '11']);
  });

  it('sets the Windows version in lesson 2 with a choice step', () => {
    const choice = course.lessons[1]?.steps.find((step) => step.kind === 'choice');
    expect(choice).toMatchObject({ sets: 'windows' });
  });

  it('never shows a full product key', () => {
    const text = JSON.stringify(course);
    expect(text).not.toMatch(/\b(?=[A-Z0-9-]*\d)[A-Z0-9]{5}(-[A-Z0-9]{5}){4}\b/);
  });
});
