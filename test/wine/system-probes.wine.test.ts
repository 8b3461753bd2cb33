/**
 * The system probes under Wine, with Windows' own Node: os.release() says 10.0.18362 (Wine's win10
 * mode) while Wine's registry still describes build 7601; whoami ignores /groups and PowerShell is
 * a stub. What cannot be proven must come out null with a reason, never false.
 */
import { describe, expect, it } from 'vitest';
import { makeProfile, runWindowsCli } from './wine-env.js';

interface StatusJson {
  readonly wine: boolean | null;
  readonly windows: Record<string, unknown>;
  readonly account: Record<string, unknown>;
  readonly admin: Record<string, unknown>;
  readonly reasons: Record<string, string>;
  readonly state: string;
}

describe('system probes under Wine', () => {
  it('status --json: Windows 10, build 18362; edition, account and administrator null with reasons', () => {
    makeProfile();
    const result = runWindowsCli(['status', '--json']);
    const json = JSON.parse(result.stdout) as StatusJson;
    expect(json.wine).toBe(true);
    expect(json.windows).toEqual({ version: '10', build: 18362, displayVersion: null, edition: null });
    expect(json.account).toEqual({ type: null, basis: null });
    expect(json.admin).toEqual({ member: null, elevated: null });
    expect(json.reasons['windows.displayVersion']).toMatch(/registry describes build 7601, but Windows reports build 18362/);
    expect(json.reasons['admin.member']).toMatch(/whoami did not list the groups/);
    expect(json.reasons['account.type']).toMatch(/PowerShell printed nothing/);
    expect(json.state).toBe('unknown');
  });

  it('status (text): plain lines that say unknown, never "no" or "standard user"', () => {
    const result = runWindowsCli(['status']);
    const text = result.stdout + result.stderr;
    expect(text).toContain('Windows: Windows 10, build 18362\n');
    expect(text).toMatch(/^Account: unknown \(/m);
    expect(text).toMatch(/^Administrator: unknown \(whoami did not list the groups/m);
    expect(text).not.toMatch(/standard user|: no\b/);
  });
});
