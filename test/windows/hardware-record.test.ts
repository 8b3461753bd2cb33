import { describe, expect, it } from 'vitest';
import { english } from '../../src/i18n/ui-strings.js';
import type { HardwareRecord } from '../../src/progress/model.js';
import { said } from '../../src/probes/sentence.js';
import { recordLines } from '../../src/tutor/hardware-notes.js';
import { hardwareNowFrom, recordFrom } from '../../src/windows/hardware-record.js';
import type { ActivationReport } from '../../src/probes/activation-types.js';

const BEFORE: HardwareRecord = {
  edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD', linked: true, recordedOn: '2026-11-20',
};

describe('recording', () => {
  const report: ActivationReport = {
    platform: 'win32', checked: true, state: 'activated', stateText: said('activation.state.activated'), channel: 'Retail', edition: 'Pro',
    partialKey: '3V66T', errorCode: null, permanent: true, source: 'powershell', message: null,
  };

  it('keeps edition, channel, state, device name and the linked answer, never the key', () => {
    const record = recordFrom(hardwareNowFrom(report, 'DESKTOP-OLD', 'Windows 11'), true, new Date('2026-11-20T10:00:00Z'));
    expect(record).toEqual(BEFORE);
    expect(JSON.stringify(record)).not.toContain('3V66T');
  });

  it('records unknowns as unknown when Windows did not answer', () => {
    const record = recordFrom(hardwareNowFrom({ ...report, checked: false }, '', null), null, new Date('2026-11-20T00:00:00Z'));
    expect(record).toMatchObject({ edition: null, channel: 'Unknown', activation: 'unknown', deviceName: null, linked: null });
    expect(recordLines(record, english).join('\n')).toMatch(/Device name: not known/);
  });
});
