/**
 * The links a task's `open:` may hold, the one list both validate and the o key use, so a
 * lesson that validates never offers a link the tutor then refuses.
 */
const SETTINGS_LINK = /^ms-settings:[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Deliberately narrow: no whitespace, quotes, backslashes, commas (explorer.exe splits on them),
// angle brackets or non-ASCII, so the URI reaches Windows as exactly one unmodified argument.
const HTTPS_LINK =
  /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~%!$&()*+=:@/?#]*)?$/;
const MAX_LENGTH = 2000;

export function isSettingsLink(target: string): boolean {
  return target.length <= 100 && SETTINGS_LINK.test(target);
}

export function isHttpsLink(target: string): boolean {
  return target.length <= MAX_LENGTH && HTTPS_LINK.test(target);
}

/** true for `ms-settings:<page>` and plain `https://` URLs; everything else is refused. */
export function isOpenableLink(target: unknown): target is string {
  return typeof target === 'string' && (isSettingsLink(target) || isHttpsLink(target));
}

export const OPENABLE_RULE =
  'open must be an ms-settings: URI or an https:// link (ms-settings: then lowercase words joined by single hyphens; https:// with a host name, no spaces, quotes, backslashes, commas or non-ASCII)';
