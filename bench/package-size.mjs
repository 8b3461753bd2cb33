// What `npx winlink-tutor` downloads and installs, measured from the real tarball:
//  - packSummary(): `npm pack --dry-run --json` (tarball size, unpacked size, file count);
//  - installFootprint(): `npm pack` into a temp dir, `npm install <tarball>` into an empty temp
//    project (--no-audit --no-fund), then count the package folders in node_modules (scoped and
//    nested ones included) and add up the file sizes there.
// Both use --ignore-scripts for `npm pack`: `npm run bench` has just built dist/ (prepack
// would build it again).
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

export function packSummary(root) {
  const [info] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  return { filename: info.filename, tarballBytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount };
}

function du(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

/** Package folders under a node_modules folder, including @scope/name and nested node_modules. */
function listPackages(nodeModules, found = []) {
  let names;
  try {
    names = readdirSync(nodeModules);
  } catch {
    return found;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(nodeModules, name);
    if (name.startsWith('@')) {
      for (const scoped of readdirSync(path)) {
        found.push(`${name}/${scoped}`);
        listPackages(join(path, scoped, 'node_modules'), found);
      }
    } else {
      found.push(name);
      listPackages(join(path, 'node_modules'), found);
    }
  }
  return found;
}

export function installFootprint(root) {
  const dir = mkdtempSync(join(tmpdir(), 'winlink-bench-install-'));
  try {
    const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "bench-install", "private": true }\n');
    npm(['install', join(dir, info.filename), '--no-audit', '--no-fund'], project);
    const nodeModules = join(project, 'node_modules');
    const packages = listPackages(nodeModules);
    return { packages: packages.length, names: packages, installedBytes: du(nodeModules) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
