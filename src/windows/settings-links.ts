// Which links the tutor may open, and opening them without a shell.
import { isOpenableLink, isSettingsLink } from '../course/openable-links.js';
import type { Sentence } from '../probes/sentence.js';
import { windowsTools } from './windows-tools.js';

/**
 * Exactly the Settings pages the shipped lessons and the privacy checkup link to, all listed in
 * Microsoft's "Launch the Windows Settings app" (availability varies by version). A test keeps
 * this list equal to the `ms-settings:` links in lessons/.
 */
export const SETTINGS_PAGES = [
  'activation', 'yourinfo', 'about', 'troubleshoot',
  'privacy-general', 'privacy-feedback', 'privacy-activityhistory', 'privacy-location',
  'findmydevice', 'privacy-speech', 'privacy-speechtyping',
] as const;

export type SettingsPage = (typeof SETTINGS_PAGES)[number];

export function settingsUri(page: SettingsPage): string {
  return `ms-settings:${page}`;
}

// One allow-list for validate and the o key: lives with the course model, which must not import windows/.
export { isHttpsLink, isOpenableLink, isSettingsLink } from '../course/openable-links.js';

/** The part of a child process openLink uses; node's ChildProcess fits. */
export interface SpawnedProcess {
  on(event: 'error', listener: (error: Error) => void): unknown;
  unref(): void;
}

export interface SpawnOptionsLike {
  readonly detached: boolean;
  readonly stdio: 'ignore';
  readonly windowsHide: boolean;
  readonly shell: false;
}

/** Minimal `spawn` signature, injected so tests can use a fake; node's `spawn` fits. */
export type SpawnLike = (command: string, args: readonly string[], options: SpawnOptionsLike) => SpawnedProcess;

/** `reason`: why not, as data the caller says in the user's language. */
export type OpenLinkResult = { readonly opened: true } | { readonly opened: false; readonly reason: Sentence };

export interface OpenLinkDeps {
  readonly platform: NodeJS.Platform;
  readonly spawn: SpawnLike;
  /** %SystemRoot%, to start explorer.exe by absolute path; defaults to C:\Windows. */
  readonly systemRoot?: string;
  /** Whether a file exists; default: assume explorer.exe does. */
  readonly fileExists?: (file: string) => boolean;
}

/** Opens an allowed link with Windows' default handler; elsewhere says what to do instead. */
export function openLink(target: string, deps: OpenLinkDeps): OpenLinkResult {
  if (!isOpenableLink(target)) {
    return { opened: false, reason: { key: 'link.notAllowed', values: { link: JSON.stringify(String(target).slice(0, 80)) } } };
  }
  if (deps.platform !== 'win32') {
    return isSettingsLink(target)
      ? { opened: false, reason: { key: 'link.settingsOnlyWindows', labels: { settings: 'settings' } } }
      : { opened: false, reason: { key: 'link.openInBrowser', values: { link: target } } };
  }
  const explorer = windowsTools(deps.systemRoot).explorer;
  if (deps.fileExists?.(explorer) === false) {
    return { opened: false, reason: { key: 'link.noExplorer', values: { explorer, link: target }, labels: { start: 'shell.start' } } };
  }
  try {
    // explorer.exe hands the URI to its registered handler. No shell is involved, and the URI is
    // one argv entry. windowsHide stays off: explorer has no console to hide, and hiding can
    // hide the window it opens.
    const child = deps.spawn(explorer, [target], {
      detached: true,
      stdio: 'ignore',
      windowsHide: false,
      shell: false,
    });
    child.on('error', () => {}); // A late start failure must not crash the tutor.
    child.unref();
    return { opened: true };
  } catch (error) {
    return { opened: false, reason: { key: 'link.couldNotOpen', values: { link: target, error: error instanceof Error ? error.message : String(error) } } };
  }
}
