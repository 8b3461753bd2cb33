// What a probe answers: a value Windows proved, or "unknown" with the reason. Never a guess.

export interface Known<T> {
  readonly known: true;
  readonly value: T;
}

export interface Unknown {
  readonly known: false;
  /** One sentence a user can read: why this could not be read here. */
  readonly reason: string;
}

export type Probed<T> = Known<T> | Unknown;

export const known = <T>(value: T): Known<T> => ({ known: true, value });
export const unknown = (reason: string): Unknown => ({ known: false, reason });

/** Said when Windows refused a tool (AppLocker, Software Restriction Policies, DisableRegistryTools). */
export const BLOCKED_BY_POLICY = 'blocked by a policy on this PC';

/** The value, or null when unknown (for JSON fields that are "null when unknown"). */
export const valueOrNull = <T>(probed: Probed<T>): T | null => (probed.known ? probed.value : null);

/** A probe's answer: `value` is one of the catalog's values, or null (unknown); `text` says it in words. */
export interface ProbeAnswer {
  readonly value: string | null;
  readonly text: string;
}
