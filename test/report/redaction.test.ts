import { describe, expect, it } from 'vitest';
import { redactIdentity } from '../../src/report/redact-identity.js';
import { windowsVersionFromRelease } from '../../src/report/windows-version.js';

const identity = { userNames: ['pro', 'Ann'], hostNames: ['ANN-PC'], homeDir: '/home/ann' };

describe('redactIdentity', () => {
  it('removes names as whole words, case-insensitively, and paths, emails and full keys', () => {
    expect(redactIdentity('Edition: Pro; Program files; ann-pc; /home/ann/x; a.b@c.org; VK7JG-NPHTM-C97JM-9MPGT-3V66T; Annex', identity))
      .toBe('Edition: [user name]; Program files; [computer name]; [home folder]/x; [email]; 3V66T; Annex');
  });

  it('ignores names shorter than 2 characters', () => {
    expect(redactIdentity('a b c', { userNames: ['a'], hostNames: [''], homeDir: '' })).toBe('a b c');
  });
});

describe('windowsVersionFromRelease', () => {
  it.each([
    ['10.0.22631', { name: 'Windows 11', build: 22631 }],
    ['10.0.19045', { name: 'Windows 10', build: 19045 }],
    ['6.1.7601', { name: 'Windows NT 6.1', build: 7601 }],
    ['weird', { name: 'Windows (version unknown)', build: null }],
  ])('%s', (release, expected) => {
    expect(windowsVersionFromRelease('win32', release)).toEqual(expected);
  });

  it('is null off Windows', () => {
    expect(windowsVersionFromRelease('linux', '6.1.0')).toBeNull();
  });
});
