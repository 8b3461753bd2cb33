// The hardware step's words (src/tutor/hardware-notes.ts): what differs from the record and what
// it means for reactivation, in English from the catalog, and every word from the catalog.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { english, translator, type UiCatalog } from '../../src/i18n/ui-strings.js';
import type { HardwareRecord } from '../../src/progress/model.js';
import * as catalog from '../../src/tutor/hardware-notes.js';
import type { HardwareNow } from '../../src/windows/hardware-record.js';

const BEFORE: HardwareRecord = {
  edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD', linked: true, recordedOn: '2026-11-20',
};
const NOW: HardwareNow = { checked: true, edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD' };
const NOW_SAME = NOW;
const notesFor = (record: HardwareRecord, now: HardwareNow): string[] => catalog.compareWithRecord(record, now, english);

describe('compareWithRecord', () => {
  it('says the edition must match first, when it changed', () => {
    const notes = notesFor(BEFORE, { ...NOW_SAME, edition: 'Home', activation: 'not-activated' });
    expect(notes[0]).toMatch(/^Edition was Pro, now Home: reactivation will fail until the edition matches/);
    expect(notes.join('\n')).toMatch(/was activated before and is not now: use the Activation troubleshooter/);
  });

  it('names the device to pick, the old name when the PC was renamed', () => {
    expect(notesFor(BEFORE, NOW_SAME).join('\n')).toMatch(/pick "DESKTOP-OLD"/);
    const renamed = notesFor(BEFORE, { ...NOW_SAME, deviceName: 'DESKTOP-NEW', activation: 'not-activated' }).join('\n');
    expect(renamed).toMatch(/was called "DESKTOP-OLD" and is now "DESKTOP-NEW": .* pick "DESKTOP-OLD"/);
  });

  it('says when Windows is activated again, and nothing about reactivation then', () => {
    const notes = notesFor(BEFORE, NOW_SAME).join('\n');
    expect(notes).toMatch(/activated now: there is nothing to reactivate/);
    expect(notes).not.toMatch(/Edition was/);
  });

  it('warns about OEM licenses and about a license that was not linked', () => {
    const notes = notesFor({ ...BEFORE, channel: 'OEM', linked: false }, { ...NOW_SAME, channel: 'OEM', activation: 'not-activated' }).join('\n');
    expect(notes).toMatch(/came with the PC \(OEM\)/);
    expect(notes).toMatch(/not linked: .*If you activated with a product key, enter it again/);
  });

  // Review 2026-12 N-O6: an unlinked digital license has no key to have ready.
  // Routes audit #2/#5: phone activation needs a product key, so keyless licenses go to support.
  it('gives an unlinked digital license with no key a route: Microsoft support with proof of purchase', () => {
    const notes = notesFor({ ...BEFORE, linked: false }, { ...NOW_SAME, activation: 'not-activated' }).join('\n');
    expect(notes).toMatch(/digital license and no key \(for example from a free upgrade or a Microsoft Store purchase\), contact Microsoft support with your proof of purchase/);
    expect(notes).not.toMatch(/no key[^.]*phone activation may/);
  });

  // Routes audit #2/#11: phone activation needs the key too; the report command is the summary to share.
  it('tells an unlinked key user that phone activation needs that key, and points support-bound users at report', () => {
    const notes = notesFor({ ...BEFORE, linked: false }, { ...NOW_SAME, activation: 'not-activated' }).join('\n');
    expect(notes).toMatch(/enter it again \("Change product key"\); phone activation also needs that key\./);
    expect(notes).toMatch(/`winlink-tutor report` gives a summary to share/);
  });

  // Routes audit #3: a free upgrade of a preinstalled Windows 7/8.1 reports Retail, so Retail gets the caveat.
  it('warns that a Retail channel may still be a free upgrade tied to the original motherboard', () => {
    const notes = notesFor(BEFORE, { ...NOW_SAME, activation: 'not-activated' }).join('\n');
    expect(notes).toMatch(/recorded channel is Retail, but that does not prove a license bought on its own: a free upgrade from a Windows 7 or 8\.1 that came with the PC shows Retail too/);
    expect(notesFor(BEFORE, NOW_SAME).join('\n')).not.toMatch(/does not prove/);
    expect(notesFor({ ...BEFORE, channel: 'OEM' }, { ...NOW_SAME, channel: 'OEM', activation: 'not-activated' }).join('\n')).not.toMatch(/recorded channel is Retail/);
  });

  // Review 2026-12 N-U5: only Pro over Home has a documented troubleshooter shortcut.
  it('says the troubleshooter may upgrade Home to a Pro license, and that nothing switches Pro back to Home', () => {
    const proLicense = notesFor(BEFORE, { ...NOW_SAME, edition: 'Home', activation: 'not-activated' })[0];
    expect(proLicense).toMatch(/may offer to upgrade this PC to Pro; if it does not, install Pro again\.$/);
    const homeLicense = notesFor({ ...BEFORE, edition: 'Home' }, { ...NOW_SAME, edition: 'Pro', activation: 'not-activated' })[0];
    expect(homeLicense).toMatch(/^Edition was Home, now Pro: .* Install Home again; the troubleshooter does not switch editions this way round\.$/);
    expect(homeLicense).not.toMatch(/switch back|offer/);
  });

  it('reads a licence state Windows reported but we do not recognise as no answer, not as "not activated"', () => {
    const notes = notesFor(BEFORE, { ...NOW_SAME, activation: 'unknown' }).join('\n');
    expect(notes).toMatch(/could not be read now/);
    expect(notes).not.toMatch(/is not now/);
  });

  it('compares nothing Windows did not answer now', () => {
    const notes = notesFor(BEFORE, { checked: false, edition: null, channel: 'Unknown', activation: 'unknown', windows: 'Windows 11', deviceName: 'DESKTOP-OLD' });
    expect(notes[0]).toMatch(/could not be read now, so they are not compared/);
    expect(notes.join('\n')).not.toMatch(/Edition was|was activated before|channel was/);
  });
});

describe('hardware notes from the catalog', () => {
  it("names the Activation page, its troubleshooter's option, its linked message and \"Change product key\" in the user's Windows words", async () => {
    const { windowsLabel } = await import('../../src/i18n/windows-labels.js');
    const word = (key: string) => windowsLabel(key, 'de-DE')!.text;
    const record: HardwareRecord = { ...BEFORE, edition: 'Pro', linked: false };
    const notes = catalog.compareWithRecord(record, { ...NOW_SAME, edition: 'Home', activation: 'not-activated' }, english, 'de-DE').join('\n');
    expect(notes).toContain(`use the ${word('settings.activation')} troubleshooter ("${word('activation.changed-hardware')}"`);
    expect(notes).toContain(`("${word('activation.change-product-key')}")`);
    expect(notes).toContain(`The ${word('settings.activation')} troubleshooter may offer to upgrade this PC to Pro`);
    expect(notes).not.toMatch(/Activation troubleshooter|Change product key/);
    const lines = catalog.recordLines(record, english, 'de-DE').join('\n');
    expect(lines).toContain(`${word('settings.activation')} page said "${word('activation.message.linked')}": no`);
  });

  it('take every word from the catalog', () => {
    const marked: UiCatalog = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('hardware.') || key.startsWith('answer.')).map(([key, value]) => [key, `⟦${String(value)}⟧`]));
    const t = translator('xx', { en, xx: marked });
    const lines = [
      ...catalog.recordLines(BEFORE, t),
      ...catalog.nowLines({ ...NOW, checked: false }, t),
      ...catalog.compareWithRecord({ ...BEFORE, linked: false, channel: 'OEM' }, { ...NOW, edition: 'Home', activation: 'not-activated', deviceName: 'X' }, t),
    ];
    for (const line of lines) expect(line.trim()).toMatch(/^⟦[\s\S]*⟧$/);
  });
});
