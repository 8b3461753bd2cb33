/**
 * Reads the text dump of a Windows .pri resource file (as in m417z/windows-language-files):
 *
 *   Candidates:
 *     \SystemSettings\Resources\SettingsPageActivate\DisplayName:
 *       Candidate Language=EN-US: Activation
 *
 * A value can run on over several lines (every line up to the next key or candidate belongs to
 * it). A key can hold several candidates, each with its own qualifiers; all are kept, and
 * `pickCandidate` decides which one a label may use.
 */

const KEY_LINE = /^ {2}(\\.*):$/;
const CANDIDATE_LINE = /^ {4}Candidate ([^:]*): ?(.*)$/;

/**
 * @typedef {{ qualifiers: Record<string, string>, value: string }} Candidate
 * @returns {Map<string, Candidate[]>} key -> candidates, in file order
 */
export function parsePriDump(text) {
  /** @type {Map<string, Candidate[]>} */
  const keys = new Map();
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let inCandidates = false;
  /** @type {Candidate[] | null} */
  let current = null;
  /** @type {Candidate | null} */
  let candidate = null;
  for (const line of lines) {
    if (!inCandidates) {
      inCandidates = line === 'Candidates:';
      continue;
    }
    const key = KEY_LINE.exec(line);
    if (key) {
      current = keys.get(key[1]) ?? [];
      keys.set(key[1], current);
      candidate = null;
      continue;
    }
    const found = CANDIDATE_LINE.exec(line);
    if (found && current) {
      candidate = { qualifiers: parseQualifiers(found[1]), value: found[2] };
      current.push(candidate);
      continue;
    }
    if (candidate) candidate.value += `\n${line}`;
  }
  // The dump ends with a newline: it is not part of the last value.
  for (const candidates of keys.values()) {
    for (const each of candidates) each.value = each.value.replace(/\n+$/, '');
  }
  return keys;
}

/** `Language=DE-DE, Contrast=High` -> { Language: 'DE-DE', Contrast: 'High' } */
function parseQualifiers(text) {
  /** @type {Record<string, string>} */
  const qualifiers = {};
  for (const part of text.split(',')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) qualifiers[name] = rest.join('=');
  }
  return qualifiers;
}

/**
 * The one candidate a label may take for `language` (e.g. "de-DE"): qualified by that language
 * and nothing else. A key with no such candidate, or with two, gives a reason instead: a
 * candidate for another language (a pack that falls back to English) is not this language's
 * word, and a choice between two is not ours to make.
 * @param {Candidate[] | undefined} candidates
 * @param {string} language
 * @returns {{ value: string } | { missing: string }}
 */
export function pickCandidate(candidates, language) {
  if (!candidates || candidates.length === 0) return { missing: 'key not in this file' };
  const wanted = language.toUpperCase();
  const matching = candidates.filter((each) => {
    const names = Object.keys(each.qualifiers);
    return names.length === 1 && each.qualifiers.Language?.toUpperCase() === wanted;
  });
  if (matching.length === 1 && matching[0]) {
    const value = matching[0].value;
    if (value.trim() === '') return { missing: 'empty string' };
    return { value };
  }
  if (matching.length > 1) return { missing: `${matching.length} candidates for ${language}` };
  const seen = candidates.map((each) => Object.entries(each.qualifiers).map(([k, v]) => `${k}=${v}`).join(',')).join('; ');
  return { missing: `no candidate for ${language} alone (has ${seen})` };
}
