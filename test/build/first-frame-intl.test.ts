import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, cleanupE2e, makeConfigHome, ROOT, startCli } from '../e2e/pty-harness.js';

// Start-up (issues 23, 24): the first Intl object of a process costs ICU's set-up, so the first
// frame makes none it can do without, in English and in the translations alike.
afterEach(cleanupE2e);

async function intlAtFirstFrame(configHome: string, args: string[], footer: string): Promise<string[]> {
  const list = path.join(configHome, `intl-${Date.now()}.txt`);
  const preload = path.join(ROOT, 'test', 'fixtures', 'first-frame-intl.mjs');
  const cli = startCli({ configHome, args, launcher: [process.execPath, '--import', preload, CLI], env: { FIRST_FRAME_INTL: list, FIRST_FRAME_TEXT: footer } });
  await cli.waitFor(footer);
  cli.write('q');
  await cli.waitForExit();
  expect(existsSync(list)).toBe(true);
  return readFileSync(list, 'utf8').split('\n').filter((name) => name !== '');
}

describe('Intl objects made before the first frame (dist/cli.js in a terminal)', () => {
  it('none in English once the language names are kept (the very first start asks ICU for them)', async () => {
    const configHome = makeConfigHome();
    expect(await intlAtFirstFrame(configHome, [], 'q quit'), 'first').toEqual(['DisplayNames']);
    expect(await intlAtFirstFrame(configHome, [], 'q quit'), 'second').toEqual([]);
  });

  it('no grapheme segmenter in Japanese: kana, kanji and CJK punctuation are measured without one', async () => {
    const configHome = makeConfigHome();
    for (const start of ['first', 'second']) {
      const made = await intlAtFirstFrame(configHome, ['--lang', 'ja'], 'q 終了');
      expect(made.filter((name) => name === 'Segmenter'), start).toEqual([]);
    }
  });

  it.each([
    ['de', 'q beenden'],
    ['ja', 'q 終了'],
  ])('none in --lang %s either once the language names are kept (no Intl.Locale, no Intl.PluralRules)', async (language, footer) => {
    const configHome = makeConfigHome();
    expect(await intlAtFirstFrame(configHome, ['--lang', language], footer), 'first').toEqual(['DisplayNames']);
    expect(await intlAtFirstFrame(configHome, ['--lang', language], footer), 'second').toEqual([]);
  });
});
