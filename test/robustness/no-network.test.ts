import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

// --import takes a module specifier: a file URL, never a path (Windows reads `D:` as a URL scheme).
const withoutNetwork = ['--import', new URL('./helpers/no-network.mjs', import.meta.url).href];
const LESSONS = fileURLToPath(new URL('../../lessons', import.meta.url));

describe('no network access', () => {
  beforeAll(assertBuilt);

  it('the preload really blocks connections (ESM and CommonJS, fetch and sockets)', () => {
    const attempts = [
      "fetch('http://127.0.0.1:9/')",
      "(await import('node:net')).connect(9, '127.0.0.1')",
      "(await import('node:https')).request('https://example.com/').end()",
      "(await import('node:module')).createRequire(import.meta.url)('node:http').get('http://127.0.0.1:9/')",
      "(await import('node:dns')).lookup('example.com', () => undefined)",
    ];
    const script = attempts.map((code) => `try { await ${code}; } catch {}`).join('\n');
    const result = spawnSync(process.execPath, [...withoutNetwork, '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr.match(/NETWORK ATTEMPT/g)).toHaveLength(attempts.length);
  });

  it.each([
    [['list']],
    [['list', '--json']],
    [['print']],
    [['validate', LESSONS]],
    [['reset', '--yes']],
    [['status']],
    [['why']],
    [['report']],
    [['report', '--json']],
    [['why', 'c004f211', '--json']],
  ])('%j works without it', (args) => {
    const result = runCli(args, { nodeArgs: withoutNetwork });
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
