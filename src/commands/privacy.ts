// `privacy`: the read-only privacy checkup, as text or as the stable JSON shape.
import type { Prober } from '../probes/prober.js';
import type { PrivacyReading, PrivacyState } from '../probes/privacy-probe.js';
import { labelSlots, SETTINGS_APP } from '../i18n/label-slots.js';
import { privacyDetailText, privacyLabelText } from '../i18n/privacy-text.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { CommandResult } from './command-result.js';

export interface PrivacyOptions {
  readonly json: boolean;
  /** The UI catalog's words; English by default. */
  readonly t?: Translate;
  /** The Windows display language whose labels name the switches ("de-DE"); en-US by default. */
  readonly windows?: string;
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

function textLines(readings: readonly PrivacyReading[], details: boolean, t: Translate, windows: string): string[] {
  const lines = [t('privacy.title'), ''];
  for (const reading of readings) {
    lines.push(t('privacy.setting', { id: reading.id, state: stateText(reading, t) }), `  ${privacyLabelText(reading.label, t, windows)}`, `  ${t('privacy.page', { page: reading.page, ...labelSlots(SETTINGS_APP, windows, t) })}`);
    const detail = privacyDetailText(reading.notes, t, windows);
    if (details && detail !== '') lines.push(`  ${detail}`);
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
  const windows = options.windows ?? 'en-US';
  const why = onWindows
    ? wine === true ? `${t('privacy.wine')}\n` : ''
    : `${t('privacy.offWindows', { platform: deps.platform })}\n`;
  if (options.json) {
    const json: PrivacyJson = {
      platform: deps.platform,
      wine,
      // label and detail are human text: in the chosen language, like status's differences.
      settings: readings.map(({ id, label, state, page, notes }) => ({ id, label: privacyLabelText(label, t, windows), state, page, detail: privacyDetailText(notes, t, windows) })),
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: why, code };
  }
  const text = `${why}${textLines(readings, onWindows, t, windows).join('\n')}\n`;
  return code === 0 ? { stdout: text, stderr: '', code } : { stdout: '', stderr: text, code };
}
