// One place the tutor and the commands ask Windows things: answers are cached for the run, a
// fresh read re-queries, and every answer is either a proven value or unknown with a reason.
// Nothing runs until a probe is asked (never at import time).
import { existsSync } from 'node:fs';
import os from 'node:os';
import { checkActivation, DEFAULT_TIMEOUT_MS } from './activation-check.js';
import type { ActivationReport } from './activation-types.js';
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';
import { windowsTools } from '../windows/windows-tools.js';
import { userDirs } from '../user-dirs.js';
import { runWhoamiGroups, type AdminReading } from './admin-probe.js';
import { PROBE_VALUES, type ProbeId } from './catalog.js';
import { identityOf, perUserProblem, readSignedInSids, runWhoamiUser, type Identity } from './identity-probe.js';
import { unknown, type ProbeAnswer } from './probe-types.js';
import { said, type Sentence } from './sentence.js';
import type { ScriptSection } from './powershell-script.js';
import { licenseOutcome, runSystemPowerShell, type PowerShellRun } from './powershell-session.js';
import { privacyOffWindows, readPrivacy, type PrivacyReading } from './privacy-probe.js';
import { privacyNoteSentences } from './privacy-note-sentence.js';
import { PRIVACY_IDS, type PrivacyId } from './privacy-settings.js';
import { createPowerShellRegistryReader } from './powershell-registry.js';
import { createRegistryReader, withFallback, type RegistryReader } from './registry-reader.js';
import { accountAnswer, activationAnswer, adminAnswer, versionAnswer } from './system-answers.js';
import { readAccount, readAdmin, readSystem, systemOffWindows, type SystemReading, type SystemSources } from './system-probe.js';
import { readVersion } from './version-probe.js';

export type { ProbeAnswer } from './probe-types.js';

export interface ProbeDeps {
  readonly platform: NodeJS.Platform;
  readonly run: CommandRunner;
  /** %SystemRoot%, to find reg.exe and PowerShell by absolute path. */
  readonly systemRoot?: string;
  /** Per command (PowerShell gets DEFAULT_TIMEOUT_MS unless this is set). */
  readonly timeoutMs?: number;
  /** os.release() (tests pass their own); read when a probe first needs it. */
  readonly release?: string;
  /** Whether slmgr.vbs exists (Wine's cscript hangs on a missing script); default: look on disk. */
  readonly fileExists?: (file: string) => boolean;
  /** Where progress is saved (named when this runs as another account); default: the user folders' config. */
  readonly progressFolder?: string;
}

export const PROBE_TIMEOUT_MS = 10_000;

export interface Prober {
  /** Answers one probe; `fresh` reads Windows again instead of this run's cached answer. Never throws. */
  read(id: ProbeId, options?: { readonly fresh?: boolean }): Promise<ProbeAnswer>;
  /** All privacy settings (cached for the run unless fresh). */
  privacy(options?: { readonly fresh?: boolean }): Promise<readonly PrivacyReading[]>;
  /** Version, edition, account type and administrator (cached for the run unless fresh). */
  system(options?: { readonly fresh?: boolean }): Promise<SystemReading>;
  /** The activation check, sharing the system probes' PowerShell process. */
  activation(options?: { readonly fresh?: boolean }): Promise<ActivationReport>;
  /**
   * Where progress goes when this runs as another account than the signed-in user's (elevated
   * with that account's password); null when it runs as the user, or that cannot be proven.
   * Read once per run. Never throws.
   */
  anotherAccount(): Promise<{ readonly progressFolder: string } | null>;
}

/** The reading's notes as data: the edge says them in the user's language, with their Windows' labels. */
const detail = (reading: PrivacyReading): readonly Sentence[] => privacyNoteSentences(reading.notes);

function privacyAnswer(reading: PrivacyReading | undefined): ProbeAnswer {
  if (reading === undefined) return { value: null, text: said('probe.answer.notRead') };
  switch (reading.state) {
    case 'on':
      return { value: reading.state, text: reading.notes.length > 0 ? said('probe.answer.onDetail', { detail: detail(reading) }) : said('probe.answer.on') };
    case 'off':
      return { value: reading.state, text: reading.notes.length > 0 ? said('probe.answer.offDetail', { detail: detail(reading) }) : said('probe.answer.off') };
    case 'managed':
      return { value: reading.effective, text: said(reading.effective === 'on' ? 'probe.answer.managedOn' : reading.effective === 'off' ? 'probe.answer.managedOff' : 'probe.answer.managed') };
    case 'default':
      return { value: null, text: said('probe.answer.default') };
    default:
      return { value: null, text: said('probe.answer.unknown', { reason: detail(reading) }) };
  }
}

/** Each source at most once until a fresh read replaces it. */
function once<T>(start: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let pending: Promise<T> | null = null;
  return { get: () => (pending ??= start()), reset: () => void (pending = null) };
}

