#!/usr/bin/env node
// Stamps translated lessons with the fingerprints of the English they translate (see
// docs/lesson-format.md, "Translations"). Run it after translating or updating a step:
//   node scripts/stamp-translation.mjs lessons/de/01-why-link.md [more files]
//   node scripts/stamp-translation.mjs lessons/de/01-why-link.md --step what-linking-gives
// The English lesson is the file of the same name one folder up.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const steps = [];
const files = [];
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--step') steps.push(args[++index] ?? '');
  else files.push(args[index]);
}
if (files.length === 0 || steps.includes('')) {
  console.error('usage: node scripts/stamp-translation.mjs <lessons/<lang>/NN-name.md>... [--step <id>]...');
  process.exit(2);
}

// The fingerprints must be the tutor's own: bundle its TypeScript for this run.
const out = mkdtempSync(path.join(tmpdir(), 'winlink-stamp-'));
let failed = false;
try {
  const bundle = path.join(out, 'stamp.mjs');
  await build({
    entryPoints: [path.join(root, 'src/course/stamp-translation.ts')],
    bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const { stampTranslation } = await import(pathToFileURL(bundle).href);
  for (const file of files) {
    const englishFile = path.join(path.dirname(path.dirname(file)), path.basename(file));
    try {
      const result = stampTranslation(readFileSync(englishFile, 'utf8'), englishFile, readFileSync(file, 'utf8'), steps.length ? { steps } : {});
      writeFileSync(file, result.text);
      console.log(`${file}: stamped ${result.stamped.length} (${result.stamped.join(', ') || 'nothing matched'})`);
    } catch (error) {
      failed = true;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
