import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM tooling; typed by its JSDoc
import { packageFiles } from '../../scripts/package-files.mjs';
import { TEXT_LANGUAGES } from '../../src/i18n/ui-strings.js';
import { WINDOWS_LANGUAGES } from '../../src/i18n/windows-labels.js';

// What the package ships must hold every file the tutorial reads at run time: the catalogs of
// every language and the translated lessons. The tests run from the project folder, where the
// files are there anyway; only this list shows what `npx winlink-tutor` and the executables
// (scripts/build-exe.mjs carries packageFiles()) really get.
const ROOT = path.join(import.meta.dirname, '../..');

describe('the package', () => {
  const listed = packageFiles(ROOT) as string[];

  it('is what npm packs', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
    expect(packed.files.map((file) => file.path).sort()).toEqual(listed);
  });

  it('ships every catalog read at run time and every translated lesson', () => {
    for (const language of TEXT_LANGUAGES) expect(listed, language).toContain(`src/i18n/ui/${language}.json`);
    for (const language of WINDOWS_LANGUAGES) expect(listed, language).toContain(`src/i18n/labels/${language}.json`);
    for (const language of TEXT_LANGUAGES.filter((tag) => tag !== 'en')) {
      const translated = readdirSync(path.join(ROOT, 'lessons', language)).filter((name) => name.endsWith('.md'));
      expect(translated.length, language).toBeGreaterThan(0);
      for (const name of translated) expect(listed, language).toContain(`lessons/${language}/${name}`);
    }
    expect(listed).toEqual(expect.arrayContaining(['package.json', 'dist/cli.js', 'dist/app.js', 'dist/start.js']));
  });
});