export function createProber(deps: ProbeDeps): Prober {
  const tools = windowsTools(deps.systemRoot);
  const commandTimeout = deps.timeoutMs ?? PROBE_TIMEOUT_MS;
  const powershellTimeout = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // reg.exe first; when a policy blocks it, the same keys through PowerShell's registry provider.
  const newReader = (): RegistryReader => withFallback(
    createRegistryReader({ run: deps.run, regExe: tools.reg, timeoutMs: commandTimeout }),
    () => createPowerShellRegistryReader({ run: deps.run, powershellExe: tools.powershell, timeoutMs: powershellTimeout }),
  );
  let reader = newReader();
  let systemReader = newReader();
  let privacyRun: Promise<readonly PrivacyReading[]> | null = null;
  const powershell = once<PowerShellRun>(() => runSystemPowerShell(deps.run, tools.powershell, powershellTimeout));
  const whoami = once<AdminReading>(() => runWhoamiGroups(deps.run, tools.whoami, commandTimeout));
  // Another account is possible only when elevated: then whoami /user and LogonUI's record are read.
  // A process's account and elevation never change while it runs, so this is read once.
  const identity = once<Identity>(async () => {
    const { elevated } = await whoami.get();
    if (!elevated.known || !elevated.value) return identityOf(elevated, unknown(said('probe.notRead')), unknown(said('probe.notRead')));
    const [processSid, signedIn] = await Promise.all([runWhoamiUser(deps.run, tools.whoami, commandTimeout), readSignedInSids(systemReader)]);
    return identityOf(elevated, processSid, signedIn);
  });
  const progressFolder = deps.progressFolder ?? userDirs().config;
  const checkWith = (licenseQuery: () => Promise<CommandOutcome>): Promise<ActivationReport> =>
    checkActivation({ ...deps, fileExists: deps.fileExists ?? existsSync, timeoutMs: powershellTimeout, licenseQuery });
  // A verify step asks again and again: each time a PowerShell with only the part it needs.
  const lightRun = (section: ScriptSection) => runSystemPowerShell(deps.run, tools.powershell, powershellTimeout, [section]);
  let activationRun: Promise<ActivationReport> | null = null;
  const sources: SystemSources = {
    get release() {
      return deps.release ?? os.release();
    },
    get registry() {
      return systemReader;
    },
    powershell: async () => (await powershell.get()).answer,
    whoami: whoami.get,
    identity: identity.get,
    progressFolder,
  };

  /** Why HKCU is not the user's, for the privacy readings; null when it is (or cannot be told, as under Wine). */
  const privacyProblem = async (): Promise<Sentence | null> => perUserProblem(await identity.get(), progressFolder);

  function privacy(options?: { readonly fresh?: boolean }): Promise<readonly PrivacyReading[]> {
    if (deps.platform !== 'win32') return Promise.resolve(privacyOffWindows(deps.platform));
    if (options?.fresh === true) {
      reader = newReader();
      privacyRun = null;
    }
    privacyRun ??= privacyProblem().then((problem) => readPrivacy(reader, undefined, problem));
    return privacyRun;
  }

  async function readOne(id: PrivacyId, fresh: boolean): Promise<ProbeAnswer> {
    if (deps.platform !== 'win32') return { value: null, text: said('probe.notWindows', { platform: deps.platform }) };
    // A fresh read of one setting re-queries only its own keys.
    if (fresh) return privacyAnswer((await readPrivacy(newReader(), [id], await privacyProblem()))[0]);
    return privacyAnswer((await privacy()).find((reading) => reading.id === id));
  }

  let systemRun: Promise<SystemReading> | null = null;
  function system(options?: { readonly fresh?: boolean }): Promise<SystemReading> {
    if (deps.platform !== 'win32') return Promise.resolve(systemOffWindows(deps.platform));
    if (options?.fresh === true) {
      systemReader = newReader();
      powershell.reset();
      whoami.reset();
      systemRun = null;
    }
    systemRun ??= readSystem(sources);
    return systemRun;
  }

  function activation(options?: { readonly fresh?: boolean }): Promise<ActivationReport> {
    if (options?.fresh === true) activationRun = checkWith(async () => licenseOutcome(await lightRun('license')));
    activationRun ??= checkWith(async () => licenseOutcome(await powershell.get()));
    return activationRun;
  }

  // Each probe asks only its own sources (cached for the run); a fresh read re-runs just those.
  async function readSystemProbe(id: ProbeId, fresh: boolean): Promise<ProbeAnswer> {
    if (deps.platform !== 'win32') return { value: null, text: said('probe.notWindows', { platform: deps.platform }) };
    switch (id) {
      case 'windows.version':
        if (fresh) systemReader = newReader();
        return versionAnswer(await readVersion(systemReader, sources.release));
      case 'account.type':
        return accountAnswer(await readAccount(fresh ? { ...sources, powershell: async () => (await lightRun('account')).answer } : sources));
      case 'admin.member':
      case 'admin.elevated': {
        if (fresh) whoami.reset();
        const admin = await readAdmin(sources);
        return id === 'admin.member' ? adminAnswer(admin.member, 'member') : adminAnswer(admin.elevated, 'elevated');
      }
      case 'activation.state':
        return activationAnswer(await activation({ fresh }));
      default:
        return { value: null, text: said('probe.answer.notAvailable') };
    }
  }

  return {
    privacy,
    system,
    activation,
    async anotherAccount() {
      if (deps.platform !== 'win32') return null;
      const kind = await identity.get().then((found) => found.kind, () => 'unknown' as const);
      return kind === 'another' ? { progressFolder } : null;
    },
    async read(id, options) {
      if (!Object.hasOwn(PROBE_VALUES, id)) return { value: null, text: said('probe.answer.noSuchProbe', { id }) };
      const privacyId = id.startsWith('privacy.') ? id.slice('privacy.'.length) : null;
      if (privacyId !== null && (PRIVACY_IDS as readonly string[]).includes(privacyId)) return readOne(privacyId as PrivacyId, options?.fresh === true);
      return readSystemProbe(id, options?.fresh === true);
    },
  };
}
