#!/usr/bin/env node
/**
 * Run by hand (CI has no mirror): reads the Windows 11 24H2 language-pack text dumps of
 * m417z/windows-language-files and writes src/i18n/windows-labels.json and
 * src/i18n/labels/<language>.json from scripts/label-spec.json.
 *
 *   node scripts/extract-labels.mjs [--mirror <bare git dir>] [--check]
 *
 * --check compares instead of writing (exit 1 when the committed catalog is out of date).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, catalogFiles } from './label-catalog.mjs';
import { decodeDump } from './rc-strings.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const mirror = valueOf('--mirror') ?? '/work/.mirror/m417z+windows-language-files/repo';
const check = args.includes('--check');
const out = path.join(root, 'src/i18n/windows-labels.json');
// Review notes stay out of the shipped catalog: other keys with the same English whose words
// differ in some languages, so a reviewer with that Windows knows where to look.
const reviewOut = path.join(root, 'scripts/label-review.json');

function valueOf(flag) {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

const git = (...rest) => execFileSync('git', ['-C', mirror, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 });
const gitBytes = (...rest) => execFileSync('git', ['-C', mirror, ...rest], { maxBuffer: 1 << 28 });
const commit = git('rev-parse', 'HEAD').trim();
const files = git('ls-tree', '-r', '--name-only', 'HEAD').split('\n');
// "<package>~amd64~de-DE~/<component>_10.0.26100.1_de-de_<hash>/Windows.UI.SettingsAppThreshold.de-DE.pri"
const PRI = /^Microsoft-Windows-Client-LanguagePack-Package~[^/]*~amd64~([A-Za-z-]+)~\/[^/]*_(\d+\.\d+\.\d+\.\d+)_[^/]*\/(Windows\.UI\.[A-Za-z-]+)\.([A-Za-z-]+)\.pri$/;
const paths = new Map();
const builds = new Set();
const languages = new Set();
for (const file of files) {
  const match = PRI.exec(file);
  if (!match) continue;
  const [, , build, resource, language] = match;
  paths.set(`${resource}|${language}`, file);
  builds.add(build);
  languages.add(language);
}
// "<package>~amd64~de-DE~/amd64_microsoft-windows-shell32.resources_…_de-de_<hash>/shell32.dll.mui.rc": a
// Win32 string table, kept only from the pack's own language (packs also carry en-us fallbacks)
// and from the 64-bit component (wow64_ copies are the same strings).
const RC = /^Microsoft-Windows-Client-LanguagePack-Package~[^/]*~amd64~([A-Za-z-]+)~\/amd64_[^/]*_\d+\.\d+\.\d+\.\d+_([a-z.-]+)_[0-9a-f]+\/([^/]+\.mui)\.rc$/;
const rcPaths = new Map();
for (const file of files) {
  const match = RC.exec(file);
  if (!match) continue;
  const [, pack, folder, resource] = match;
  // Long tags are shortened in folder names: sr-Latn-RS's folder says "sr-..-rs".
  const [head, tail] = folder.split('..');
  const own = pack.toLowerCase() === folder || (tail !== undefined && pack.toLowerCase().startsWith(head) && pack.toLowerCase().endsWith(tail));
  if (!own) continue;
  const language = [...languages].find((each) => each.toLowerCase() === pack.toLowerCase()) ?? pack;
  rcPaths.set(`${resource}|${language}`, file);
}
const spec = JSON.parse(readFileSync(path.join(root, 'scripts/label-spec.json'), 'utf8'));
const wanted = new Set(Object.values(spec.labels).map((entry) => entry.file).filter(Boolean));
const packLanguages = [...new Set(files.map((file) => /~amd64~([A-Za-z-]+)~\//.exec(file)?.[1]).filter(Boolean))];
const sorted = [...languages].filter((language) => packLanguages.some((pack) => pack.toLowerCase() === language.toLowerCase())).sort();

const catalog = buildCatalog({
  spec,
  languages: sorted,
  readDump: (resource, language) => {
    if (!wanted.has(resource)) return null;
    if (resource.endsWith('.mui')) {
      const file = rcPaths.get(`${resource}|${language}`);
      return file ? decodeDump(gitBytes('show', `HEAD:${file}`)) : null;
    }
    const file = paths.get(`${resource}|${language}`);
    return file ? git('show', `HEAD:${file}`) : null;
  },
  source: {
    repository: 'm417z/windows-language-files',
    commit,
    release: 'Windows 11 24H2',
    build: [...builds].filter((build) => build.startsWith('10.0.26100')).join(', ') || [...builds].join(', '),
  },
});

const review = {};
for (const [name, label] of Object.entries(catalog.labels)) {
  if (label.sameEnglishElsewhere) review[name] = { file: label.file, key: label.key, sameEnglishElsewhere: label.sameEnglishElsewhere };
  delete label.sameEnglishElsewhere;
}
const written = catalogFiles(catalog);
const wordsDir = path.join(root, 'src/i18n/labels');
// Language files of languages the packs no longer have would be stale: they go too.
const stray = existsSync(wordsDir) ? readdirSync(wordsDir).map((name) => `src/i18n/labels/${name}`).filter((file) => !(file in written)) : [];
if (check) {
  const stale = Object.entries(written).filter(([file, text]) => !existsSync(path.join(root, file)) || readFileSync(path.join(root, file), 'utf8') !== text).map(([file]) => file);
  const same = stale.length === 0 && stray.length === 0;
  console.log(same ? 'the label catalog is up to date' : `the label catalog is out of date (${[...stale, ...stray].join(', ')}): run node scripts/extract-labels.mjs`);
  process.exit(same ? 0 : 1);
}
mkdirSync(wordsDir, { recursive: true });
for (const file of stray) rmSync(path.join(root, file));
for (const [file, text] of Object.entries(written)) writeFileSync(path.join(root, file), text);
writeFileSync(reviewOut, `${JSON.stringify(review, null, 1)}\n`);
const names = Object.keys(catalog.labels);
console.log(`${sorted.length} languages, ${names.length} labels -> ${path.relative(root, out)} and src/i18n/labels/`);
for (const language of sorted) {
  const absent = Object.keys(catalog.missing[language] ?? {});
  if (absent.length > 0) console.log(`  ${language}: missing ${absent.join(', ')}`);
}
for (const [name, label] of Object.entries(review)) {
  for (const other of label.sameEnglishElsewhere) console.log(`  ${name}: ${other.key} has the same English, different words in ${other.differsIn.join(' ')}`);
}
