/**
 * The tutorial's bundle (dist/app.js) runs as a script with a V8 code cache made after a start.
 * Node's compile cache (src/compile-cache.ts) keeps only the code V8 compiles before running a
 * module, so every function the first frame calls (React's, Ink's, ours) was compiled again on
 * every start; a cache made once the program has run holds them too (BENCHMARKS.md, session 7).
 * Everything here is an optimisation: any failure runs the bundle without a cache.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** What the script's function takes: Node's require for its folder, and the URL paths resolve from. */
type AppMain = (require: NodeJS.Require, metaUrl: string) => Promise<void>;

export interface CodeCacheRun {
  /** `used`: V8 took the cache; `none`: there was none; `rejected`: V8 refused it (another Node, flags). */
  readonly cache: 'used' | 'none' | 'rejected';
  /** Writes a cache of what has been compiled so far (call once the program has done its start); never throws. */
  save(): void;
  readonly done: Promise<void>;
}

/**
 * The cache file for one build of the bundle on one Node: V8 checks only the source's length,
 * so the name carries the build's own hash (set by scripts/build.mjs from dist/app.js) and a
 * cache is never offered to another bundle.
 */
export function codeCacheFile(dir: string, build: string, node = process.version, arch = process.arch): string {
  return path.join(dir, `app-${build}-${node}-${arch}.bin`);
}

/** Runs the bundle at `appUrl` with the cache in `file` (none when null); `metaUrl` stands in for its import.meta.url. */
export function runWithCodeCache(appUrl: URL, metaUrl: string, file: string | null): CodeCacheRun {
  const appFile = fileURLToPath(appUrl);
  const source = readFileSync(appFile, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = file === null ? undefined : readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: appFile, ...(cachedData ? { cachedData } : {}) });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const main = script.runInThisContext() as AppMain;
  const done = main(createRequire(appUrl), metaUrl);
  const save = () => {
    if (file === null) return;
    try {
      writeCache(file, script.createCachedData());
    } catch {
      // No cache: the next start compiles as this one did.
    }
  };
  return { cache, save, done };
}

/**
 * Written under a temporary name, then renamed. Caches of other builds for the same Node go; those
 * of another Node stay (the executable and npx may use different ones on the same machine).
 */
function writeCache(file: string, data: Buffer): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  const sameNode = path.basename(file).replace(/^app-[^-]+/, '');
  for (const name of readdirSync(dir)) {
    if (name.startsWith('app-') && name.endsWith(sameNode) && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
  }
}
