/**
 * The language on the start screen, in a real terminal: it is shown, l changes it, and the
 * choice is kept with the progress, so the next start (and `print`) shows German Windows labels.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cleanupE2e, keys, makeConfigHome, progressFile, runCli, startCli } from './pty-harness.js';

const TEST_TIMEOUT = 40_000;

beforeAll(() => assertBuilt());
afterEach(async () => {
  await cleanupE2e();
});

describe('choosing the language on the start screen', () => {
  it('choose German, quit, start again: the labels are German', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const first = startCli({ configHome, cols: 80, rows: 24 });
    await first.waitFor('Language: American English (en-US)');
    expect(first.screen()).toContain('l language');
    await first.press('l');
    await first.waitFor('Deutsch (Deutschland) · de-DE');
    expect(first.screen()).toContain('American English · en-US (in use)');
    // English is first, German second.
    await first.press('j');
    await first.press(keys.enter);
    await first.waitFor('Sprache: Deutsch (Deutschland) (de-DE)');
    await first.press('q');
    expect(await first.waitForExit()).toBe(0);
    expect(JSON.parse(readFileSync(progressFile(configHome), 'utf8')).language).toBe('de-DE');

    const second = startCli({ configHome, cols: 80, rows: 24 });
    await second.waitFor('Sprache: Deutsch (Deutschland) (de-DE)');
    // Lesson 2's second step opens Settings > System > About: German Windows' words.
    await second.press('2');
    await second.press('n');
    await second.waitFor('Einstellungen > System > Info');
    await second.press('q');
    expect(await second.waitForExit()).toBe(0);

    // Commands that print follow the saved choice too, unless --lang says otherwise.
    expect(runCli(configHome, ['print', '04', '--windows', '11'])).toContain('Problembehandlung');
    expect(runCli(configHome, ['print', '04', '--windows', '11', '--lang', 'en'])).not.toContain('Problembehandlung');
  });

  it.each([
    ['de_DE.UTF-8', 'Sprache: Deutsch (Deutschland) (de-DE)', 'Warum Sie Ihre Lizenz verknüpfen sollten'],
    ['ja_JP.UTF-8', '(ja-JP)', 'ライセンスをリンクする理由'],
  ])('LANG=%s starts in that language: the start screen, the lesson titles and a lesson', { timeout: TEST_TIMEOUT }, async (lang, languageLine, title) => {
    const configHome = makeConfigHome();
    const cli = startCli({ configHome, cols: 80, rows: 24, env: { LANG: lang, LC_ALL: '', LC_MESSAGES: '' } });
    await cli.waitFor(languageLine);
    expect(cli.screen()).toContain(title);
    expect(cli.screen()).not.toContain('Why link your license');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });
});
