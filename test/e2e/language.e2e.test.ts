/**
 * The language on the start screen, in a real terminal: it is shown, l changes it, and the
 * choice is kept with the progress, so the next start (and `print`) shows German Windows labels.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holderIdentity } from '../../src/progress/file-lock.js';
import { idleProcesses } from '../progress/helpers.js';
import { assertBuilt, cleanupE2e, keys, makeConfigHome, progressFile, runCli, startCli, type CliSession } from './pty-harness.js';

const TEST_TIMEOUT = 40_000;

beforeAll(() => assertBuilt());
const processes = idleProcesses();
afterAll(() => processes.stopAll());

/** l, then German (second in the list), Enter. */
async function chooseGerman(cli: CliSession): Promise<void> {
  await cli.press('l');
  await cli.waitFor('Deutsch (Deutschland) · de-DE');
  await cli.press('j');
  await cli.press(keys.enter);
}
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

  it('chosen while another winlink-tutor holds the lock: the screen switches, "not saved yet" is said in German, and the choice is saved once the lock is free', { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const file = progressFile(configHome);
    // Wide enough for the save line on one row.
    const cli = startCli({ configHome, cols: 140, rows: 30 });
    await cli.waitFor('Language: American English (en-US)');
    // Another window's save that takes far longer than any wait (a live process holds the lock).
    const holder = processes.start();
    writeFileSync(`${file}.lock`, holderIdentity(holder));
    await chooseGerman(cli);
    await cli.waitFor('Sprache: Deutsch (Deutschland) (de-DE)');
    await cli.waitFor(`Noch nicht gespeichert: ein anderes winlink-tutor (Prozess ${holder}) speichert gerade`);
    expect(existsSync(file)).toBe(false);
    rmSync(`${file}.lock`);
    await cli.waitForGone('Noch nicht gespeichert');
    expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('de-DE');
    await cli.press('q');
    expect(await cli.waitForExit()).toBe(0);
  });

  it("chosen after a newer release saved: the screen switches, the save fails with the newer release's sentence in German, the file is untouched and the tutorial never crashes", { timeout: TEST_TIMEOUT }, async () => {
    const configHome = makeConfigHome();
    const file = progressFile(configHome);
    const cli = startCli({ configHome, cols: 400, rows: 30 });
    await cli.waitFor('Language: American English (en-US)');
    const newer = '{"format":"winlink-tutor-progress","version":3,"counter":9,"courses":{}}';
    writeFileSync(file, newer);
    await chooseGerman(cli);
    await cli.waitFor('Sprache: Deutsch (Deutschland) (de-DE)');
    await cli.waitFor(/Fortschritt konnte nicht gespeichert werden: Ihr Fortschritt wurde von einer neueren winlink-tutor-Version/);
    await cli.press('q');
    // The change could not be kept: said on the way out, in German, and the exit status says so.
    expect(await cli.waitForExit()).toBe(1);
    expect(cli.rawOutput()).toContain('Ihre letzten Änderungen konnten nicht gespeichert werden');
    expect(cli.rawOutput()).not.toContain('unexpected error');
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});
