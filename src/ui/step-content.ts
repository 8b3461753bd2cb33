import { english, type Translate } from '../i18n/ui-strings.js';
import { labelSlots } from '../i18n/label-slots.js';
import { sayer } from '../i18n/say.js';
import { stepTextPrefix } from '../course/step-limits.js';
import type { Step, WindowsVersion } from '../course/types.js';
import { describeVerify } from '../tutor/verify-words.js';
import { isConfirmed, own, type LessonProgress } from '../progress/model.js';
import { renderMarkdown } from '../text/render-markdown.js';
import type { Styles } from '../text/styles.js';
import { wrapLines } from '../text/wrap.js';
import { answeredOption } from '../tutor/quiz-answer.js';
import { hardwareStepParagraphs, type HardwareView } from './hardware-step.js';
import type { ProbeResult } from '../tutor/state.js';
import { optionRows, type OptionItem } from './option-rows.js';

export interface StepContent {
  /** Scrollable lines: body, question, feedback. */
  readonly lines: readonly string[];
  /** Options shown in a list below the body (quiz and choice). */
  readonly list: { readonly items: readonly OptionItem[]; readonly initialIndex: number } | null;
}

export interface StepContext {
  readonly width: number;
  readonly styles: Styles;
  readonly windows: WindowsVersion | null;
  readonly saved: LessonProgress | undefined;
  /** Lines from the activation check, or null while it runs. */
  readonly checkLines: readonly string[] | null;
  /** Result of the last "open page" key press on this step. */
  readonly openMessage: string | null;
  /** Settings pages only open on Windows; elsewhere the page is shown, not offered. */
  readonly onWindows?: boolean;
  /** The error-code step: what is being typed (null when not typing) and the last answer. */
  readonly lookup?: { readonly typing: string | null; readonly answer: readonly string[] | null };
  /** The hardware-record step: this PC now, the linked answer, and the saved record. */
  readonly hardware?: HardwareView;
  /** A verify step: Windows' latest answer to its probe (undefined until the first one arrives). */
  readonly windowsSays?: ProbeResult;
  /** The choice step: the Windows version the tutor detected, if it asked. */
  readonly detected?: ProbeResult;
  /** The UI's words (English when absent). */
  readonly t?: Translate;
  /** The Windows display language whose labels Windows' answers name ("de-DE"; English Windows' when absent). */
  readonly language?: string;
}

/** Even short text can make this many lines (blank lines, a narrow window); more is cut too. */
export const MAX_STEP_LINES = 3000;

/** Rendered markdown kept per theme, width, Windows version and text (bounded: dropped whole when full). */
const rendered = new WeakMap<Styles, Map<string, readonly string[]>>();
const RENDERED_LIMIT = 400;

/**
 * Markdown rendered and wrapped, from the cache when this text was rendered before at this
 * width: going back to a step, or to one made ahead after the last frame (use-step-prefetch.ts),
 * costs a lookup. The lines are shared: never changed after they are made.
 */
function renderedMarkdown(text: string, width: number, windows: WindowsVersion | null, styles: Styles): readonly string[] {
  let cache = rendered.get(styles);
  if (!cache) rendered.set(styles, (cache = new Map()));
  const key = `${width}\u0000${windows ?? ''}\u0000${text}`;
  let lines = cache.get(key);
  if (!lines) {
    if (cache.size >= RENDERED_LIMIT) cache.clear();
    lines = renderMarkdown(text, { width, windows, styles });
    cache.set(key, lines);
  }
  return lines;
}

