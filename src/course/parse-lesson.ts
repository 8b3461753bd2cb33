import type { Token, Tokens } from 'marked';
import { readFrontMatter, splitFrontMatter, type Problem } from './front-matter.js';
import { reportUnclosedFences } from './code-fences.js';
import { invisibleCharacters } from './invisible-characters.js';
import { checkLabelRefs } from './label-refs.js';
import { countNewlines, inlineTextOf, isVariantToken, lexBlocks } from './markdown.js';
import { misspelledKind } from './kind-typos.js';
import { NESTING_MESSAGE, nestsTooDeep } from './markdown-depth.js';
import { CONTROL_WARNING, linesWithControls, sanitizeText } from './sanitize.js';
import { ID_PATTERN, slugify } from './slug.js';
import { MAX_STEP_CHARS, STEP_CUT_WARNING } from './step-limits.js';
import { BLOCK_KINDS, buildStep, type KindBlock } from './step-blocks.js';
import type { Lesson, LessonError, Step, StepKind } from './types.js';
import { isWindowsVersion } from './types.js';

export interface ParsedLesson {
  readonly lesson: Lesson | null;
  readonly errors: readonly LessonError[];
  readonly warnings: readonly LessonError[];
}

interface PendingStep {
  readonly heading: Tokens.Heading;
  readonly line: number;
  readonly tokens: { token: Token; line: number }[];
}

const EXPLICIT_ID = /\s*\{#([^}\s]*)\}\s*$/;

/** Lesson file text → Lesson. Every problem found is reported with its file line. */
export function parseLesson(rawSource: string, file: string): ParsedLesson {
  // Raw control characters, plus those YAML escapes create (found while parsing the blocks).
  const controlLines = linesWithControls(rawSource);
  const invisible = invisibleCharacters(rawSource);
  const problems: Problem[] = [...invisible.errors, ...checkLabelRefs(rawSource)];
  const source = sanitizeText(rawSource);
  const split = splitFrontMatter(source);
  const front = readFrontMatter(split.yaml, problems, controlLines);
  const blocks = lexBlocks(split.body);
  reportUnclosedFences(blocks, split.bodyLine, problems);
  const pending = collectSteps(blocks, split.bodyLine, problems);
  if (pending.length === 0) problems.push({ line: split.bodyLine, message: 'lesson has no steps: start each step with a "## " heading' });

  const steps: Step[] = [];
  const notes: Problem[] = [...invisible.warnings];
  const seen = new Map<string, number>();
  for (const item of pending) {
    const step = toStep(item, problems, controlLines);
    if (step && step.body.length > MAX_STEP_CHARS) notes.push({ line: item.line, message: STEP_CUT_WARNING });
    if (!step) continue;
    const first = seen.get(step.id);
    if (first !== undefined) problems.push({ line: item.line, message: `duplicate step id "${step.id}" (first used on line ${first})` });
    else seen.set(step.id, item.line);
    steps.push(step);
  }
  const errors = problems.map((problem) => ({ file, ...problem })).sort((a, b) => a.line - b.line);
  const warnings = [...[...new Set(controlLines)].map((line) => ({ line, message: CONTROL_WARNING })), ...notes]
    .sort((a, b) => a.line - b.line)
    .map((warning) => ({ file, ...warning }));
  if (errors.length > 0 || !front) return { lesson: null, errors, warnings };
  return { lesson: { ...front, file, steps }, errors, warnings };
}

function collectSteps(tokens: Token[], firstLine: number, problems: Problem[]): PendingStep[] {
  const steps: PendingStep[] = [];
  let line = firstLine;
  let sawTitle = false;
  for (const token of tokens) {
    const current = steps.at(-1);
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      steps.push({ heading: token as Tokens.Heading, line, tokens: [] });
    } else if (current) {
      current.tokens.push({ token, line });
    } else if (token.type === 'heading' && (token as Tokens.Heading).depth === 1 && !sawTitle) {
      sawTitle = true;
    } else if (token.type !== 'space' && !isComment(token)) {
      problems.push({ line, message: 'content before the first step: put it under a "## " heading' });
    }
    line += countNewlines(token.raw);
  }
  return steps;
}

