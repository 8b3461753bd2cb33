import type { Course, Step } from './types.js';

export interface SearchHit {
  readonly lessonIndex: number;
  readonly stepIndex: number;
  /** Where it matched: the step title, or a short piece of text around the match. */
  readonly snippet: string;
}

/** Enough to fill any window; typing more narrows the list. */
export const MAX_HITS = 50;

/** What a step offers to search: its title, text and question, as plain words (markup dropped). */
function searchableText(step: Step): string[] {
  const question = step.kind === 'quiz' || step.kind === 'choice' ? [step.question] : [];
  const options = step.kind === 'quiz' ? step.options.map((option) => option.text) : [];
  return [step.body, ...question, ...options].map((text) => text.replace(/```[\s\S]*?```/g, ' ').replace(/[*_`#>[\]]|\(https?:[^)]*\)|:::\s*\w*\s*\d*/g, ' ').replace(/\s+/g, ' ').trim());
}

/** The words around the match, so the result says why it matched. */
function around(text: string, at: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 20)) + 1);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + length + 40).trim()}…`;
}

/**
 * Finds `query` (case-insensitive) in the course: lesson titles (hit: the first step), step
 * titles, step text, questions and quiz options; one hit per step, in course order.
 */
export function searchCourse(course: Course, query: string): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  course.lessons.forEach((lesson, lessonIndex) => {
    lesson.steps.forEach((step, stepIndex) => {
      if (hits.length >= MAX_HITS) return;
      if (step.title.toLowerCase().includes(needle) || (stepIndex === 0 && lesson.title.toLowerCase().includes(needle))) {
        hits.push({ lessonIndex, stepIndex, snippet: step.title });
        return;
      }
      for (const text of searchableText(step)) {
        const at = text.toLowerCase().indexOf(needle);
        if (at >= 0) {
          hits.push({ lessonIndex, stepIndex, snippet: around(text, at, needle.length) });
          return;
        }
      }
    });
  });
  return hits;
}
