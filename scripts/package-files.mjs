// The files the npm package ships (package.json's "files", plus package.json itself), listed the
// way npm lists them: the executables carry exactly these, so they run what npx would.
// test/build/package-files.test.ts keeps this list equal to `npm pack --dry-run`'s.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Paths relative to `root`, with forward slashes, sorted. */
export function packageFiles(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const out = new Set(['package.json']);
  const walk = (relative) => {
    const full = path.join(root, relative);
    if (!statSync(full).isDirectory()) {
      out.add(relative.split(path.sep).join('/'));
      return;
    }
    for (const name of readdirSync(full)) walk(path.join(relative, name));
  };
  for (const entry of manifest.files) walk(entry.replace(/\/$/, ''));
  return [...out].sort();
}