function toStep(item: PendingStep, problems: Problem[], controlLines: number[]): Step | null {
  const rawTitle = headingText(item, problems);
  const explicit = EXPLICIT_ID.exec(rawTitle);
  const title = rawTitle.replace(EXPLICIT_ID, '').trim();
  const id = explicit ? (explicit[1] ?? '') : slugify(title);
  if (!title) problems.push({ line: item.line, message: 'step heading has no title' });
  if (!ID_PATTERN.test(id)) {
    problems.push({ line: item.line, message: explicit ? `step id "${id}" must be kebab-case (a-z, 0-9, -)` : 'step heading needs letters or digits for its id' });
  }

  let block: KindBlock | null = null;
  const bodyParts: string[] = [];
  for (const { token, line } of item.tokens) {
    checkToken(token, line, problems);
    if (nestsTooDeep(token.raw)) problems.push({ line, message: NESTING_MESSAGE });
    const kind = kindOf(token);
    if (kind && block) {
      problems.push({ line, message: `a step can hold only one ${BLOCK_KINDS.join('/')} block (first on line ${block.line})` });
    } else if (kind) {
      block = { kind, yaml: (token as Tokens.Code).text, line };
    } else {
      bodyParts.push(token.raw);
    }
  }
  const before = problems.length;
  const step = buildStep({ id, title, line: item.line, body: bodyParts.join('').trim() }, block, problems, controlLines);
  // Quiz texts are shown as markdown too.
  if (step?.kind === 'quiz' && block && [step.question, step.explanation, ...step.options.map((option) => option.why ?? '')].some(nestsTooDeep)) {
    problems.push({ line: block.line, message: `quiz block: ${NESTING_MESSAGE}` });
  }
  return problems.length > before ? null : step;
}

/** A heading's plain text; its markup too can nest deeper than marked's stack allows. */
function headingText(item: PendingStep, problems: Problem[]): string {
  // Whether marked runs out of stack first depends on how the JIT sized its frames: count too.
  if (nestsTooDeep(item.heading.text)) {
    problems.push({ line: item.line, message: NESTING_MESSAGE });
    return item.heading.text;
  }
  try {
    return inlineTextOf(item.heading.text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ line: item.line, message: NESTING_MESSAGE });
    return item.heading.text;
  }
}

function kindOf(token: Token): StepKind | null {
  if (token.type !== 'code') return null;
  const lang = infoWord(token as Tokens.Code);
  return (BLOCK_KINDS as readonly string[]).includes(lang) ? (lang as StepKind) : null;
}

function infoWord(token: Tokens.Code): string {
  return (token.lang ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Flags malformed variant blocks, including ones nested inside another. */
function checkToken(token: Token, line: number, problems: Problem[], insideVariant = false): void {
  if (isVariantToken(token)) {
    if (insideVariant) problems.push({ line, message: 'variant blocks cannot be nested' });
    if (!isWindowsVersion(token.version)) {
      problems.push({ line, message: `unknown Windows variant "${token.version}" (use ::: windows 10 or ::: windows 11)` });
    }
    let inner = line + 1;
    for (const child of token.tokens) {
      checkToken(child, inner, problems, true);
      if (kindOf(child)) problems.push({ line: inner, message: 'task/choice/quiz/check blocks cannot sit inside a variant block' });
      inner += countNewlines(child.raw);
    }
    return;
  }
  if (token.type === 'code') {
    const lang = infoWord(token as Tokens.Code);
    const meant = misspelledKind(lang, (token as Tokens.Code).text);
    if (meant) problems.push({ line, message: `unknown step kind "${lang}" (did you mean "${meant}"? step blocks are ${BLOCK_KINDS.join(', ')})` });
  }
  if (token.type === 'paragraph' && /^ {0,3}:::/m.test(token.raw)) {
    problems.push({ line, message: 'malformed variant block: use "::: windows 11" … ":::" on their own lines' });
  }
}

function isComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw);
}
