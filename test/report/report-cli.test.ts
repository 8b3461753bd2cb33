import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, STACK_LINE } from '../robustness/helpers/cli.js';

describe('report, as the built CLI', () => {
  beforeAll(assertBuilt);

  it('prints a summary without this machine\'s user name, computer name or home folder', () => {
    const result = runCli(['report']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^winlink-tutor \S+ support summary\n/);
    expect(result.stdout).toContain('Tutorial progress:');
    expect(result.stdout).toContain(`Runtime: Node ${process.versions.node} (${process.arch}), run by Node (npx or node)\n`);
    const user = os.userInfo().username;
    for (const secret of [os.hostname(), os.homedir(), ...(user.length >= 2 ? [user] : [])]) {
      expect(result.stdout.toLowerCase(), secret).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}_])${secret.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u'));
    }
  });

  // Reliability review 2026-12, N16: over-redaction of ordinary words, a name in NFD.
  it('a login name that is an ordinary word ("recap", "Link") leaves the built-in lesson titles alone', () => {
    for (const [user, title] of [['recap', /^ {2}Recap\b/m], ['Link', /^ {2}Why link your license:/m]] as const) {
      const result = runCli(['report'], { env: { USER: user, USERNAME: user, LOGNAME: user } });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(title);
      expect(result.stdout).not.toContain('[user name]');
    }
  });

  it('a --lessons-dir title holding the user name in NFD is redacted', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winlink-nfd-'));
    writeFileSync(path.join(dir, '01-notes.md'), '---\nid: notes\ntitle: Notes of Ju\u0308rgen Mu\u0308ller\nsummary: S\nminutes: 1\n---\n\n## One\n\ntext\n');
    const result = runCli(['report', '--lessons-dir', dir], { env: { USER: 'Jürgen Müller' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  Notes of [user name]: not started');
    expect(result.stdout.normalize('NFC')).not.toContain('Jürgen');
  });

  it('--copy with no clipboard program says so and exits 1, still printing the summary', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'winlink-nopath-'));
    const result = runCli(['report', '--copy'], { env: { PATH: empty } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('support summary');
    expect(result.stderr).toContain('No clipboard program worked (tried wl-copy (not installed), xclip (not installed))');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
