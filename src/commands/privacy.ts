// `privacy`: the read-only privacy checkup, as text or as the stable JSON shape.
import type { Prober } from '../probes/prober.js';
import type { PrivacyReading, PrivacyState } from '../probes/privacy-probe.js';
import type { CommandResult } from './command-result.js';

export interface PrivacyOptions {
  readonly json: boolean;
}

export interface PrivacyDeps {
  readonly platform: NodeJS.Platform;
  readonly prober: Prober;
  /** Whether this "Windows" is Wine (its registry is Wine's, not a PC's); null when unknown. */
  readonly detectWine: () => Promise<boolean | null>;
}

/** Stable shape of `privacy --json` (README); add fields, never rename them. */
export interface PrivacyJson {
  readonly platform: NodeJS.Platform;
  readonly wine: boolean | null;
  readonly settings: readonly { readonly id: string; readonly label: string; readonly state: PrivacyState; readonly page: string; readonly detail: string }[];
}

const STATE_TEXT: Readonly<Record<PrivacyState, string>> = {
  on: 'on',
  off: 'off',
  default: "never changed (Windows' default)",
  managed: 'set by a policy',
  unknown: 'could not read',
};

function stateText(reading: PrivacyReading): string {
  return reading.state === 'managed' && reading.effective !== null ? `${STATE_TEXT.managed}: ${reading.effective}` : STATE_TEXT[reading.state];
}

function summary(readings: readonly PrivacyReading[]): string {
  const order: readonly PrivacyState[] = ['off', 'on', 'default', 'managed', 'unknown'];
  const parts = order
    .map((state) => [state, readings.filter((reading) => reading.state === state).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${STATE_TEXT[state]}`);
  return `${parts.join(', ')}.`;
}

function textLines(readings: readonly PrivacyReading[], details: boolean): string[] {
  const lines = ['Privacy checkup (read-only: nothing is changed)', ''];
  for (const reading of readings) {
    lines.push(`${reading.id}: ${stateText(reading)}`, `  ${reading.label}`, `  Settings page: ${reading.page}`);
    if (details && reading.detail !== '') lines.push(`  ${reading.detail}`);
    lines.push('');
  }
  lines.push(summary(readings));
  return lines;
}

/** 0 when Windows answered for at least one setting, 0 off Windows (nothing to read is not an error), else 1. */
export async function runPrivacy(options: PrivacyOptions, deps: PrivacyDeps): Promise<CommandResult> {
  const onWindows = deps.platform === 'win32';
  const [readings, wine] = await Promise.all([deps.prober.privacy(), onWindows ? deps.detectWine() : Promise.resolve(false)]);
  const code = !onWindows || readings.some((reading) => reading.state !== 'unknown') ? 0 : 1;
  const why = onWindows
    ? wine === true ? 'Running under Wine: these are the values in Wine\'s registry, not a real PC\'s.\n' : ''
    : `Privacy settings can only be read on Windows; this is ${deps.platform}, so every setting is unknown.\n`;
  if (options.json) {
    const json: PrivacyJson = {
      platform: deps.platform,
      wine,
      settings: readings.map(({ id, label, state, page, detail }) => ({ id, label, state, page, detail })),
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: why, code };
  }
  const text = `${why}${textLines(readings, onWindows).join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