/** Everything a step shows, as plain lines, computed without Ink so it can be tested alone. */
export function stepContent(step: Step, context: StepContext): StepContent {
  const { width, styles } = context;
  const t = context.t ?? english;
  // Every frame's work is bounded: long texts are cut, visibly, before rendering (see course/step-limits.ts).
  const capped = (text: string, render: (shown: string) => readonly string[]): readonly string[] => {
    const prefix = stepTextPrefix(text);
    const lines = render(prefix.text);
    if (!prefix.cut && lines.length <= MAX_STEP_LINES) return lines;
    return [...lines.slice(0, MAX_STEP_LINES), styles.bad(t('step.textCut'))];
  };
  // Questions and feedback are written in markdown too (inline code, emphasis).
  const md = (text: string) => capped(text, (shown) => renderedMarkdown(shown, width, context.windows, styles));
  // Styled after cutting and wrapping, so a cut never splits an escape sequence.
  const para = (text: string, style: (line: string) => string = (line) => line) => capped(text, (shown) => wrapLines(shown, width).map(style));
  // A translated course shows a step whose translation is out of date in English: say why.
  const note = step.untranslated ? para(t('step.untranslated'), (line) => styles.dim(line)) : [];
  const body = step.body ? [...note, ...spacer(note), ...md(step.body)] : note;
  switch (step.kind) {
    case 'text':
      return { lines: body, list: null };
    case 'task': {
      const done = context.saved?.completed.includes(step.id) ?? false;
      const doneText = t(!step.verify ? 'task.done' : isConfirmed(context.saved, step.id) ? 'task.confirmed' : 'task.ticked');
      const status = done ? para(t('task.status.done', { how: doneText, label: step.doneLabel }), (line) => styles.good(line)) : para(t('task.status.notDone'));
      const how = t(context.onWindows === false ? 'task.opensOnWindows' : 'task.pressOpen');
      const open = step.open ? [t('task.page', { page: styles.hyperlink(styles.link(step.open), step.open), how })] : [];
      const message = context.openMessage ? [context.openMessage] : [];
      const windows = step.verify ? verifyLines(step.verify, context, t).flatMap((text) => para(text, context.onWindows === false ? styles.dim : undefined)) : [];
      return { lines: [...body, ...spacer(body), ...open.flatMap((text) => para(text)), ...message.flatMap((text) => para(text)), ...windows, ...status], list: null };
    }
    case 'choice': {
      const current = context.windows;
      const chosen = step.options.find((option) => option.value === current);
      const note = chosen ? para(t('choice.saved', { choice: chosen.label }), (line) => styles.good(line)) : [];
      const detected = context.detected?.value ? context.detected : undefined;
      const seen = detected ? para(t('choice.detected', { text: sayer(t, context.language)(detected.text) })) : [];
      // The detected version is only a preselection: a saved choice always wins.
      const preselect = current ?? detected?.value;
      return {
        lines: [...body, ...spacer(body), ...seen, ...para(step.question, (line) => styles.bold(line)), ...note],
        list: {
          items: step.options.map((option, index) => optionRows(option.value, index, option.label, `${index + 1}. `, width, styles, t)),
          initialIndex: Math.max(0, step.options.findIndex((option) => option.value === preselect)),
        },
      };
    }
    case 'quiz': {
      const answered = answeredOption(step, context.saved ? own(context.saved.answers, step.id) : undefined);
      const picked = answered?.option;
      const feedback: string[] = [];
      if (picked) {
        const verdict = t(picked.correct ? 'quiz.correct' : 'quiz.wrong', { answer: picked.text });
        feedback.push('', ...para(verdict, (line) => (picked.correct ? styles.good(line) : styles.bad(line))));
        if (picked.why) feedback.push(...md(picked.why));
        if (picked.correct) feedback.push(...md(step.explanation));
      }
      return {
        lines: [...body, ...spacer(body), ...md(step.question).map((line) => styles.bold(line)), ...feedback],
        list: {
          // Long options wrap inside the list, so the body does not repeat them.
          items: step.options.map((option, index) => optionRows(String(index), index, option.text, `${index + 1}. `, width, styles, t)),
          initialIndex: answered?.index ?? 0,
        },
      };
    }
    case 'check': {
      if (step.show === 'error-code') {
        const typing = context.lookup?.typing ?? null;
        const prompt = typing === null
          ? para(t('lookup.prompt', labelSlots({ activationPage: 'settings.activation' }, context.language ?? 'en-US', t)))
          : para(t('lookup.typing', { typed: typing }), (line) => styles.bold(line));
        const answer = context.lookup?.answer ?? [];
        return { lines: [...body, ...spacer(body), ...prompt, ...spacer(answer), ...answer.flatMap((text) => para(text))], list: null };
      }
      if (step.show === 'hardware') {
        const paragraphs = hardwareStepParagraphs(context.hardware ?? { now: null, linked: null, record: null }, t, context.language);
        return { lines: [...body, ...spacer(body), ...paragraphs.flatMap((text) => (text === '' ? [''] : para(text)))], list: null };
      }
      const result = context.checkLines ?? [t('check.running')];
      return { lines: [...body, ...spacer(body), ...result.flatMap((text) => para(text))], list: null };
    }
  }
}

/** What a verify step says about Windows: what it can confirm, and what Windows says now. */
function verifyLines(verify: NonNullable<Extract<Step, { kind: 'task' }>['verify']>, context: StepContext, t: Translate): string[] {
  const what = describeVerify(verify, t, context.language ?? 'en-US');
  if (context.onWindows === false) return [t('verify.offWindows', { what })];
  const now = context.windowsSays ? t('verify.says', { text: sayer(t, context.language)(context.windowsSays.text) }) : t('verify.asking');
  return [t('verify.can', { what }), now];
}

function spacer(lines: readonly string[]): string[] {
  return lines.length > 0 ? [''] : [];
}
