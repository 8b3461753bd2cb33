// Pure rules for what Windows' answers may do to the tutor: which step a probe can confirm and
// which lessons take a privacy snapshot. No commands run here; the UI's hook reads Windows.
import type { Lesson, Step, TaskStep } from '../course/types.js';
import { sameSentence } from '../probes/sentence.js';
import type { ProbeResult } from './state.js';

/** The step's verify line, when it is a task Windows can confirm. */
export function verifiable(step: Step | undefined): (TaskStep & { readonly verify: NonNullable<TaskStep['verify']> }) | null {
  return step?.kind === 'task' && step.verify ? (step as TaskStep & { readonly verify: NonNullable<TaskStep['verify']> }) : null;
}

/** Windows agrees only with a known value it was asked for: an unknown (null) never does. */
export function windowsAgrees(verify: NonNullable<TaskStep['verify']>, result: ProbeResult): boolean {
  return result.value !== null && verify.values.includes(result.value);
}

/** Lessons that check privacy switches get a before/after summary of them. */
export function checksPrivacy(lesson: Lesson | undefined): boolean {
  return lesson?.steps.some((step) => verifiable(step)?.verify.probe.startsWith('privacy.') === true) ?? false;
}

export function sameResult(a: ProbeResult | undefined, b: ProbeResult): boolean {
  return a !== undefined && a.value === b.value && sameSentence(a.text, b.text);
}
