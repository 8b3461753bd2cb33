import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM tooling, run by hand; typed by its JSDoc
import { buildCatalog, catalogFiles } from '../../scripts/label-catalog.mjs';
// @ts-expect-error: as above
import { parsePriDump, pickCandidate } from '../../scripts/pri-dump.mjs';
// @ts-expect-error: as above
import { decodeDump, parseRcStrings } from '../../scripts/rc-strings.mjs';
import catalog from '../../src/i18n/windows-labels.json' with { type: 'json' };
import spec from '../../scripts/label-spec.json' with { type: 'json' };
import { labelWords, missingLabels, WINDOWS_LANGUAGES, windowsLabel } from '../../src/i18n/windows-labels.js';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/pri-dumps');
const ROOT = path.join(import.meta.dirname, '../..');
const sampleLanguages = [...new Set(readdirSync(SAMPLE).map((name) => /\.([A-Za-z-]+)\.pri$/.exec(name)?.[1] ?? ''))].sort();
const readSample = (file: string, language: string): string | null => {
  try {
    return readFileSync(path.join(SAMPLE, `${file}.${language}.pri`), 'utf8');
  } catch {
    return null;
  }
};

interface Built {
  labels: Record<string, { file: string | null; key: string | null; english: string }>;
  languages: Record<string, Record<string, string>>;
  missing: Record<string, Record<string, string>>;
}

describe('the .pri dump reader', () => {
  it('reads keys, candidates with their qualifiers, and values over several lines', () => {
    const keys = parsePriDump(['Sections:', '  [mrm_decn_info] length: 136', '', 'Candidates:',
      '  \\resources\\One:', '    Candidate Language=DE-DE: Eins', '  \\resources\\Two:',
      '    Candidate Language=DE-DE: first line', 'second line', '', '  \\resources\\Three:',
      '    Candidate Language=DE-DE, Contrast=High: Drei (hoher Kontrast)', '    Candidate Language=DE-DE: Drei', ''].join('\n'));
    expect(keys.get('\\resources\\One')).toEqual([{ qualifiers: { Language: 'DE-DE' }, value: 'Eins' }]);
    expect(keys.get('\\resources\\Two')?.[0]?.value).toBe('first line\nsecond line');
    expect(keys.get('\\resources\\Three')).toHaveLength(2);
    // The candidate qualified by the language alone is the label; the high-contrast one is not.
    expect(pickCandidate(keys.get('\\resources\\Three'), 'de-DE')).toEqual({ value: 'Drei' });
  });

  it('gives no words when a key has only another language, two candidates, or none', () => {
    const english = [{ qualifiers: { Language: 'EN-US' }, value: 'Activation' }];
    expect(pickCandidate(english, 'ca-ES')).toHaveProperty('missing');
    const two = [{ qualifiers: { Language: 'DE-DE' }, value: 'A' }, { qualifiers: { Language: 'DE-DE' }, value: 'B' }];
    expect(pickCandidate(two, 'de-DE')).toEqual({ missing: '2 candidates for de-DE' });
    expect(pickCandidate(undefined, 'de-DE')).toEqual({ missing: 'key not in this file' });
    expect(pickCandidate([{ qualifiers: { Language: 'DE-DE' }, value: '  ' }], 'de-DE')).toEqual({ missing: 'empty string' });
  });
});

describe('the .mui string table reader', () => {
  it('reads string ids in STRINGTABLE blocks only, with the dumps\' escapes, from UTF-16', () => {
    // Lines as in shell32.dll.mui.rc of the cs-CZ pack: Latin-1 letters as two-digit \x escapes.
    const rc = ['1 MUI "MUI1_1.bin"', '', '  22022, \t"not in a table"', 'STRINGTABLE', 'LANGUAGE LANG_CZECH, SUBLANG_DEFAULT', '{',
      '  22021, \t"Mapa znak\\xF9"', '  22022, \t"P\u0159\\xEDkazov\\xFD \u0159\\xE1dek"', '  22023, \t"Say ""hi""\\r\\nnext"', '}', ''].join('\r\n');
    const keys = parseRcStrings(decodeDump(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rc, 'utf16le')])), 'cs-CZ');
    expect(pickCandidate(keys.get('22022'), 'cs-CZ')).toEqual({ value: 'Příkazový řádek' });
    expect(keys.get('22021')).toEqual([{ qualifiers: { Language: 'CS-CZ' }, value: 'Mapa znakù' }]);
    expect(keys.get('22023')?.[0]?.value).toBe('Say "hi"\nnext');
    expect(keys.size).toBe(3);
    // A string of another language's pack is not this language's word.
    expect(pickCandidate(keys.get('22022'), 'sk-SK')).toHaveProperty('missing');
  });
});

