/**
 * Builds the Windows label catalog from the label spec and a reader of .pri text dumps (and of
 * .mui string tables, for a file named "….mui"). Pure:
 * the CLI (extract-labels.mjs) reads the dumps from the language-pack mirror, the tests from a
 * small committed sample.
 */
import { parsePriDump, pickCandidate } from './pri-dump.mjs';
import { parseRcStrings } from './rc-strings.mjs';

/**
 * @param {{
 *   spec: { labels: Record<string, { file: string | null, key: string | null, english?: string, why?: string }> },
 *   languages: string[],
 *   readDump: (file: string, language: string) => string | null,
 *   source: Record<string, string>,
 * }} input
 */
export function buildCatalog({ spec, languages, readDump, source }) {
  const parsed = new Map();
  const dump = (file, language) => {
    const id = `${file}|${language}`;
    if (!parsed.has(id)) {
      const text = readDump(file, language);
      // "shell32.dll.mui": a Win32 string table (keys are string ids); otherwise a .pri dump.
      parsed.set(id, text === null ? null : file.endsWith('.mui') ? parseRcStrings(text, language) : parsePriDump(text));
    }
    return parsed.get(id);
  };
  if (!languages.includes('en-US')) throw new Error('the en-US dumps are needed: they give every label its English');

  const labels = {};
  const values = Object.fromEntries(languages.map((language) => [language, {}]));
  const missing = {};
  for (const [name, entry] of Object.entries(spec.labels)) {
    if (!entry.file || !entry.key) {
      if (!entry.english) throw new Error(`${name}: a label without a source needs its English words`);
      labels[name] = { file: null, key: null, english: entry.english, note: 'no Windows 11 24H2 source; shown in English everywhere' };
      continue;
    }
    const english = pickCandidate(dump(entry.file, 'en-US')?.get(entry.key), 'en-US');
    if (!('value' in english)) throw new Error(`${name}: ${entry.file} ${entry.key} has no en-US string (${english.missing})`);
    labels[name] = { file: entry.file, key: entry.key, english: english.value };
    for (const language of languages) {
      const keys = dump(entry.file, language);
      const found = keys ? pickCandidate(keys.get(entry.key), language) : { missing: `no ${entry.file}.${language}${entry.file.endsWith('.mui') ? '.rc' : '.pri'}` };
      if ('value' in found) values[language][name] = found.value;
      else (missing[language] ??= {})[name] = found.missing;
    }
    const elsewhere = sameEnglishElsewhere(name, entry, english.value, languages, dump, values);
    if (elsewhere.length > 0) labels[name].sameEnglishElsewhere = elsewhere;
  }
  return { source, labels, languages: values, missing };
}

/**
 * Other keys of the same file with the same en-US words, and the languages where their words
 * differ from the chosen key's: the places a reviewer with that Windows should look at.
 */
function sameEnglishElsewhere(name, entry, english, languages, dump, values) {
  const out = [];
  for (const [key, candidates] of dump(entry.file, 'en-US') ?? []) {
    if (key === entry.key) continue;
    const other = pickCandidate(candidates, 'en-US');
    if (!('value' in other) || other.value !== english) continue;
    const differsIn = languages.filter((language) => {
      const theirs = pickCandidate(dump(entry.file, language)?.get(key), language);
      return 'value' in theirs && values[language][name] !== undefined && theirs.value !== values[language][name];
    });
    if (differsIn.length > 0) out.push({ key, differsIn });
  }
  return out;
}

/**
 * The files the catalog is kept in: src/i18n/windows-labels.json (what every start needs: the
 * labels, their sources, the language list, what is missing) and src/i18n/labels/<language>.json
 * (one language's words, read from disk only when that language is in use). Keyed by path
 * relative to the project root; each value is the file's text.
 */
export function catalogFiles(catalog) {
  const { languages, ...rest } = catalog;
  const files = { 'src/i18n/windows-labels.json': json({ ...rest, languages: Object.keys(languages) }) };
  for (const [language, words] of Object.entries(languages)) files[`src/i18n/labels/${language}.json`] = json(words);
  return files;
}

const json = (value) => `${JSON.stringify(value, null, 1)}\n`;
