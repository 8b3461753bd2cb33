// The "does the Activation page say linked?" answer of the hardware-record step, as tutor state:
// keys are reduced in order, so r right after l always records the answer l gave.
import type { TutorState } from './state.js';

/** The answer shown and recorded: this run's, else the saved record's, else not noted (null). */
export function linkedAnswer(state: TutorState): boolean | null {
  return state.hardwareLinked !== null ? state.hardwareLinked.linked : (state.progress.hardware?.linked ?? null);
}

/** l cycles the answer: not noted → yes → no → not noted. */
export function nextLinked(linked: boolean | null): boolean | null {
  return linked === null ? true : linked ? false : null;
}