describe('the committed Windows label catalog', () => {
  // As extraction builds it: the label list with every language's words (kept in a file each).
  const built: Built = { ...(catalog as unknown as Omit<Built, 'languages'>), languages: Object.fromEntries(WINDOWS_LANGUAGES.map((language) => [language, { ...labelWords(language) }])) };

  it('is kept as the extraction writes it: the labels and language list, and one file per language with nothing else', () => {
    const files = catalogFiles({ ...catalog, languages: built.languages }) as Record<string, string>;
    expect(Object.keys(files)).toHaveLength(1 + 43);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toBe(text);
    expect(readdirSync(path.join(ROOT, 'src/i18n/labels')).sort()).toEqual(WINDOWS_LANGUAGES.map((language) => `${language}.json`).sort());
  });

  const specLabels = (spec as { labels: Record<string, { file: string | null; key: string | null }> }).labels;

  it('covers all 43 Windows display languages, regional variants apart', () => {
    expect(WINDOWS_LANGUAGES).toHaveLength(43);
    for (const tag of ['es-ES', 'es-MX', 'fr-FR', 'fr-CA', 'pt-BR', 'pt-PT', 'en-US', 'en-GB', 'sr-Latn-RS']) expect(WINDOWS_LANGUAGES).toContain(tag);
    expect(built.languages['es-ES']?.['activation.troubleshoot']).not.toBe(built.languages['es-MX']?.['activation.troubleshoot']);
  });

  it('names the resource file and key of every label, as the spec says, from build 26100', () => {
    expect(Object.keys(built.labels).sort()).toEqual(Object.keys(specLabels).sort());
    expect(catalog.source.build).toMatch(/^10\.0\.26100\./);
    for (const [name, label] of Object.entries(built.labels)) {
      expect(label.file, name).toBe(specLabels[name]?.file);
      expect(label.key, name).toBe(specLabels[name]?.key);
      expect(label.english, name).not.toBe('');
      if (label.file === null) {
        // No 24H2 source: no language may have words for it.
        for (const language of WINDOWS_LANGUAGES) expect(built.languages[language]?.[name], `${language} ${name}`).toBeUndefined();
      } else {
        expect(built.languages['en-US']?.[name], name).toBe(label.english);
      }
    }
  });

  it('reports which labels each language lacks, and the label falls back to English, said so', () => {
    const report = missingLabels();
    const sourceless = Object.entries(built.labels).filter(([, label]) => label.file === null).map(([name]) => name);
    for (const language of WINDOWS_LANGUAGES) {
      const absent = [...sourceless, ...Object.keys(built.missing[language] ?? {})];
      expect(report[language] ?? [], language).toEqual(expect.arrayContaining(absent));
      expect((report[language] ?? []).length, language).toBe(new Set(absent).size);
    }
    expect(windowsLabel('settings.update-security', 'de-DE')).toEqual({ text: 'Update & Security', english: true });
    expect(windowsLabel('settings.update-security', 'en-GB')).toEqual({ text: 'Update & Security', english: false });
    expect(windowsLabel('activation.troubleshoot', 'de-DE')).toEqual({ text: 'Problembehandlung', english: false });
  });

  it('holds what the extraction gives for a committed sample of the dumps', () => {
    const sampleSpec = {
      labels: Object.fromEntries(Object.entries(specLabels).filter(([, entry]) => entry.file === null || readSample(entry.file, 'en-US')?.includes(`  ${entry.key}:`))),
    };
    expect(Object.keys(sampleSpec.labels).length).toBeGreaterThanOrEqual(5);
    const fromSample = buildCatalog({ spec: sampleSpec, languages: sampleLanguages, readDump: readSample, source: {} }) as Built;
    for (const language of sampleLanguages) {
      for (const name of Object.keys(sampleSpec.labels)) {
        expect(fromSample.languages[language]?.[name], `${language} ${name}`).toBe(built.languages[language]?.[name]);
      }
    }
    expect(fromSample.languages['de-DE']).toMatchObject({
      'settings.activation': 'Aktivierung',
      'activation.troubleshoot': 'Problembehandlung',
      'activation.changed-hardware': 'Ich habe kürzlich die Gerätehardware geändert.',
    });
  });

  it('leaves a label out of a language whose dump lacks it, and says why', () => {
    const sampleSpec = { labels: { 'activation.changed-hardware': specLabels['activation.changed-hardware'] } };
    const withoutPortuguese = (file: string, language: string) => (language === 'pt-PT' && file.includes('AdminFlow') ? null : readSample(file, language));
    const built2 = buildCatalog({ spec: sampleSpec, languages: sampleLanguages, readDump: withoutPortuguese, source: {} }) as Built;
    expect(built2.languages['pt-PT']).toEqual({});
    expect(built2.missing['pt-PT']).toEqual({ 'activation.changed-hardware': 'no Windows.UI.SettingsAdminFlowUIThreshold.pt-PT.pri' });
  });
});

describe('labels Windows lays out on two lines', () => {
  it("read as one line: no break between Japanese characters, a space elsewhere; the catalog keeps Windows' exact words", () => {
    expect(labelWords('ja-JP')['activation.message.linked']).toContain('リンクされた\nデジタル');
    expect(windowsLabel('activation.message.linked', 'ja-JP')?.text).toBe('Windows は、Microsoft アカウントにリンクされたデジタル ライセンスによってライセンス認証されています。');
    for (const language of WINDOWS_LANGUAGES) {
      for (const name of Object.keys(labelWords(language))) expect(windowsLabel(name, language)?.text).not.toMatch(/[\r\n]/);
    }
  });
});
