// Last line of defence for the support report: whatever field a value came through, the user's
// name, computer name, home folder, email addresses and full product keys never leave.
import { redactProductKeys } from '../windows/product-key-redaction.js';

/** What identifies this user and PC; empty strings are ignored. */
export interface Identity {
  /** Login names (os.userInfo, USERNAME, USER) and any display name known. */
  readonly userNames: readonly string[];
  readonly hostNames: readonly string[];
  readonly homeDir: string;
  /**
   * Text this program ships itself (the built-in lessons' titles): a user name that is a word of
   * it ("recap", "link") is an ordinary word there, not the user, and is left alone in free text.
   */
  readonly ownText?: readonly string[];
}

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;
/**
 * A product key written without dashes: 25 characters of the keys' own alphabet (no vowels, no
 * 0, 1, 5), so ordinary words and hex hashes do not match. Cut to its last 5, as Windows shows.
 */
const DASHLESS_KEY = /(?<![A-Za-z0-9])[BCDFGHJKMNPQRTVWXY2346789]{25}(?![A-Za-z0-9])/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The whole-word pattern of a name, or null for names too short to mean anything. */
function wordPattern(secret: string): RegExp | null {
  if (secret.trim().length < 2) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(secret.normalize('NFC').trim())}(?![\\p{L}\\p{N}_])`, 'giu');
}

// Case-insensitive: Windows user and computer names are, and so are its paths. Names match as
// whole words only, so a user called "pro" does not turn "Program" into "[user name]gram".
function replaceAll(text: string, secret: string, label: string, wholeWord = true): string {
  if (secret.trim().length < 2) return text;
  const pattern = wholeWord ? wordPattern(secret) : new RegExp(escapeRegExp(secret.normalize('NFC').trim()), 'giu');
  return pattern ? text.replace(pattern, label) : text;
}

export function redactIdentity(text: string, identity: Identity): string {
  // One normal form for text and names alike: a name typed in NFD (macOS file names, some
  // tools) is the same name as its NFC spelling in the environment.
  let out = redactProductKeys(text.normalize('NFC')).replace(DASHLESS_KEY, (key) => key.slice(-5).toUpperCase()).replace(EMAIL, '[email]');
  // The home folder first: it contains the user name.
  out = replaceAll(out, identity.homeDir, '[home folder]', false);
  out = replaceAll(out, identity.homeDir.replace(/\\/g, '/'), '[home folder]', false);
  for (const host of identity.hostNames) out = replaceAll(out, host, '[computer name]');
  const own = (identity.ownText ?? []).join('\n').normalize('NFC');
  for (const name of identity.userNames) {
    if (wordPattern(name)?.test(own)) {
      // An ordinary word of our own text: still removed where it names a user's folder.
      out = out.replace(new RegExp(`([\\\\/]Users[\\\\/]|/home/)${escapeRegExp(name.normalize('NFC').trim())}(?![\\p{L}\\p{N}_])`, 'giu'), '$1[user name]');
      continue;
    }
    out = replaceAll(out, name, '[user name]');
  }
  return out;
}
