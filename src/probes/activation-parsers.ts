// Pure parsers for read-only activation queries; every captured text passes key redaction.
import type { ExpiryParseResult, LicenseInfo, LicenseParseResult } from './activation-types.js';
import { CIM_ANSWER } from './activation-queries.js';
import { chooseLicense, type NamedLicense } from './choose-license.js';
import { hresultToCode, normalizeCode } from '../windows/error-code-lookup.js';
import { channelFromDescription, editionFromName, meaningOfLicenseStatus, meaningOfStatusText } from './license-fields.js';
import { redactProductKeys, toPartialKey } from '../windows/product-key-redaction.js';
import { said } from './sentence.js';

const NOT_ENGLISH = said('probe.slmgr.notEnglish');
const NO_KEY = /^Error: product key not found\.?$/im;

function clean(stdout: string): string {
  return redactProductKeys(stdout.replace(/^\uFEFF/, '')).trim();
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return null;
}

/** Whole numbers only, signed or not: WMI's HRESULTs come both ways. */
function integer(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,10}$/.test(value.trim())) return Number(value);
  return null;
}

// An HRESULT with the severity bit clear is a success or information code (licensed systems
// report one), so only failure codes (0x8…–0xF…) are shown as errors.
function failureCode(value: number | null): string | null {
  const code = value === null ? null : hresultToCode(value);
  return code !== null && /^0x[89A-F]/.test(code) ? code : null;
}

function cimEntry(item: unknown): NamedLicense | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const row = item as Readonly<Record<string, unknown>>;
  const status = num(row['LicenseStatus']);
  if (status === null) return null;
  const grace = num(row['GracePeriodRemaining']);
  const name = text(row['Name']) ?? '';
  const meaning = meaningOfLicenseStatus(status);
  const license: LicenseInfo = {
    edition: editionFromName(name),
    channel: channelFromDescription(text(row['Description'])),
    state: meaning.state,
    statusDetail: meaning.detail,
    partialKey: toPartialKey(text(row['PartialProductKey'])),
    errorCode: failureCode(integer(row['LicenseStatusReason'])),
    // Licensed with no grace minutes left to count down = never expires (slmgr /xpr logic).
    permanent: status !== 1 ? false : grace === null ? null : grace === 0,
  };
  return { name, license };
}

/**
 * Parses the CIM query's answer: `{"answer": CIM_ANSWER, "products": [...]}`. Anything else,
 * including no output at all, is unrecognized: an answer must prove it is one.
 */
export function parseCimJson(stdout: string): LicenseParseResult {
  const body = clean(stdout);
  if (body === '') return { kind: 'unrecognized', reason: said('probe.ps.printedNothing') };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { kind: 'unrecognized', reason: said('probe.ps.notJson') };
  }
  const answer = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Readonly<Record<string, unknown>>) : null;
  if (answer?.['answer'] !== CIM_ANSWER || !Array.isArray(answer['products'])) {
    return { kind: 'unrecognized', reason: said('probe.license.notOurs') };
  }
  const entries = (answer['products'] as readonly unknown[]).map(cimEntry);
  if (entries.length === 0) return { kind: 'empty' };
  if (entries.some((e) => e === null)) {
    return { kind: 'unrecognized', reason: said('probe.license.noStatus') };
  }
  return chooseLicense(entries.filter((e): e is NamedLicense => e !== null));
}

/** Splits "Label: value" lines into one map per product; each product starts at "Name:". */
function dliBlocks(body: string): readonly ReadonlyMap<string, string>[] {
  const blocks: Map<string, string>[] = [];
  for (const line of body.split(/\r?\n/)) {
    const match = /^\s*([^:]{1,60}):\s?(.*)$/.exec(line);
    if (match === null) continue;
    const label = (match[1] ?? '').trim().toLowerCase();
    const value = (match[2] ?? '').trim();
    if (label === 'name') blocks.push(new Map());
    // Lines before the first product (e.g. "Warning: …") belong to no product.
    const block = blocks[blocks.length - 1];
    if (block !== undefined && !block.has(label)) block.set(label, value);
  }
  return blocks;
}

function dliReason(text: string | undefined): number | null {
  const code = text === undefined ? null : normalizeCode(text.replace(/\.$/, ''));
  return code === null ? null : Number.parseInt(code.slice(2), 16);
}

const EXPIRES = ['volume activation expiration', 'timebased activation expiration', 'automatic vm activation expiration'];

function dliEntry(block: ReadonlyMap<string, string>): NamedLicense | null {
  const statusText = block.get('license status');
  const meaning = statusText === undefined ? null : meaningOfStatusText(statusText);
  if (meaning === null) return null;
  const name = block.get('name') ?? '';
  // slmgr prints an expiration line only when a Licensed product still counts down.
  const expires = EXPIRES.some((label) => block.has(label));
  const license: LicenseInfo = {
    edition: editionFromName(name),
    channel: channelFromDescription(block.get('description')),
    state: meaning.state,
    statusDetail: meaning.detail,
    partialKey: toPartialKey(block.get('partial product key')),
    // "Notification Reason: 0xC004F034." (slmgr ends the line with a full stop).
    errorCode: failureCode(dliReason(block.get('notification reason'))),
    permanent: meaning.state === 'activated' ? !expires : false,
  };
  return { name, license };
}

/** Parses `cscript //nologo slmgr.vbs /dli` (English labels only; anything else is 'unrecognized'). */
export function parseSlmgrDli(stdout: string): LicenseParseResult {
  const body = clean(stdout);
  if (body === '') return { kind: 'unrecognized', reason: said('probe.slmgr.printedNothing') };
  const blocks = dliBlocks(body);
  if (blocks.length === 0 && NO_KEY.test(body)) return { kind: 'empty' };
  const entries = blocks.map(dliEntry);
  // All-or-nothing: a half-understood answer could claim the wrong state.
  if (entries.length === 0 || entries.some((e) => e === null)) return { kind: 'unrecognized', reason: NOT_ENGLISH };
  return chooseLicense(entries.filter((e): e is NamedLicense => e !== null));
}

const XPR_LINES: readonly { readonly pattern: RegExp; readonly state: LicenseInfo['state'] }[] = [
  { pattern: /^The machine is permanently activated\.?$/i, state: 'activated' },
  { pattern: /^(?:Volume|Timebased|Automatic VM) activation will expire (.+)$/i, state: 'activated' },
  { pattern: /^(?:Initial|Additional|Non-genuine|Extended) grace period ends (.+)$/i, state: 'grace' },
  { pattern: /^Windows is in Notification mode\.?$/i, state: 'notification' },
  { pattern: /^Unlicensed$/i, state: 'not-activated' },
];

/** Parses `cscript //nologo slmgr.vbs /xpr`: "<product name>:" then an indented status line. */
export function parseSlmgrXpr(stdout: string): ExpiryParseResult {
  const lines = clean(stdout).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return { kind: 'unrecognized', reason: said('probe.slmgr.printedNothing') };
  if (lines.some((l) => NO_KEY.test(l))) return { kind: 'empty' };
  for (const [index, line] of lines.entries()) {
    for (const { pattern, state } of XPR_LINES) {
      const match = pattern.exec(line);
      if (match === null) continue;
      const previous = lines[index - 1];
      const name = previous?.endsWith(':') === true ? previous.slice(0, -1) : null;
      const permanent = state === 'activated' && match[1] === undefined;
      return { kind: 'expiry', edition: editionFromName(name), state, permanent, endsText: match[1]?.trim() ?? null };
    }
  }
  return { kind: 'unrecognized', reason: NOT_ENGLISH };
}
