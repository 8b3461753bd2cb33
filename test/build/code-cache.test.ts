import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appScript } from '../../scripts/app-script.mjs';
import { REQUIRE_BANNER } from '../../scripts/builtin-requires.mjs';
import { codeCacheFile } from '../../src/code-cache.js';
import { CLI, cleanupE2e, makeConfigHome, startCli } from '../e2e/pty-harness.js';

// Start-up (issue 24): the bundle runs as a script (dist/app.js) with a V8 code cache made after
// a start, which holds the functions the start ran; Node's compile cache held only what V8
// compiles before running (BENCHMARKS.md, session 7).
const ROOT = path.join(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'code-cache-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanupE2e();
});

describe('appScript (scripts/app-script.mjs)', () => {
  it('turns the ES module bundle into one async function of require and the URL, top-level awaits kept', async () => {
    const script = appScript(`#!/usr/bin/env node\n${REQUIRE_BANNER}\nconst p=require("node:path");const v=await Promise.resolve(new URL("./x",__wlMetaUrl).href);globalThis.__seen=[p.sep,v];`);
    expect(script.startsWith('(async function (require, __wlMetaUrl) {"use strict";')).toBe(true);
    const main = (0, eval)(script) as (req: NodeJS.Require, url: string) => Promise<void>;
    await main(require, 'file:///a/b/cli.js');
    expect((globalThis as { __seen?: unknown }).__seen).toEqual([path.sep, 'file:///a/b/x']);
  });

  it('refuses a bundle it cannot run as a script', () => {
    expect(() => appScript('const a = 1;')).toThrow(/banner/);
    expect(() => appScript(`${REQUIRE_BANNER}\nimport{a}from"./b.js";`)).toThrow(/ES module syntax/);
    expect(() => appScript(`${REQUIRE_BANNER}\nconst a=1;export{a};`)).toThrow(/ES module syntax/);
    expect(() => appScript(`${REQUIRE_BANNER}\nconsole.log(import.meta.url);`)).toThrow(/ES module syntax/);
  });
});

describe('runWithCodeCache (src/code-cache.ts), each run a fresh Node process', () => {
  // V8 keeps a compiled script for the rest of the process: a second compile in one process would
  // never look at the cache, so every run here is a process of its own.
  const app = path.join(work, 'dist', 'app.js');
  mkdirSync(path.dirname(app), { recursive: true });
  writeFileSync(app, appScript(`${REQUIRE_BANNER}\nfunction later(n){let s=0;for(let i=0;i<n;i++)s+=i;return s}console.log(JSON.stringify([later(10),require("node:path").basename(__wlMetaUrl)]));`));
  let runner = '';
  beforeAll(async () => {
    runner = path.join(work, 'runner.mjs');
    const source = `import { runWithCodeCache } from ${JSON.stringify(path.join(ROOT, 'src', 'code-cache.ts'))};
      const file = process.argv[2] === '-' ? null : process.argv[2];
      const run = runWithCodeCache(new URL(${JSON.stringify(pathToFileURL(app).href)}), 'file:///somewhere/cli.js', file);
      await run.done;
      if (process.argv[3] === 'save') run.save();
      console.log(run.cache);`;
    await build({ stdin: { contents: source, resolveDir: ROOT, loader: 'ts' }, outfile: runner, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  });
  const run = (file: string | null, save = false) => {
    const result = spawnSync(process.execPath, [runner, file ?? '-', save ? 'save' : ''], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.trim().split('\n');
  };

  it('runs without a cache, makes one when asked, uses it next time with the same result, and refuses a broken one', () => {
    const file = codeCacheFile(path.join(work, 'cache'), 'build1');
    expect(path.basename(file)).toBe(`app-build1-${process.version}-${process.arch}.bin`);
    expect(run(file, true)).toEqual(['[45,"cli.js"]', 'none']);
    expect(readFileSync(file).length).toBeGreaterThan(0);
    expect(run(file)).toEqual(['[45,"cli.js"]', 'used']);
    // Garbage of the same size: V8 refuses it and the script still runs.
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 7));
    expect(run(file)).toEqual(['[45,"cli.js"]', 'rejected']);
    // No cache file: runs, and saving does nothing.
    expect(run(null, true)).toEqual(['[45,"cli.js"]', 'none']);
  });

  it("replaces other builds' caches for the same Node, keeps those of another Node, and never throws when it cannot write", () => {
    const cacheDir = path.join(work, 'cache2');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(codeCacheFile(cacheDir, 'old'), 'x');
    writeFileSync(codeCacheFile(cacheDir, 'old', 'v0.0.1'), 'x');
    expect(run(codeCacheFile(cacheDir, 'new'), true)).toEqual(['[45,"cli.js"]', 'none']);
    expect(readdirSync(cacheDir).sort()).toEqual([path.basename(codeCacheFile(cacheDir, 'new')), path.basename(codeCacheFile(cacheDir, 'old', 'v0.0.1'))].sort());
    const blocked = path.join(work, 'a-file');
    writeFileSync(blocked, '');
    expect(run(codeCacheFile(path.join(blocked, 'cache'), 'x'), true)).toEqual(['[45,"cli.js"]', 'none']);
  });
});

describe('dist/cli.js and its code cache', () => {
  it('a tutorial run leaves a code cache for this build and Node in the cache folder', async () => {
    const configHome = makeConfigHome();
    const cacheHome = path.join(configHome, 'cache-home');
    const cli = startCli({ configHome, launcher: [process.execPath, CLI], env: { XDG_CACHE_HOME: cacheHome, WINLINK_CACHE_DIR: path.join(cacheHome, 'winlink-tutor') } });
    await cli.waitFor('q quit');
    await cli.press('q');
    await cli.waitForExit();
    const made = readdirSync(path.join(cacheHome, 'winlink-tutor', 'compile')).filter((name) => name.startsWith('app-'));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(new RegExp(`^app-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
    // The next start takes it; without the cache folder's help it says so and still runs.
    const env = { ...process.env, WINLINK_DEBUG: '1', WINLINK_CACHE_DIR: path.join(cacheHome, 'winlink-tutor'), WINLINK_CONFIG_DIR: path.join(configHome, 'winlink-tutor') };
    const next = spawnSync(process.execPath, [CLI, '--version'], { env, encoding: 'utf8' });
    expect(next.stderr).toMatch(/^winlink-tutor: code cache used \(/);
    const off = spawnSync(process.execPath, [CLI, '--version'], { env: { ...env, WINLINK_CODE_CACHE: '0' }, encoding: 'utf8' });
    expect(off.stderr).toBe('winlink-tutor: code cache none\n');
    expect(off.stdout).toBe(next.stdout);
  });
});
