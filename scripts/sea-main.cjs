// The executables' entry (a Node single executable application runs one CommonJS file): it
// unpacks the package it carries (dist/cli.js, the lessons, package.json) into the user's
// cache folder once per build, then imports the bundle from there, exactly as npx would run it.
// Run as plain Node (not an executable) it only exports its parts, for the tests.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/** Where the tutorial keeps its cache (src/user-dirs.ts): WINLINK_CACHE_DIR, else env-paths' folder; relative paths are ignored. */
function cacheRoot(env = process.env, platform = process.platform, home = os.homedir()) {
  const own = env.WINLINK_CACHE_DIR;
  if (own && path.isAbsolute(own)) return own;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'winlink-tutor', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'winlink-tutor');
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'winlink-tutor');
}

// Antivirus scanners (Defender first) open the files just written, and Windows refuses to
// rename a folder while any file in it is open: retry for a few seconds, as graceful-fs and
// npm do, before giving up.
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1000, 1000, 1500];
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Unpacks the package into <root>/exe-<build>/ unless it is already there; returns that folder. */
function unpack(root, { getAsset, files, build }, io = { fs, pid: process.pid, sleep: pause }) {
  const dir = path.join(root, `exe-${build}`);
  const done = () => io.fs.existsSync(path.join(dir, 'package.json'));
  if (done()) return dir;
  const temp = `${dir}.tmp-${io.pid}`;
  try {
    for (const file of files) {
      const target = path.join(temp, ...file.split('/'));
      io.fs.mkdirSync(path.dirname(target), { recursive: true });
      io.fs.writeFileSync(target, Buffer.from(getAsset(file)));
    }
    for (let attempt = 0; ; attempt++) {
      try {
        io.fs.renameSync(temp, dir);
        return dir;
      } catch (error) {
        // Another copy of the program unpacked it at the same moment: use theirs.
        if (done()) return dir;
        if (attempt >= RETRY_DELAYS_MS.length || !BUSY.has(error && error.code)) throw error;
        io.sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  } finally {
    try {
      io.fs.rmSync(temp, { recursive: true, force: true });
    } catch {
      // Left for the next start; it never gets in the way (each start uses its own name).
    }
  }
}

/**
 * The folder to run from: the cache folder, else (read-only, full, locked by antivirus) the
 * temporary folder; null after writing one line that says why, never a stack trace.
 */
function unpackSomewhere(payload, roots, io, write = (text) => process.stderr.write(text)) {
  const failures = [];
  for (const root of roots) {
    try {
      return unpack(root, payload, io);
    } catch (error) {
      failures.push(`${root}: ${error && error.code ? error.code : error instanceof Error ? error.message : String(error)}`);
    }
  }
  write(
    `winlink-tutor: could not unpack itself (${failures.join('; ')}). Antivirus software may be checking the new files: wait a moment and start it again. If it keeps failing, run \`npx winlink-tutor\` with Node instead.\n`,
  );
  return null;
}

function main() {
  const sea = require('node:sea');
  const payload = { getAsset: (name) => sea.getAsset(name), files: JSON.parse(sea.getAsset('files.json', 'utf8')), build: sea.getAsset('build-id', 'utf8') };
  const dir = unpackSomewhere(payload, [cacheRoot(), path.join(os.tmpdir(), 'winlink-tutor')]);
  if (dir === null) {
    process.exitCode = 1;
    return;
  }
  // Node's compile cache (22.1 and later) keeps V8's compiled bundle beside it: later starts skip
  // most of the parsing. A SEA's own code cache covers only this small entry file.
  try {
    require('node:module').enableCompileCache?.(path.join(dir, '.compile-cache'));
  } catch {
    // No cache: the same start as with npx.
  }
  import(pathToFileURL(path.join(dir, 'dist', 'cli.js')).href).catch((error) => {
    process.stderr.write(`winlink-tutor: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

let isSea = false;
try {
  isSea = require('node:sea').isSea();
} catch {
  // Node without node:sea (before 20.12): not an executable.
}
if (isSea) main();
else module.exports = { cacheRoot, unpack, unpackSomewhere, RETRY_DELAYS_MS };
