/**
 * Where the executables' Node comes from (scripts/windows-node.mjs). On a Windows runner npm is
 * npm.cmd, which Node refuses to start without a shell since the CVE-2024-27980 fix
 * ("spawnSync npm.cmd EINVAL"): it must never be spawned.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no types.
import { ensureNode, npmCommand, wineNodeVersion } from '../../scripts/windows-node.mjs';

type Command = { file: string; args: string[] };
const npm = npmCommand as (args: string[], host: { platform: string; execPath: string; env: Record<string, string | undefined>; exists(file: string): boolean }) => Command;
const node = ensureNode as (version: string, os: string, arch: string, host: { platform: string; arch: string; version: string; execPath: string }) => string;

describe('running npm from the build scripts', () => {
  const execPath = 'C:\\hostedtoolcache\\node\\24.21.0\\x64\\node.exe';
  const bundled = 'C:\\hostedtoolcache\\node\\24.21.0\\x64\\node_modules\\npm\\bin\\npm-cli.js';

  it('on Windows runs npm-cli.js with node.exe itself, never npm.cmd', () => {
    const command = npm(['pack', 'x'], { platform: 'win32', execPath, env: {}, exists: (file) => file === bundled });
    expect(command).toEqual({ file: execPath, args: [bundled, 'pack', 'x'] });
  });

  it('prefers the npm that runs the script (npm_execpath) and never takes a .cmd from it', () => {
    const own = 'D:\\tools\\npm\\bin\\npm-cli.js';
    expect(npm(['pack'], { platform: 'win32', execPath, env: { npm_execpath: own }, exists: () => true }).args[0]).toBe(own);
    expect(npm(['pack'], { platform: 'win32', execPath, env: { npm_execpath: 'D:\\tools\\npm.cmd' }, exists: () => true }).args[0]).toBe(bundled);
    expect(() => npm(['pack'], { platform: 'win32', execPath, env: {}, exists: () => false })).toThrow(/npm-cli\.js not found/);
  });

  it('elsewhere runs npm as it is', () => {
    expect(npm(['pack'], { platform: 'linux', execPath: '/usr/bin/node', env: {}, exists: () => false })).toEqual({ file: 'npm', args: ['pack'] });
  });
});

describe('the Node an executable embeds', () => {
  it('is this node.exe when it is the release and machine asked for (a Windows x64 runner fetches nothing)', () => {
    expect(node('24.21.0', 'win', 'x64', { platform: 'win32', arch: 'x64', version: '24.21.0', execPath: 'C:\\node\\node.exe' })).toBe('C:\\node\\node.exe');
  });

  it('refuses names that are not a Node release before asking npm', () => {
    expect(() => node('24 & calc', 'win', 'x64', { platform: 'linux', arch: 'x64', version: '20.20.2', execPath: '/n' })).toThrow(/not a Node release/);
    expect(() => node('24.21.0', 'win', 'ia32', { platform: 'linux', arch: 'x64', version: '20.20.2', execPath: '/n' })).toThrow(/not a Node release/);
  });
});

describe('the node.exe the Wine lane runs', () => {
  const wine = wineNodeVersion as (hostVersion: string) => string;
  it('is the host\'s release while Wine 8 can start it, and Node 22 on a Node 24+ host', () => {
    expect(wine('20.20.2')).toBe('20.20.2');
    expect(wine('22.17.0')).toBe('22.17.0');
    expect(wine('24.21.0')).toBe('22.23.2');
    expect(wine('26.0.0')).toBe('22.23.2');
  });
});
