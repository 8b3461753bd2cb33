import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startCompileCache, type CompileCacheApi } from '../../src/compile-cache.js';

// The package's command (dist/start.js; needs a fresh `npm run build`) turns on Node's compile
// cache in the user's cache folder. A cache that cannot be written must never stop the start.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START = path.join(ROOT, 'dist', 'start.js');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(path.join(tmpdir(), 'compile-cache-'));
// Readable by the unprivileged user the read-only case runs as (see below).
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every Node to try: this one, and the Node 24 that `npm run bench` installs, when it is there. */
function nodes(): string[] {
  const benchNodes = path.join(ROOT, 'node_modules', '.cache', 'bench-node');
  const extra = existsSync(benchNodes) ? readdirSync(benchNodes).map((name) => path.join(benchNodes, name, 'bin', 'node')).filter((file) => existsSync(file)) : [];
  return [process.execPath, ...extra];
}

function nodeMajor(node: string): number {
  return Number(spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.split('.')[0]);
}

function run(node: string, cacheHome: string, asUser?: number) {
  const result = spawnSync(node, [START, '--version'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, XDG_CACHE_HOME: cacheHome, XDG_CONFIG_HOME: path.join(work, 'config') },
    ...(asUser === undefined ? {} : { uid: asUser, gid: asUser }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Node's own compile cache (a folder per Node release) and our code cache of dist/app.js (app-*.bin). */
const cacheFiles = (cacheHome: string, kind: 'node' | 'app' = 'node') => {
  const dir = path.join(cacheHome, 'winlink-tutor', 'compile');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).filter((name) => name.startsWith('app-') === (kind === 'app')).length;
};

describe('the compile cache (src/compile-cache.ts)', () => {
  const ENABLED = { ENABLED: 1, ALREADY_ENABLED: 2 };
  it('is off on a Node without it, and never throws', () => {
    expect(startCompileCache({}, '/x')).toBeNull();
    expect(startCompileCache({ enableCompileCache: () => { throw new Error('EROFS'); }, constants: { compileCacheStatus: ENABLED } }, '/x')).toBeNull();
    // Node answers FAILED (here 0) when it cannot make the folder.
    expect(startCompileCache({ enableCompileCache: () => ({ status: 0 }), constants: { compileCacheStatus: ENABLED } }, '/x')).toBeNull();
    const api: CompileCacheApi = { enableCompileCache: (directory) => ({ status: 1, directory }), constants: { compileCacheStatus: ENABLED } };
    expect(startCompileCache(api, '/x/compile')).toBe('/x/compile');
  });

  for (const node of nodes()) {
    const major = nodeMajor(node);
    const hasCache = major >= 22;
    describe(`dist/start.js on Node ${major}`, () => {
      it(hasCache ? 'keeps compiled code in the cache folder, made when missing' : "starts without Node's compile cache (Node 20 has none), with the bundle's code cache", () => {
        const cacheHome = path.join(work, `missing-${major}`, 'deeper');
        const first = run(node, cacheHome);
        expect(first).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
        expect(cacheFiles(cacheHome) > 0).toBe(hasCache);
        expect(cacheFiles(cacheHome, 'app')).toBe(1);
        expect(run(node, cacheHome)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
      });

      it('starts when a file stands where the cache folder should be', () => {
        const cacheHome = path.join(work, `file-${major}`);
        mkdirSync(path.join(cacheHome, 'winlink-tutor'), { recursive: true });
        writeFileSync(path.join(cacheHome, 'winlink-tutor', 'compile'), 'not a folder');
        expect(run(node, cacheHome)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
        expect(readFileSync(path.join(cacheHome, 'winlink-tutor', 'compile'), 'utf8')).toBe('not a folder');
      });

      it('starts when the cache folder is read-only', () => {
        const cacheHome = path.join(work, `readonly-${major}`);
        const compile = path.join(cacheHome, 'winlink-tutor', 'compile');
        mkdirSync(compile, { recursive: true });
        for (const dir of [compile, path.dirname(compile), cacheHome]) chmodSync(dir, 0o555);
        // root ignores permissions: then run as an unprivileged user, for whom they hold.
        const asUser = process.getuid?.() === 0 ? 65_534 : undefined;
        expect(run(node, cacheHome, asUser)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
        expect(cacheFiles(cacheHome)).toBe(0);
      });
    });
  }
});
