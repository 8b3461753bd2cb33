// `privacy`: the read-only privacy checkup, as text or as the stable JSON shape.
import type { Prober } from '../probes/prober.js';
import type { PrivacyReading, PrivacyState } from '../probes/privacy-probe.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { CommandResult } from './command-result.js';

export interface PrivacyOptions {
  readonly json: boolean;
  /** The UI catalog's words; English by default. */
  readonly t?: Translate;
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

function stateText(reading: PrivacyReading, t: Translate): string {
  return reading.state === 'managed' && reading.effective !== null ? t('privacy.managedAs', { state: t(`privacy.state.${reading.effective}`) }) : t(`privacy.state.${reading.state}`);
}

function summary(readings: readonly PrivacyReading[], t: Translate): string {
  const order: readonly PrivacyState[] = ['off', 'on', 'default', 'managed', 'unknown'];
  const parts = order
    .map((state) => [state, readings.filter((reading) => reading.state === state).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => t('privacy.summaryPart', { count, state: t(`privacy.state.${state}`) }));
  return `${parts.join(', ')}.`;
}

/** The setting's label and detail are the probes' (src/probes), English for now. */
function textLines(readings: readonly PrivacyReading[], details: boolean, t: Translate): string[] {
  const lines = [t('privacy.title'), ''];
  for (const reading of readings) {
    lines.push(t('privacy.setting', { id: reading.id, state: stateText(reading, t) }), `  ${reading.label}`, `  ${t('privacy.page', { page: reading.page })}`);
    if (details && reading.detail !== '') lines.push(`  ${reading.detail}`);
    lines.push('');
  }
  lines.push(summary(readings, t));
  return lines;
}

/** 0 when Windows answered for at least one setting, 0 off Windows (nothing to read is not an error), else 1. */
export async function runPrivacy(options: PrivacyOptions, deps: PrivacyDeps): Promise<CommandResult> {
  const onWindows = deps.platform === 'win32';
  const [readings, wine] = await Promise.all([deps.prober.privacy(), onWindows ? deps.detectWine() : Promise.resolve(false)]);
  const code = !onWindows || readings.some((reading) => reading.state !== 'unknown') ? 0 : 1;
  const t = options.t ?? english;
  const why = onWindows
    ? wine === true ? `${t('privacy.wine')}\n` : ''
    : `${t('privacy.offWindows', { platform: deps.platform })}\n`;
  if (options.json) {
    const json: PrivacyJson = {
      platform: deps.platform,
      wine,
      settings: readings.map(({ id, label, state, page, detail }) => ({ id, label, state, page, detail })),
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: why, code };
  }
  const text = `${why}${textLines(readings, onWindows, t).join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
