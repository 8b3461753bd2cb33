import { describe, expect, it } from 'vitest';
import { said } from '../../src/probes/sentence.js';
import { redactIdentity } from '../../src/report/redact-identity.js';
import { windowsVersionFromRelease } from '../../src/report/windows-version.js';
import { unknown } from '../../src/probes/probe-types.js';
import { versionFromRelease } from '../../src/probes/version-probe.js';

const identity = { userNames: ['pro', 'Ann'], hostNames: ['ANN-PC'], homeDir: '/home/ann' };

describe('redactIdentity', () => {
  it('removes names as whole words, case-insensitively, and paths, emails and full keys', () => {
    expect(redactIdentity('Edition: Pro; Program files; ann-pc; /home/ann/x; a.b@c.org; VK7JG-NPHTM-C97JM-9MPGT-3V66T; Annex', identity))
      .toBe('Edition: [user name]; Program files; [computer name]; [home folder]/x; [email]; 3V66T; Annex');
  });

  it('ignores names shorter than 2 characters', () => {
    expect(redactIdentity('a b c', { userNames: ['a'], hostNames: [''], homeDir: '' })).toBe('a b c');
  });

  // Reliability review 2026-12, N16.
  it('removes a user name written in NFD when the environment spells it in NFC, and the other way round', () => {
    const nfc = { userNames: ['Jürgen Müller'], hostNames: [], homeDir: '' };
    expect(redactIdentity('Notes of Ju\u0308rgen Mu\u0308ller', nfc)).toBe('Notes of [user name]');
    const nfd = { userNames: ['Ju\u0308rgen'], hostNames: [], homeDir: '' };
    expect(redactIdentity('Jürgen and JÜRGEN', nfd)).toBe('[user name] and [user name]');
  });

  it('cuts a 25-character product key written without dashes to its last 5, and leaves hashes and words alone', () => {
    const none = { userNames: [], hostNames: [], homeDir: '' };
    expect(redactIdentity('key VK7JGNPHTMC97JM9MPGT3V66T here', none)).toBe('key 3V66T here');
    expect(redactIdentity('key vk7jgnphtmc97jm9mpgt3v66t', none)).toBe('key 3V66T');
    const hex = '0123456789abcdef0123456789abcdef';
    expect(redactIdentity(`sha ${hex} ${hex.slice(0, 25)} Internationalization`, none)).toBe(`sha ${hex} ${hex.slice(0, 25)} Internationalization`);
  });

  it('a login name that is an ordinary word of our own lesson titles stays a word there, but not in a user folder', () => {
    const recap = { userNames: ['recap', 'Link'], hostNames: [], homeDir: '/home/recap', ownText: ['Recap quiz', 'Why link your license'] };
    expect(redactIdentity('Recap quiz: done\nWhy link your license: new\nC:\\Users\\recap\\x', recap)).toBe('Recap quiz: done\nWhy link your license: new\nC:\\Users\\[user name]\\x');
    // Without own text saying so, the name is redacted wherever it stands (a course from elsewhere).
    expect(redactIdentity('Recap quiz', { ...recap, ownText: [] })).toBe('[user name] quiz');
  });
});

describe('windowsVersionFromRelease', () => {
  // On a client Windows (or under Wine, without InstallationType) the probe reads the build.
  it.each([
    ['10.0.22631', { name: 'Windows 11', build: 22631 }],
    ['10.0.19045', { name: 'Windows 10', build: 19045 }],
    ['6.1.7601', { name: 'Windows NT 6.1', build: 7601 }],
    ['weird', { name: 'Windows (version unknown)', build: null }],
  ])('%s', (release, expected) => {
    expect(windowsVersionFromRelease('win32', release, versionFromRelease(release).version)).toEqual(expected);
  });

  it('a version the probe left unknown although the build says 10/11 (a Server) is not named 10 or 11', () => {
    const server = unknown(said('probe.version.server', { type: 'Server' }));
    expect(windowsVersionFromRelease('win32', '10.0.20348', server)).toEqual({ name: 'Windows (version unknown)', build: 20348 });
    expect(windowsVersionFromRelease('win32', '10.0.26100', server)).toEqual({ name: 'Windows (version unknown)', build: 26100 });
  });

  it('is null off Windows', () => {
    expect(windowsVersionFromRelease('linux', '6.1.0', versionFromRelease('6.1.0').version)).toBeNull();
  });
});
