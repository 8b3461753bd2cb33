#!/usr/bin/env node
// Prints every Windows label key with its words in one Windows display language (from the
// catalog, which came from Windows' own language packs), for writing a translated lesson:
//   node scripts/label-words.mjs de-DE
// A label that language has no words for prints its English words and says so.
import { readFileSync } from 'node:fs';

const language = process.argv[2];
const catalog = JSON.parse(readFileSync(new URL('../src/i18n/windows-labels.json', import.meta.url), 'utf8'));
if (!catalog.languages.includes(language)) {
  console.error(`usage: node scripts/label-words.mjs <language>; one of: ${catalog.languages.join(' ')}`);
  process.exit(2);
}
const words = JSON.parse(readFileSync(new URL(`../src/i18n/labels/${language}.json`, import.meta.url), 'utf8'));
for (const [key, label] of Object.entries(catalog.labels)) {
  const own = words[key];
  console.log(own === undefined ? `${key}\t${label.english}\t(no ${language} words: keep the English words)` : `${key}\t${own}\t(English: ${label.english})`);
}
