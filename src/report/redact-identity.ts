// Last line of defence for the support report: whatever field a value came through, the user's
// name, computer name, home folder, email addresses and full product keys never leave.
import { redactProductKeys } from '../windows/product-key-redaction.js';

/** What identifies this user and PC; empty strings are ignored. */
export interface Identity {
  /** Login names (os.userInfo, USERNAME, USER) and any display name known. */
  readonly userNames: readonly string[];
  readonly hostNames: readonly string[];
  readonly homeDir: string;
}

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Case-insensitive: Windows user and computer names are, and so are its paths. Names match as
// whole words only, so a user called "pro" does not turn "Program" into "[user name]gram".
function replaceAll(text: string, secret: string, label: string, wholeWord = true): string {
  if (secret.trim().length < 2) return text;
  const body = escapeRegExp(secret.trim());
  const pattern = wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  return text.replace(new RegExp(pattern, 'giu'), label);
}

export function redactIdentity(text: string, identity: Identity): string {
  let out = redactProductKeys(text).replace(EMAIL, '[email]');
  // The home folder first: it contains the user name.
  out = replaceAll(out, identity.homeDir, '[home folder]', false);
  out = replaceAll(out, identity.homeDir.replace(/\\/g, '/'), '[home folder]', false);
  for (const host of identity.hostNames) out = replaceAll(out, host, '[computer name]');
  for (const name of identity.userNames) out = replaceAll(out, name, '[user name]');
  return out;
}
