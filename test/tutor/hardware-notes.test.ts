// The hardware step's words moved onto the catalog (src/tutor/hardware-notes.ts). Until the old
// English functions in src/windows/hardware-record.ts are removed, the English catalog must give
// exactly their lines for every combination below, so neither copy drifts from the other.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { english, translator, type UiCatalog } from '../../src/i18n/ui-strings.js';
import type { HardwareRecord } from '../../src/progress/model.js';
import * as catalog from '../../src/tutor/hardware-notes.js';
import * as old from '../../src/windows/hardware-record.js';
import type { HardwareNow } from '../../src/windows/hardware-record.js';

const BEFORE: HardwareRecord = {
  edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD', linked: true, recordedOn: '2026-11-20',
};
const NOW: HardwareNow = { checked: true, edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD' };

const records: HardwareRecord[] = [];
for (const edition of ['Pro', 'Home', null]) {
  for (const channel of ['Retail', 'OEM', 'Unknown']) {
    for (const linked of [true, false, null]) {
      for (const activation of ['activated', 'not-activated', 'grace', 'notification', 'unknown', 'odd']) {
        records.push({ ...BEFORE, edition, channel, linked, activation, deviceName: linked === null ? null : BEFORE.deviceName, windows: activation === 'grace' ? null : BEFORE.windows });
      }
    }
  }
}
const nows: HardwareNow[] = [];
for (const edition of ['Pro', 'Home', null]) {
  for (const channel of ['Retail', 'OEM', 'Volume:MAK', 'Unknown']) {
    for (const activation of ['activated', 'not-activated', 'notification', 'unknown']) {
      for (const checked of [true, false]) {
        nows.push({ ...NOW, edition, channel, activation, checked, deviceName: checked ? 'DESKTOP-NEW' : null, windows: edition === null ? null : edition === 'Home' ? 'Windows 10' : NOW.windows });
      }
    }
  }
}

describe('hardware notes from the catalog', () => {
  it('say in English exactly what src/windows/hardware-record.ts says', () => {
    let compared = 0;
    for (const record of records) {
      expect(catalog.recordLines(record, english)).toEqual(old.recordLines(record));
      for (const now of nows) {
        expect(catalog.compareWithRecord(record, now, english)).toEqual(old.compareWithRecord(record, now));
        compared++;
      }
    }
    for (const now of nows) expect(catalog.nowLines(now, english)).toEqual(old.nowLines(now));
    expect(compared).toBeGreaterThan(1000);
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
