import type { Problem } from './front-matter.js';
import { isOpenableLink, OPENABLE_RULE } from './openable-links.js';
import type { ChoiceOption, QuizOption, Step, StepKind } from './types.js';
import { isWindowsVersion } from './types.js';
import { parseVerify, verifyLineOffset } from './verify-line.js';
import { plainLabels } from './label-refs.js';
import { ID_PATTERN, slugify } from './slug.js';
import { isRecord, nonEmptyString, parseYaml } from './yaml-block.js';

export const BLOCK_KINDS: readonly StepKind[] = ['task', 'choice', 'quiz', 'check'];

export interface StepHead {
  readonly id: string;
  readonly title: string;
  readonly line: number;
  readonly body: string;
}

export interface KindBlock {
  readonly kind: StepKind;
  readonly yaml: string;
  /** File line of the opening fence. */
  readonly line: number;
}

/**
 * Turns a step's kind block into a typed step, or records why it cannot. `warnings` collects
 * lines where YAML escapes produced control characters (neutralised).
 */
export function buildStep(head: StepHead, block: KindBlock | null, problems: Problem[], warnings: number[] = []): Step | null {
  if (!block) return { kind: 'text', ...head };
  const parsed = parseYaml(block.yaml, block.line + 1);
  if (!parsed.ok) {
    problems.push({ line: parsed.line, message: `${block.kind} block: ${parsed.message}` });
    return null;
  }
  warnings.push(...parsed.controlLines);
  const data = parsed.value ?? {};
  if (!isRecord(data)) {
    problems.push({ line: block.line, message: `${block.kind} block must be a YAML mapping` });
    return null;
  }
  const report = (message: string): null => {
    problems.push({ line: block.line, message: `${block.kind} block: ${message}` });
    return null;
  };
  switch (block.kind) {
    case 'task': {
      const { open, done, verify } = data;
      if (open !== undefined && !isOpenableLink(open)) return report(OPENABLE_RULE);
      if (done !== undefined && !nonEmptyString(done)) return report('done must be text');
      const checked = verify === undefined ? null : parseVerify(verify);
      if (checked && !checked.ok) {
        // Pointed at the verify line itself: a block can hold several keys.
        problems.push({ line: block.line + 1 + verifyLineOffset(block.yaml), message: `task block: ${checked.message}` });
        return null;
      }
      return {
        kind: 'task',
        ...head,
        ...(open ? { open: open as string } : {}),
        doneLabel: (done as string | undefined) ?? 'Mark as done',
        ...(checked?.ok ? { verify: checked.verify } : {}),
      };
    }
    case 'check': {
      if (data.show !== 'activation' && data.show !== 'error-code' && data.show !== 'hardware') return report('show must be "activation", "error-code" or "hardware"');
      return { kind: 'check', ...head, show: data.show };
    }
    case 'choice':
      return buildChoice(head, data, report);
    case 'quiz':
      return buildQuiz(head, data, report);
    default:
      return report('unknown step kind');
  }
}

function buildChoice(head: StepHead, data: Record<string, unknown>, report: (m: string) => null): Step | null {
  const { question, sets, options } = data;
  if (!nonEmptyString(question)) return report('missing question');
  if (sets !== 'windows') return report('sets must be "windows" (the only setting lessons can change)');
  if (!Array.isArray(options) || options.length < 2) return report('needs at least two options');
  const parsed: ChoiceOption[] = [];
  for (const [index, option] of options.entries()) {
    if (!isRecord(option) || option.value === undefined || !nonEmptyString(option.label)) {
      return report(`option ${index + 1} needs a value and a label`);
    }
    const value = String(option.value);
    if (!isWindowsVersion(value)) return report(`option ${index + 1}: unknown Windows version "${value}" (use "10" or "11")`);
    parsed.push({ value, label: option.label });
  }
  return { kind: 'choice', ...head, question, sets, options: parsed };
}

function buildQuiz(head: StepHead, data: Record<string, unknown>, report: (m: string) => null): Step | null {
  const { question, options, explanation } = data;
  if (!nonEmptyString(question)) return report('missing question');
  if (!Array.isArray(options) || options.length < 2) return report('needs at least two options');
  const parsed: QuizOption[] = [];
  for (const [index, option] of options.entries()) {
    if (!isRecord(option) || !nonEmptyString(option.text)) return report(`option ${index + 1} needs text`);
    if (option.correct !== undefined && typeof option.correct !== 'boolean') return report(`option ${index + 1}: correct must be true or false`);
    if (option.why !== undefined && !nonEmptyString(option.why)) return report(`option ${index + 1}: why must be text`);
    if (option.id !== undefined && !(typeof option.id === 'string' && ID_PATTERN.test(option.id))) return report(`option ${index + 1}: id must be kebab-case (a-z, 0-9, -)`);
    const id = (option.id as string | undefined) ?? (slugify(plainLabels(option.text)) || `option-${index + 1}`);
    if (parsed.some((other) => other.id === id)) return report(`option ${index + 1}: id "${id}" is used by another option (give one an explicit id)`);
    parsed.push({ id, text: option.text, correct: option.correct === true, ...(option.why ? { why: option.why as string } : {}) });
  }
  const correct = parsed.filter((option) => option.correct).length;
  if (correct !== 1) return report(`needs exactly one option with correct: true (found ${correct})`);
  if (!nonEmptyString(explanation)) return report('missing explanation (shown after an answer)');
  return { kind: 'quiz', ...head, question, options: parsed, explanation };
}
