// The probes a lesson may name in `verify: <probe> = <value>`, and the values each can take.
// `validate` rejects anything else; the tutor ticks a step only when Windows gives that value.
import { PRIVACY_IDS } from './privacy-settings.js';

const YES_NO = ['yes', 'no'] as const;

export const PROBE_VALUES: Readonly<Record<string, readonly string[]>> = {
  'windows.version': ['10', '11'],
  'account.type': ['microsoft', 'local', 'work'],
  'admin.member': YES_NO,
  'admin.elevated': YES_NO,
  'activation.state': ['activated', 'not-activated'],
  // A privacy switch is "off" when the user turned it off or a policy does.
  ...Object.fromEntries(PRIVACY_IDS.map((id) => [`privacy.${id}`, ['on', 'off']])),
};

export type ProbeId = string;

export function isProbeId(id: string): boolean {
  return Object.hasOwn(PROBE_VALUES, id);
}

/** Why `probe = value` is not a check Windows can answer; null when it is. */
export function verifyProblem(probe: string, value: string): string | null {
  if (!isProbeId(probe)) return `unknown probe "${probe}" (known: ${Object.keys(PROBE_VALUES).join(', ')})`;
  const values = PROBE_VALUES[probe]!;
  return values.includes(value) ? null : `"${value}" is not a value of ${probe} (one of: ${values.join(', ')})`;
}
