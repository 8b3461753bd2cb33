import { findFolded, foldText } from './fold-text.js';
import type { Course, Lesson, Step } from './types.js';

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

/**
 * The text around the match, so the result says why it matched: from the last space within 20
 * characters before it, else (Japanese, a long word) from 20 characters before it.
 */
function around(text: string, at: number, end: number): string {
  const from = Math.max(0, at - 20);
  const space = text.lastIndexOf(' ', from);
  let start = space >= 0 && from - space <= 20 ? space + 1 : from;
  // Never start in the middle of a surrogate pair.
  if (start > 0 && /[\udc00-\udfff]/.test(text.charAt(start))) start -= 1;
  let stop = Math.min(text.length, end + 40);
  if (stop < text.length && /[\udc00-\udfff]/.test(text.charAt(stop))) stop += 1;
  return `${start > 0 ? '…' : ''}${text.slice(start, stop).trim()}…`;
}

interface FoldedStep {
  readonly title: string;
  readonly texts: readonly { readonly text: string; readonly folded: string }[];
}

// Folded once per lesson and step (the course is the same object while it is shown; a new
// language is a new course), not on every key typed.
const foldedSteps = new WeakMap<Step, FoldedStep>();
const foldedTitles = new WeakMap<Lesson, string>();

function foldedStep(step: Step): FoldedStep {
  let folded = foldedSteps.get(step);
  if (!folded) {
    folded = { title: foldText(step.title), texts: searchableText(step).map((text) => ({ text, folded: foldText(text) })) };
    foldedSteps.set(step, folded);
  }
  return folded;
}

function foldedTitle(lesson: Lesson): string {
  let folded = foldedTitles.get(lesson);
  if (!folded) {
    folded = foldText(lesson.title);
    foldedTitles.set(lesson, folded);
  }
  return folded;
}

/**
 * Finds `query` in the course: lesson titles (hit: the first step), step titles, step text,
 * questions and quiz options; one hit per step, in course order. Case, accents and character
 * width do not count ("resume" finds "Résumé", "strasse" finds "Straße", "ｱｸﾃｨﾍﾞｰｼｮﾝ" finds
 * "アクティベーション"), and nothing assumes spaces between words.
 */
export function searchCourse(course: Course, query: string): SearchHit[] {
  const needle = foldText(query.trim());
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  course.lessons.forEach((lesson, lessonIndex) => {
    lesson.steps.forEach((step, stepIndex) => {
      if (hits.length >= MAX_HITS) return;
      const folded = foldedStep(step);
      if (folded.title.includes(needle) || (stepIndex === 0 && foldedTitle(lesson).includes(needle))) {
        hits.push({ lessonIndex, stepIndex, snippet: step.title });
        return;
      }
      for (const { text, folded: inText } of folded.texts) {
        const found = findFolded(text, inText, needle);
        if (found) {
          hits.push({ lessonIndex, stepIndex, snippet: around(text, found.start, found.end) });
          return;
        }
      }
    });
  });
  return hits;
}
