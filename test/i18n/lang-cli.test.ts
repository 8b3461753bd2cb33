import { beforeAll, describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../src/cli-args.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { assertBuilt, runCli, STACK_LINE } from '../robustness/helpers/cli.js';

describe('--lang', () => {
  it('is taken by every command and checked', () => {
    expect(parseCli(['print', '--lang', 'de']).lang).toBe('de');
    expect(parseCli(['list', '--json', '--lang=pt-BR']).lang).toBe('pt-BR');
    expect(parseCli([]).lang).toBeUndefined();
    expect(() => parseCli(['--lang', 'klingon'])).toThrow(UsageError);
    expect(() => parseCli(['--lang'])).toThrow('--lang needs a value');
  });
});

describe('the language, as the built CLI', () => {
  beforeAll(assertBuilt);

  it("prints the German course with German Windows' exact words with --lang de", () => {
    const result = runCli(['print', '--lang', 'de', '--windows', '11', '--width', '100']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nach einer Hardwareänderung');
    expect(result.stdout).toContain('Einstellungen > System > Aktivierung');
    expect(result.stdout).toContain('„Problembehandlung“');
    expect(result.stdout).toContain('Ich habe kürzlich die Gerätehardware geändert.');
    expect(result.stdout).not.toContain('label:');
  });

  it('follows LANG off Windows, and WINLINK_LANG before it', () => {
    expect(runCli(['print', '04', '--windows', '11'], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toContain('„Problembehandlung“');
    // Mexican Windows' own word (es-ES says "Solucionar problemas"), whatever the text's quotes.
    expect(runCli(['print', '04', '--windows', '11'], { env: { LANG: 'de_DE.UTF-8', WINLINK_LANG: 'es-MX' } }).stdout).toContain('Solución de problemas');
    expect(runCli(['print', '04', '--windows', '11'], { env: { LC_ALL: 'C', LANG: 'de_DE.UTF-8' } }).stdout).toContain('"Troubleshoot"');
  });

  it('shows English text with Italian labels for --lang it, and says which label is the English name', () => {
    const out = runCli(['print', '04', '--lang', 'it', '--windows', '10', '--width', '100']).stdout;
    expect(out).toContain('Open Impostazioni > Update & Security (English name) > Attivazione');
  });

  it("--help names the Settings app in the Windows language's words, and Settings when no language is known", () => {
    const keysLine = (env: Record<string, string>, ...argv: string[]) => runCli(['--help', ...argv], { env }).stdout.split('\n').find((line) => line.includes('PgUp'));
    expect(keysLine({ LC_ALL: 'C' })).toBe('  j k ↑ ↓ move or scroll   u d PgUp PgDn page   o open Settings page   w Windows 10/11');
    expect(keysLine({ WINLINK_LANG: 'xx' })).toContain('o open Settings page');
    expect(keysLine({ LC_ALL: 'C' }, '--lang', 'it')).toContain(`o open ${windowsLabel('settings', 'it-IT')!.text} page`);
    expect(keysLine({ LC_ALL: 'C', WINLINK_LANG: 'es-MX' })).toContain(`o abrir página de ${windowsLabel('settings', 'es-MX')!.text}`);
    expect(keysLine({ LC_ALL: 'C' }, '--lang', 'fr')).toContain('o ouvrir la page de Paramètres');
  });

  it('refuses an unknown language with exit 2, listing the languages there are', () => {
    for (const result of [runCli(['list', '--lang', 'xx']), runCli(['list'], { env: { WINLINK_LANG: 'xx' } })]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('unknown language');
      expect(result.stderr).toContain('it-IT');
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('keeps list --json the same in every language apart from the human text (title, summary)', () => {
    const withoutTitles = (json: string) => (JSON.parse(json) as Record<string, unknown>[]).map(({ title: _title, summary: _summary, ...rest }) => rest);
    const english = runCli(['list', '--json']).stdout;
    for (const lang of ['de', 'it', 'ja', 'pt-PT']) {
      const other = runCli(['list', '--json', '--lang', lang]).stdout;
      expect(withoutTitles(other)).toEqual(withoutTitles(english));
      // Italian has no translation: its list is English, byte for byte, but for the Windows
      // labels (lesson 4's summary names the Activation page's troubleshooter).
      if (lang === 'it') expect(other).toBe(english.replace('Activation troubleshooter', `${windowsLabel('settings.activation', 'it-IT')!.text} troubleshooter`));
    }
  });
});
