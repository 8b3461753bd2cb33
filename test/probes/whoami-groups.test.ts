import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { runWhoamiGroups } from '../../src/probes/admin-probe.js';
import { groupSids, parseWhoamiGroups } from '../../src/probes/whoami-groups.js';
import { fakeRunner, failed, notFound, ok, timedOut } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';

const values = (reading: ReturnType<typeof parseWhoamiGroups>) => ({
  member: reading.member.known ? reading.member.value : 'unknown',
  elevated: reading.elevated.known ? reading.elevated.value : 'unknown',
});

describe('whoami /groups /fo csv /nh, read by SID only', () => {
  it('an administrator in a normal window: Administrators is deny-only, medium integrity → member, not elevated', () => {
    expect(values(parseWhoamiGroups(readFixture('whoami-groups-en-admin-not-elevated.csv')))).toEqual({ member: true, elevated: false });
  });

  it('"Run as administrator": high integrity → elevated', () => {
    expect(values(parseWhoamiGroups(readFixture('whoami-groups-en-elevated.csv')))).toEqual({ member: true, elevated: true });
  });

  it('Russian group names and attributes: the same SIDs give the same answers', () => {
    expect(values(parseWhoamiGroups(readFixture('whoami-groups-ru-elevated.csv')))).toEqual({ member: true, elevated: true });
    expect(values(parseWhoamiGroups(readFixture('whoami-groups-ru-admin-not-elevated.csv')))).toEqual({ member: true, elevated: false });
  });

  it('a German standard user: no S-1-5-32-544 → not a member, medium → not elevated', () => {
    expect(values(parseWhoamiGroups(readFixture('whoami-groups-de-standard-user.csv')))).toEqual({ member: false, elevated: false });
  });

  it('Wine prints "VM\\root" and exits 0: unknown, never "not an administrator"', () => {
    const reading = parseWhoamiGroups(readFixture('whoami-wine.txt'));
    expect(reading.member.known).toBe(false);
    expect(reading.elevated.known).toBe(false);
    expect(inEnglish(reading.member.known ? '' : reading.member.reason)).toMatch(/Wine's whoami ignores \/groups/);
  });

  it('empty output, a header row, a table, or rows without an integrity label are unknown', () => {
    for (const text of [
      '',
      '\r\n',
      '"Group Name","Type","SID","Attributes"\r\n',
      'GROUP INFORMATION\r\n-----------------\r\n\r\nGroup Name   Type   SID   Attributes\r\n',
      '"BUILTIN\\Administrators","Alias","S-1-5-32-544","Group used for deny only"\r\n',
      '"BUILTIN\\Administrators","Alias","S-1-5-32-544"\r\n"Mandatory Label\\High Mandatory Level","Label","S-1-16-12288",""\r\n',
    ]) {
      const reading = parseWhoamiGroups(text);
      expect([reading.member.known, reading.elevated.known], JSON.stringify(text)).toEqual([false, false]);
    }
  });

  it('keeps a quoted comma and doubled quotes inside a name, and reads the SID beside them', () => {
    expect(groupSids('"Team ""A"", Berlin","Alias","S-1-5-21-1-2-3-1001",""\r\n"L","Label","S-1-16-8192",""\r\n')).toEqual(['S-1-5-21-1-2-3-1001', 'S-1-16-8192']);
  });
});

describe('running whoami', () => {
  it('asks with /groups /fo csv /nh and reads the answer', async () => {
    const { run, calls } = fakeRunner({ 'whoami.exe': ok(readFixture('whoami-groups-en-elevated.csv')) });
    const reading = await runWhoamiGroups(run, 'C:\\Windows\\System32\\whoami.exe', 5000);
    expect(values(reading)).toEqual({ member: true, elevated: true });
    expect(calls).toEqual([{ file: 'C:\\Windows\\System32\\whoami.exe', args: ['/groups', '/fo', 'csv', '/nh'], timeoutMs: 5000 }]);
  });

  it('a timeout, a missing whoami, a failure or a throwing runner are unknown with the reason', async () => {
    const cases = [[timedOut, /in time/], [notFound, /not found/], [failed('ERROR', 1), /exit code 1/]] as const;
    for (const [outcome, reason] of cases) {
      const reading = await runWhoamiGroups(fakeRunner({ 'whoami.exe': outcome }).run, 'whoami.exe', 1000);
      expect(inEnglish(reading.member.known ? 'known' : reading.member.reason)).toMatch(reason);
    }
    const thrown = await runWhoamiGroups(() => Promise.reject(new Error('boom')), 'whoami.exe', 1000);
    expect(thrown.elevated.known).toBe(false);
  });
});
