import type { Token, Tokens } from 'marked';
import { readFrontMatter, splitFrontMatter, type Problem } from './front-matter.js';
import { reportUnclosedFences } from './code-fences.js';
import { blocksTooCostly, INLINE_COST_MESSAGE, inlineTooCostly } from './inline-cost.js';
import { invisibleCharacters } from './invisible-characters.js';
import { checkLabelRefs } from './label-refs.js';
import { countNewlines, inlineTextOf, isVariantToken, lexBlocks } from './markdown.js';
import { misspelledKind } from './kind-typos.js';
import { NESTING_MESSAGE, nestsTooDeep } from './markdown-depth.js';
import { CONTROL_WARNING, linesWithControls, sanitizeText } from './sanitize.js';
import { deriveId, ID_PATTERN } from './slug.js';
import { MAX_STEP_CHARS, STEP_CUT_WARNING } from './step-limits.js';
import { BLOCK_KINDS, buildStep, type KindBlock } from './step-blocks.js';
import { FINGERPRINT } from './fingerprint.js';
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
/** `labelLanguage`: whose Windows words the label references hold (a translation's own). */
export function parseLesson(rawSource: string, file: string, labelLanguage = 'en-US'): ParsedLesson {
  // Raw control characters, plus those YAML escapes create (found while parsing the blocks).
  const controlLines = linesWithControls(rawSource);
  const invisible = invisibleCharacters(rawSource);
  const problems: Problem[] = [...invisible.errors, ...checkLabelRefs(rawSource, labelLanguage)];
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
  const id = explicit ? (explicit[1] ?? '') : title && deriveId(title);
  if (!title) problems.push({ line: item.line, message: 'step heading has no title' });
  else if (explicit && !ID_PATTERN.test(id)) problems.push({ line: item.line, message: `step id "${id}" must be kebab-case (a-z, 0-9, -)` });

  let block: KindBlock | null = null;
  let translates: string | undefined;
  const bodyParts: string[] = [];
  for (const { token, line } of item.tokens) {
    const stamp = TRANSLATES_COMMENT.exec(token.type === 'html' ? token.raw : '');
    if (stamp) {
      const value = stamp[1] ?? '';
      if (translates !== undefined) problems.push({ line, message: 'a step can say only once which English text it translates' });
      else if (!FINGERPRINT.test(value)) problems.push({ line, message: `translates: "${value}" is not a fingerprint; run node scripts/stamp-translation.mjs on this file` });
      translates = value;
      continue;
    }
    checkToken(token, line, problems);
    // The cost is checked first: the nesting check lexes the block, which is what is slow.
    if (blocksTooCostly([token])) problems.push({ line, message: INLINE_COST_MESSAGE });
    else if (nestsTooDeep(token.raw)) problems.push({ line, message: NESTING_MESSAGE });
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
  const built = buildStep({ id, title, line: item.line, body: bodyParts.join('').trim() }, block, problems, controlLines);
  const step = built && translates !== undefined ? { ...built, translates } : built;
  // Quiz texts are shown as markdown too.
  const quizTexts = step?.kind === 'quiz' ? [step.question, step.explanation, ...step.options.flatMap((option) => [option.text, option.why ?? ''])] : [];
  if (block && quizTexts.some(inlineTooCostly)) problems.push({ line: block.line, message: `quiz block: ${INLINE_COST_MESSAGE}` });
  else if (block && quizTexts.some(nestsTooDeep)) problems.push({ line: block.line, message: `quiz block: ${NESTING_MESSAGE}` });
  return problems.length > before ? null : step;
}

/** A heading's plain text; its markup too can nest deeper than marked's stack allows. */
function headingText(item: PendingStep, problems: Problem[]): string {
  if (inlineTooCostly(item.heading.text)) {
    problems.push({ line: item.line, message: INLINE_COST_MESSAGE });
    return item.heading.text;
  }
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

/** `<!-- translates: 0b7e51c3d2aa -->`: in a translation, the English step it was made from. */
const TRANSLATES_COMMENT = /^\s*<!--\s*translates:\s*(\S*)\s*-->\s*$/;

function isComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw);
}
