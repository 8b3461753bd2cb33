/**
 * Reads a lesson's markdown directly (independently of src/) so the e2e tests know titles,
 * steps, correct quiz answers and Windows variants without hard-coding them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './pty-harness.js';

export interface LessonStep {
  readonly title: string;
  readonly id: string | null;
  /** Raw markdown lines below the heading. */
  readonly body: string[];
}

export interface QuizBlock {
  readonly stepTitle: string;
  readonly question: string;
  readonly options: string[];
  readonly correctIndex: number;
}

export interface LessonFile {
  readonly id: string;
  readonly title: string;
  readonly steps: LessonStep[];
  readonly quizzes: QuizBlock[];
}

/** The lesson files in course order, as the app finds them: "<number>-name.md", by number. */
export function lessonFileNames(): string[] {
  const numbered = /^(\d+)[-_].+\.md$/i;
  return readdirSync(join(ROOT, 'lessons'))
    .filter((name) => numbered.test(name))
    .sort((a, b) => Number(numbered.exec(a)?.[1]) - Number(numbered.exec(b)?.[1]) || a.localeCompare(b));
}

export function readLesson(fileName: string): LessonFile {
  // Label references read as their English words, as the screen shows them in English.
  const text = readFileSync(join(ROOT, 'lessons', fileName), 'utf8').replace(/\r\n/g, '\n').replace(/\[([^\]\n]*)\]\(label:[^)\s]*\)/g, '$1');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!front?.[1]) throw new Error(`${fileName}: no front matter`);
  const meta = parse(front[1]) as { id: string; title: string };
  const lines = text.slice(front[0].length).split('\n');

  const steps: { title: string; id: string | null; body: string[] }[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const opening = /^(```+|~~~+)/.exec(line);
    if (fence === null && opening?.[1]) fence = opening[1];
    else if (fence !== null && line.startsWith(fence)) fence = null;
    else if (fence === null) {
      const heading = /^## +(.+?)(?:\s+\{#([\w-]+)\})?\s*$/.exec(line);
      if (heading?.[1]) {
        steps.push({ title: heading[1], id: heading[2] ?? null, body: [] });
        continue;
      }
    }
    steps.at(-1)?.body.push(line);
  }

  const quizzes: QuizBlock[] = [];
  for (const step of steps) {
    const block = /```quiz\n([\s\S]*?)\n```/.exec(step.body.join('\n'));
    if (!block?.[1]) continue;
    const quiz = parse(block[1]) as { question: string; options: { text: string; correct?: boolean }[] };
    const correctIndex = quiz.options.findIndex((option) => option.correct === true);
    if (correctIndex < 0) throw new Error(`${fileName}: quiz in "${step.title}" has no correct option`);
    quizzes.push({ stepTitle: step.title, question: quiz.question, options: quiz.options.map((option) => option.text), correctIndex });
  }
  return { id: meta.id, title: meta.title, steps, quizzes };
}

/** Markdown emphasis and code marks removed, whitespace collapsed: how the text reads on screen. */
export function plain(markdown: string): string {
  return markdown.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_]|[*_](\s|$)/g, '$1$2').replace(/\s+/g, ' ').trim();
}

/** The first paragraph of each `::: windows 10|11` block in a step. */
export function windowsVariants(step: LessonStep): Record<'10' | '11', string> {
  const found: Partial<Record<'10' | '11', string>> = {};
  const text = step.body.join('\n');
  for (const match of text.matchAll(/^::: *windows (10|11)\n([\s\S]*?)\n:::/gm)) {
    const version = match[1] as '10' | '11';
    found[version] ??= plain((match[2] ?? '').split(/\n\s*\n/)[0] ?? '');
  }
  if (!found['10'] || !found['11']) throw new Error(`step "${step.title}" has no Windows 10 and 11 variants`);
  return { '10': found['10'], '11': found['11'] };
}

/** Screen text with line breaks and runs of spaces collapsed, so wrapped sentences match. */
export function flat(screen: string): string {
  return screen.replace(/\s+/g, ' ');
}
