// Review W4: `where` names the progress file; run as another account, it also says that the file
// is that account's, and what to do.
import { describe, expect, it } from 'vitest';
import { runWhere } from '../../src/commands/where.js';
import { translator } from '../../src/i18n/ui-strings.js';
import { said } from '../../src/probes/sentence.js';
import { NO_FILE } from '../../src/progress/memory-store.js';

const FILE = 'C:\\Users\\papa\\AppData\\Roaming\\winlink-tutor\\Config\\config.json';
const FOLDER = 'C:\\Users\\papa\\AppData\\Roaming\\winlink-tutor\\Config';
const another = { anotherAccount: async () => ({ progressFolder: FOLDER }) };
const same = { anotherAccount: async () => null };

describe('where', () => {
  it('prints the path alone on stdout, and on stderr that it is another account\'s folder', async () => {
    const result = await runWhere({ path: FILE, notice: null, prober: another });
    expect(result).toMatchObject({ stdout: `${FILE}\n`, code: 0 });
    expect(result.stderr).toBe(`winlink-tutor: Running as another account ("Run as administrator" with its password): progress is saved in its folder, ${FOLDER}. To keep your own progress, start the tutorial without "Run as administrator".\n`);
  });

  it("names Windows' own \"Run as administrator\" command in the user's Windows words, never a translation of ours", async () => {
    const german = await runWhere({ path: FILE, notice: null, prober: another, t: translator('de'), windowsLanguage: 'de-DE' });
    expect(german.stderr).toContain('„Als Administrator ausführen“');
    expect(german.stderr).not.toContain('Run as administrator');
    // An Italian Windows with the English text: the English sentence, Italian Windows words.
    const italian = await runWhere({ path: FILE, notice: null, prober: another, windowsLanguage: 'it-IT' });
    expect(italian.stderr).toContain('("Esegui come amministratore" with its password)');
  });

  it('as the signed-in user, or off Windows, only the path (and the store notice)', async () => {
    expect(await runWhere({ path: FILE, notice: null, prober: same })).toEqual({ stdout: `${FILE}\n`, stderr: '', code: 0 });
    const notice = said('progress.leftForNow', { file: FILE, reason: said('progress.reason.link') });
    expect(await runWhere({ path: FILE, notice, prober: null })).toEqual({ stdout: `${FILE}\n`, stderr: `winlink-tutor: Your saved progress at ${FILE} could not be read (it is a link to another file); it was left as it is for now.\n`, code: 0 });
  });

  it('no file and no notice that says why: still said, in the user\'s language (never a silent exit 1)', async () => {
    const english = await runWhere({ path: NO_FILE, notice: null, prober: null });
    expect(english).toEqual({ stdout: '', stderr: 'winlink-tutor: There is no progress file this time: progress is kept in memory only and is gone when the tutorial ends.\n', code: 1 });
    const german = await runWhere({ path: NO_FILE, notice: null, prober: null, t: translator('de') });
    expect(german.stderr).not.toContain('memory only');
    expect(german.stderr).not.toContain(NO_FILE);
  });

  it('no file: exit 1 with the reasons, both said', async () => {
    const result = await runWhere({ path: NO_FILE, notice: said('cli.progressFolder', { reason: 'EROFS' }), prober: another });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
