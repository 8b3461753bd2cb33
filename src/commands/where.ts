// `where`: the progress file's path, and why it is not where the user expects when this runs as
// another account ("Run as administrator" with that account's password, review W4).
import { labelSlots, RUN_AS } from '../i18n/label-slots.js';
import { sayer } from '../i18n/say.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { NO_FILE } from '../progress/memory-store.js';
import type { Prober } from '../probes/prober.js';
import type { Sentence } from '../probes/sentence.js';
import type { CommandResult } from './command-result.js';

export interface WhereDeps {
  readonly path: string;
  /** The store's one-time notice (a file moved aside, a folder that cannot be used). */
  readonly notice: Sentence | null;
  /** Asked on Windows only; null elsewhere. */
  readonly prober: Pick<Prober, 'anotherAccount'> | null;
  readonly t?: Translate;
  /** The Windows display language whose words name Windows' commands ("de-DE"); English by default. */
  readonly windowsLanguage?: string;
}

export async function runWhere(deps: WhereDeps): Promise<CommandResult> {
  const t = deps.t ?? english;
  const other = deps.prober === null ? null : await deps.prober.anotherAccount();
  // Without a file and without a notice that says why, the user is still told (never a silent exit 1).
  const notice = deps.notice ? sayer(t, deps.windowsLanguage)(deps.notice) : deps.path === NO_FILE ? t('where.inMemoryOnly') : null;
  const lines = [notice, other === null ? null : t('notice.anotherAccount', { folder: other.progressFolder, ...labelSlots(RUN_AS, deps.windowsLanguage ?? 'en-US', t) })].filter((line) => line !== null);
  const stderr = lines.map((line) => `winlink-tutor: ${line}\n`).join('');
  // The path stays alone on stdout (scripts read it); without a file there is nothing to print.
  if (deps.path === NO_FILE) return { stdout: '', stderr, code: 1 };
  return { stdout: `${deps.path}\n`, stderr, code: 0 };
}
