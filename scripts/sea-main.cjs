// The executables' entry (a Node single executable application runs one CommonJS file): it
// unpacks the package it carries (dist/cli.js, the lessons, package.json) into the user's
// cache folder once per build, then imports the bundle from there, exactly as npx would run it.
'use strict';
const sea = require('node:sea');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/** Where env-paths (and the tutorial itself) keeps its cache; a relative XDG path is ignored. */
function cacheRoot() {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'winlink-tutor', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'winlink-tutor');
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'winlink-tutor');
}

function unpack(root) {
  const build = sea.getAsset('build-id', 'utf8');
  const dir = path.join(root, `exe-${build}`);
  if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  const files = JSON.parse(sea.getAsset('files.json', 'utf8'));
  const temp = `${dir}.tmp-${process.pid}`;
  for (const file of files) {
    const target = path.join(temp, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(sea.getAsset(file)));
  }
  try {
    fs.renameSync(temp, dir);
  } catch (error) {
    // Another copy of the program unpacked it at the same moment: use theirs.
    fs.rmSync(temp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'package.json'))) throw error;
  }
  return dir;
}

let dir;
try {
  dir = unpack(cacheRoot());
} catch {
  // A read-only or missing cache folder: the temporary folder still works.
  dir = unpack(path.join(os.tmpdir(), 'winlink-tutor'));
}
import(pathToFileURL(path.join(dir, 'dist', 'cli.js')).href).catch((error) => {
  process.stderr.write(`winlink-tutor: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
