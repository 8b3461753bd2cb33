import { describe, expect, it } from 'vitest';
import { longKeyName, parseRegQuery, regNumber, regText } from '../../src/probes/registry-output.js';

const KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo';

describe('parseRegQuery', () => {
  it('reads values and subkeys of the asked key (CRLF, as reg.exe prints)', () => {
    const text = [
      '', 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo',
      '    Enabled    REG_DWORD    0x0', '    Id    REG_SZ    ', '    Period    REG_QWORD    0xc92a69c000', '',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo\\Sub', '',
    ].join('\r\n');
    const listing = parseRegQuery(text, KEY);
    expect(listing).not.toBeNull();
    if (listing === null || listing === 'blank') return;
    expect(listing.values.get('enabled')).toEqual({ type: 'REG_DWORD', data: '0x0' });
    expect(listing.values.get('id')).toEqual({ type: 'REG_SZ', data: '' });
    expect(regNumber(listing.values.get('period'))).toBe(864000000000);
    expect([...listing.subkeys]).toEqual(['sub']);
  });

  it('reads a key without values (reg.exe then prints no header, only subkeys)', () => {
    const listing = parseRegQuery('\r\nHKEY_CURRENT_USER\\Software\\Policies\\Microsoft\r\n', 'HKCU\\Software\\Policies');
    expect(listing !== null && listing !== 'blank' && [...listing.subkeys]).toEqual(['microsoft']);
  });

  it('says blank for nothing but blank lines, and null for what is not reg.exe\'s answer', () => {
    expect(parseRegQuery('\r\n\r\n', KEY)).toBe('blank');
    expect(parseRegQuery('', KEY)).toBe('blank');
    expect(parseRegQuery('VM\\root\r\n', KEY)).toBeNull();
    expect(parseRegQuery('\r\nHKEY_CURRENT_USER\\Software\\Other\r\n    Enabled    REG_DWORD    0x1\r\n', KEY)).toBeNull();
    // A recursive listing, or values after subkeys, is not a plain query's answer.
    expect(parseRegQuery(`\r\n${longKeyName(KEY)}\\A\\B\r\n`, KEY)).toBeNull();
    expect(parseRegQuery(`\r\n${longKeyName(KEY)}\\A\r\n    X    REG_DWORD    0x1\r\n`, KEY)).toBeNull();
    expect(parseRegQuery(`${longKeyName(KEY)}\r\n    X    REG_WEIRD    0x1\r\n`, KEY)).toBeNull();
  });

  it('matches the key whatever its case, and short or long root names', () => {
    const listing = parseRegQuery('\r\nhkey_current_user\\software\\microsoft\\windows\\currentversion\\advertisinginfo\r\n    Enabled    REG_DWORD    0x1\r\n', KEY);
    expect(listing !== null && listing !== 'blank' && regNumber(listing.values.get('enabled'))).toBe(1);
    expect(longKeyName('HKLM\\SOFTWARE')).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE');
    expect(longKeyName('HKEY_USERS\\x')).toBe('HKEY_USERS\\x');
  });
});

describe('regNumber and regText', () => {
  it('reads DWORD and QWORD numbers only', () => {
    expect(regNumber({ type: 'REG_DWORD', data: '0x1' })).toBe(1);
    expect(regNumber({ type: 'REG_DWORD', data: '1' })).toBeNull();
    expect(regNumber({ type: 'REG_SZ', data: '0x1' })).toBeNull();
    expect(regNumber(undefined)).toBeNull();
  });
  it('reads string values only', () => {
    expect(regText({ type: 'REG_SZ', data: 'Deny' })).toBe('Deny');
    expect(regText({ type: 'REG_DWORD', data: '0x0' })).toBeNull();
  });
});
