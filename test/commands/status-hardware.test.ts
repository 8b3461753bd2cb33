import { describe, expect, it } from 'vitest';
import { runStatus } from '../../src/commands/status.js';
import { hardwareNowFrom } from '../../src/windows/hardware-record.js';
import type { HardwareRecord } from '../../src/progress/model.js';
import { fakeRunner, ok } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';

const RECORD: HardwareRecord = { edition: 'Home', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD', linked: true, recordedOn: '2026-11-20' };

describe('status compares with the record made before a hardware change', () => {
  it('lists what differs, in text and in JSON', async () => {
    const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) });
    const deps = { platform: 'win32' as const, run, hardware: RECORD, thisPc: (report: Parameters<typeof hardwareNowFrom>[0]) => hardwareNowFrom(report, 'DESKTOP-NEW', 'Windows 11') };
    const text = await runStatus({ json: false }, deps);
    expect(text.stdout).toMatch(/Compared with what you recorded on 2026-11-20 \(lesson 4, before the hardware change\):\n- Edition was Home, now Pro: reactivation will fail/);
    expect(text.stdout).toMatch(/- The PC was called "DESKTOP-OLD" and is now "DESKTOP-NEW"/);
    const json = JSON.parse((await runStatus({ json: true }, deps)).stdout) as { hardwareRecord: { recordedOn: string; differences: string[] } };
    expect(json.hardwareRecord.recordedOn).toBe('2026-11-20');
    expect(json.hardwareRecord.differences[0]).toMatch(/^Edition was Home, now Pro/);
  });

  it('off Windows it only says a record exists, and compares nothing', async () => {
    const { run, calls } = fakeRunner({});
    const result = await runStatus({ json: false }, { platform: 'linux', run, hardware: RECORD, thisPc: (report: Parameters<typeof hardwareNowFrom>[0]) => hardwareNowFrom(report, 'laptop', null) });
    expect(result.stdout).toMatch(/You recorded this PC on 2026-11-20 \(lesson 4\); run status on that Windows PC to compare/);
    expect(result.stdout).not.toMatch(/Edition was/);
    expect(calls).toEqual([]);
  });
});
