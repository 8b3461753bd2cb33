// One place the tutor and the commands ask Windows things: answers are cached for the run, a
// fresh read re-queries, and every answer is either a proven value or unknown with a reason.
import type { CommandRunner } from '../windows/command-runner.js';
import { windowsTools } from '../windows/windows-tools.js';
import { PROBE_VALUES, type ProbeId } from './catalog.js';
import { privacyOffWindows, readPrivacy, type PrivacyReading } from './privacy-probe.js';
import { PRIVACY_IDS, type PrivacyId } from './privacy-settings.js';
import { createRegistryReader, type RegistryReader } from './registry-reader.js';

export interface ProbeDeps {
  readonly platform: NodeJS.Platform;
  readonly run: CommandRunner;
  /** %SystemRoot%, to find reg.exe and PowerShell by absolute path. */
  readonly systemRoot?: string;
  /** Per command. */
  readonly timeoutMs?: number;
}

/** A probe's answer: `value` is one of the catalog's values, or null (unknown); `text` says it in words. */
export interface ProbeAnswer {
  readonly value: string | null;
  readonly text: string;
}

export const PROBE_TIMEOUT_MS = 10_000;

export interface Prober {
  /** Answers one probe; `fresh` reads Windows again instead of this run's cached answer. Never throws. */
  read(id: ProbeId, options?: { readonly fresh?: boolean }): Promise<ProbeAnswer>;
  /** All privacy settings (cached for the run unless fresh). */
  privacy(options?: { readonly fresh?: boolean }): Promise<readonly PrivacyReading[]>;
}

function privacyAnswer(reading: PrivacyReading | undefined): ProbeAnswer {
  if (reading === undefined) return { value: null, text: 'Not read.' };
  switch (reading.state) {
    case 'on':
    case 'off':
      return { value: reading.state, text: `${reading.state === 'on' ? 'On' : 'Off'}${reading.detail ? ` (${reading.detail})` : ''}` };
    case 'managed':
      return { value: reading.effective, text: `Set ${reading.effective ?? ''} by a policy` };
    case 'default':
      return { value: null, text: "Never changed: Windows' default applies." };
    default:
      return { value: null, text: `Unknown: ${reading.detail}` };
  }
}

export function createProber(deps: ProbeDeps): Prober {
  const regExe = windowsTools(deps.systemRoot).reg;
  const newReader = (): RegistryReader => createRegistryReader({ run: deps.run, regExe, timeoutMs: deps.timeoutMs ?? PROBE_TIMEOUT_MS });
  let reader = newReader();
  let privacyRun: Promise<readonly PrivacyReading[]> | null = null;

  function privacy(options?: { readonly fresh?: boolean }): Promise<readonly PrivacyReading[]> {
    if (deps.platform !== 'win32') return Promise.resolve(privacyOffWindows(deps.platform));
    if (options?.fresh === true) {
      reader = newReader();
      privacyRun = null;
    }
    privacyRun ??= readPrivacy(reader);
    return privacyRun;
  }

  async function readOne(id: PrivacyId, fresh: boolean): Promise<ProbeAnswer> {
    if (deps.platform !== 'win32') return { value: null, text: `Not Windows (${deps.platform}).` };
    // A fresh read of one setting re-queries only its own keys.
    if (fresh) return privacyAnswer((await readPrivacy(newReader(), [id]))[0]);
    return privacyAnswer((await privacy()).find((reading) => reading.id === id));
  }

  return {
    privacy,
    async read(id, options) {
      if (!Object.hasOwn(PROBE_VALUES, id)) return { value: null, text: `No such probe: ${id}.` };
      const privacyId = id.startsWith('privacy.') ? id.slice('privacy.'.length) : null;
      if (privacyId !== null && (PRIVACY_IDS as readonly string[]).includes(privacyId)) return readOne(privacyId as PrivacyId, options?.fresh === true);
      return { value: null, text: 'This probe is not available yet.' };
    },
  };
}
