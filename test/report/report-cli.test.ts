import { mkdtempSync } from 'node:fs';
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

  it('--copy with no clipboard program says so and exits 1, still printing the summary', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'winlink-nopath-'));
    const result = runCli(['report', '--copy'], { env: { PATH: empty } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('support summary');
    expect(result.stderr).toContain('No clipboard program worked (tried wl-copy (not installed), xclip (not installed))');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
