// The UI names the Settings app and a privacy switch in the words of the user's Windows display
// language (the label catalog), not in words a translator typed: es-MX Windows says "Buscar mi
// dispositivo" where es-ES says "Encontrar mi dispositivo", fr-CA "Localiser mon périphérique".
import { describe, expect, it } from 'vitest';
import { printCourse } from '../../src/commands/print.js';
import { runPrivacy } from '../../src/commands/privacy.js';
import { createProber } from '../../src/probes/prober.js';
import type { PrivacyReading } from '../../src/probes/privacy-probe.js';
import { english, translator } from '../../src/i18n/ui-strings.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { plainStyles } from '../../src/text/styles.js';
import { privacyReport } from '../../src/tutor/lesson-report.js';
import { helpRows } from '../../src/tutor/keymap.js';
import { describeVerify, privacyName } from '../../src/tutor/verify-words.js';
import { testCourse } from '../fixtures/course.js';
import { fakeReg } from '../probes/fake-registry.js';

const label = (name: string, windows: string) => windowsLabel(name, windows)!.text;

describe('a privacy setting named by its Windows label', () => {
  it("takes Find my device's words from the user's Windows, region included", () => {
    const es = translator('es');
    expect(privacyName('find-my-device', es, 'es-MX')).toBe('Buscar mi dispositivo');
    expect(privacyName('find-my-device', es, 'es-ES')).toBe('Encontrar mi dispositivo');
    expect(privacyName('find-my-device', translator('fr'), 'fr-CA')).toBe('Localiser mon périphérique');
    expect(describeVerify({ probe: 'privacy.find-my-device', values: ['off'] }, es, 'es-MX')).toContain('Buscar mi dispositivo');
    const fr = translator('fr');
    const reading = (state: 'on' | 'off'): PrivacyReading => ({ id: 'find-my-device', label: { name: 'settings.find-my-device' }, state, effective: state, page: 'ms-settings:findmydevice', notes: [] });
    const report = privacyReport({ before: [reading('on')], after: [reading('off')] }, fr, 'fr-CA');
    expect(report?.changes).toEqual([fr('privacy.changeLine', { name: 'Localiser mon périphérique', was: fr('privacy.state.on'), now: fr('privacy.state.off') })]);
  });

  it('names the Settings app in suggested content as that Windows does; English as before', () => {
    expect(privacyName('suggested-content', english, 'en-US')).toBe('Suggested content in Settings');
    expect(privacyName('find-my-device', english, 'en-US')).toBe('Find my device');
    expect(privacyName('suggested-content', translator('de'), 'de-DE')).toBe(`Vorgeschlagene Inhalte in „${label('settings', 'de-DE')}“`);
    expect(privacyName('suggested-content', translator('pt-BR'), 'pt-PT')).toBe(`Conteúdo sugerido nas ${label('settings', 'pt-PT')}`);
    // English text with Italian Windows (--lang it): Italian Windows' words in English sentences.
    expect(privacyName('suggested-content', english, 'it-IT')).toBe(`Suggested content in ${label('settings', 'it-IT')}`);
  });
});

describe('the Settings app named in its Windows words', () => {
  it('print: "Settings page" in English, the Settings label of the Windows language elsewhere', () => {
    const course = testCourse();
    const print = (t = english, windowsLanguage?: string) => printCourse(course, [course.lessons[0]!], { width: 100, windows: null, styles: plainStyles, t, windowsLanguage });
    expect(print()).toContain('Settings page: ms-settings:activation');
    expect(print(english, 'en-US')).toBe(print());
    expect(print(translator('fr'), 'fr-FR')).toContain('Page de Paramètres\u00a0: ms-settings:activation');
    expect(print(translator('de'), 'de-DE')).toContain('Seite in „Einstellungen“: ms-settings:activation');
    expect(print(english, 'it-IT')).toContain(`${label('settings', 'it-IT')} page: ms-settings:activation`);
  });

  it('privacy: each setting\'s page', async () => {
    const fake = fakeReg({ 'HKCU\\Software\\Policies\\Microsoft\\Windows': {}, 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {} });
    const deps = { platform: 'win32' as const, prober: createProber({ platform: 'win32', run: fake.run, systemRoot: 'C:\\Windows' }), detectWine: () => Promise.resolve(false) };
    expect((await runPrivacy({ json: false }, deps)).stdout).toContain('  Settings page: ms-settings:privacy-general\n');
    expect((await runPrivacy({ json: false, t: translator('de'), windows: 'de-DE' }, deps)).stdout).toContain('  Seite in „Einstellungen“: ms-settings:privacy-general\n');
    expect((await runPrivacy({ json: false, t: translator('ja'), windows: 'ja-JP' }, deps)).stdout).toContain(`  ${label('settings', 'ja-JP')}ページ: ms-settings:privacy-general\n`);
  });

  it('the help overlay: o opens the page in that Windows\' Settings', () => {
    const open = (t = english, windowsLanguage?: string) => helpRows(t, windowsLanguage).find((row) => row.keys === t('key.link.open.keys'))!.description;
    expect(open()).toBe('open the Settings page or link of this task (Windows)');
    expect(open(english, 'it-IT')).toBe(`open the ${label('settings', 'it-IT')} page or link of this task (Windows)`);
    expect(open(translator('es'), 'es-MX')).toBe(`abrir la página de ${label('settings', 'es-MX')} o el enlace de esta tarea (Windows)`);
    expect(open(translator('fr'), 'fr-FR')).not.toContain('Settings');
  });
});
