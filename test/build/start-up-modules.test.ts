import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { asciiBundle, firstNonAscii } from '../../scripts/ascii-bundle.mjs';
import { builtinName, builtinRequires, hoistBuiltinImports, REQUIRE_BANNER } from '../../scripts/builtin-requires.mjs';
import { CLI, cleanupE2e, makeConfigHome, startCli } from '../e2e/pty-harness.js';

// Start-up (issue 24): the bundle reaches Node's own modules through require, loads node:crypto
// only when a function of it is called, and is plain ASCII; the first frame loads neither
// node:crypto nor fs/streams (what an ESM import of node:fs reads).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundle itself; dist/cli.js is its small loader (src/app-loader.ts). */
const APP = path.join(ROOT, 'dist', 'app.js');
const work = mkdtempSync(path.join(tmpdir(), 'start-up-modules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(cleanupE2e);

async function bundle(name: string, contents: string, plugins = [builtinRequires]): Promise<string> {
  const outfile = path.join(work, `${name}.mjs`);
  await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', banner: { js: REQUIRE_BANNER }, plugins, logLevel: 'silent' });
  return outfile;
}

const run = (file: string) => {
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

describe('builtin-requires (scripts/builtin-requires.mjs)', () => {
  const SAMPLE = `
    import { createHash, randomBytes } from 'node:crypto';
    import * as fs from 'node:fs';
    import { readFileSync } from 'fs';
    import path, { join } from 'node:path';
    import { EventEmitter } from 'events';
    import process from 'node:process';
    const loaded = (name) => process.moduleLoadList.includes('NativeModule ' + name);
    const before = { crypto: loaded('crypto'), streams: loaded('internal/fs/streams') };
    const answers = {
      sep: path.sep, join: join('a', 'b'), same: fs.readFileSync === readFileSync,
      emitter: typeof new EventEmitter().on, exists: fs.existsSync(${JSON.stringify(ROOT)}),
    };
    const hash = createHash('sha256').update('winlink').digest('hex');
    const dynamic = await import('node:fs');
    answers.dynamic = [typeof dynamic.readFileSync, typeof dynamic.default.statSync, loaded('internal/fs/streams')];
    console.log(JSON.stringify({ before, answers, hash, random: randomBytes(4).length, after: loaded('crypto') }));
  `;

  it('keeps every import working, and node:crypto and fs/streams unloaded until used', async () => {
    const ours = run(await bundle('ours', SAMPLE));
    const published = run(await bundle('plain', SAMPLE, []));
    // Without the plugin, the ESM facades load both at once, and a dynamic import of node:fs too.
    expect(published.before).toEqual({ crypto: true, streams: true });
    expect(published.answers).toMatchObject({ dynamic: ['function', 'function', true] });
    const answers = { ...(published.answers as object), dynamic: ['function', 'function', false] };
    expect(ours).toEqual({ ...published, answers, before: { crypto: false, streams: false } });
    expect(ours.after).toBe(true);
  });

  it('loads node:child_process on the first call of execFile, execFileSync or spawn, which work as the real ones', async () => {
    const SOURCE = `
      import { execFile, execFileSync, spawn } from 'node:child_process';
      const loaded = () => process.moduleLoadList.includes('NativeModule child_process');
      const before = loaded();
      const sync = execFileSync(process.execPath, ['-e', 'process.stdout.write("sync")'], { encoding: 'utf8' });
      const viaExecFile = await new Promise((done) => execFile(process.execPath, ['-e', 'process.stdout.write("async")'], (error, stdout) => done(error ? String(error) : stdout)));
      const code = await new Promise((done) => spawn(process.execPath, ['-e', 'process.exit(3)']).on('exit', done));
      console.log(JSON.stringify({ before, sync, viaExecFile, code, after: loaded() }));
    `;
    const published = run(await bundle('child-plain', SOURCE, []));
    expect(published).toEqual({ before: true, sync: 'sync', viaExecFile: 'async', code: 3, after: true });
    expect(run(await bundle('child-ours', SOURCE))).toEqual({ ...published, before: false });
    await expect(bundle('child-other', "import { fork } from 'node:child_process'; console.log(fork);")).rejects.toThrow(/fork/);
  });

  it('gives a CommonJS require of node:assert a stand-in that loads it only when more than a passing equal is asked', async () => {
    const SOURCE = `
      const loaded = () => process.moduleLoadList.includes('NativeModule assert');
      const assert = require('assert');
      const steps = { atRequire: loaded() };
      assert.equal(typeof steps, 'object', 'passes');
      assert.equal(NaN, NaN);
      assert.equal(1, '1');
      steps.afterPassingEqual = loaded();
      const thrown = (fn) => { try { fn(); return null; } catch (error) { return [error.name, error.code, error.message]; } };
      steps.failingEqual = thrown(() => assert.equal(typeof steps, 'function', 'cb must be a function'));
      steps.failingDefault = thrown(() => assert.equal(1, 2));
      steps.call = thrown(() => assert(false, 'called'));
      steps.strict = thrown(() => assert.strictEqual(1, '1', 'strict'));
      steps.ok = typeof assert.ok;
      steps.afterAll = loaded();
      console.log(JSON.stringify(steps));
    `;
    const ours = run(await bundle('assert-ours', SOURCE));
    const published = run(await bundle('assert-plain', SOURCE, []));
    expect(published).toMatchObject({ atRequire: true });
    expect(ours).toEqual({ ...published, atRequire: false, afterPassingEqual: false });
    expect(ours.failingEqual).toEqual(['AssertionError', 'ERR_ASSERTION', 'cb must be a function']);
    expect(ours.afterAll).toBe(true);
  });

  it('leaves no import of a builtin in the bundle but the banner', async () => {
    const source = readFileSync(await bundle('imports', SAMPLE), 'utf8');
    expect(source.match(/\bfrom\s*["']node:[a-z_/]+["']/g)).toEqual(["from 'node:module'"]);
    for (const file of [CLI, APP]) expect(readFileSync(file, 'utf8').match(/\bfrom\s*["'](?:node:)?[a-z_/]+["']/g) ?? [], file).toEqual(file === CLI ? ["from 'node:module'"] : []);
  });

  it('fails the build for a node:crypto export it does not wrap', async () => {
    await expect(bundle('default', "import crypto from 'node:crypto'; console.log(crypto.createHash);")).rejects.toThrow(/No matching export|default/);
    await expect(bundle('other', "import { createCipheriv } from 'node:crypto'; console.log(createCipheriv);")).rejects.toThrow(/createCipheriv/);
  });

  it('turns every form of import esbuild prints into a declaration after the banner', () => {
    const code = [
      '#!/usr/bin/env node', REQUIRE_BANNER,
      'var a=1;import{readFileSync as r,statSync}from"node:fs";import*as p from"node:path";function f(){}',
      'import d,{EventEmitter as E}from"node:events";import x from"node:os";import{default as u,format}from"node:util";import"node:tty";',
      'import { spawn as s } from "node:child_process";',
      'var text="import{a}from\\"node:fs\\"";',
    ].join('\n');
    const hoisted = hoistBuiltinImports(code);
    expect(hoisted.count).toBe(7);
    expect(hoisted.code).toBe([
      '#!/usr/bin/env node', REQUIRE_BANNER,
      'const{readFileSync:r,statSync}=require("node:fs");const p=require("node:path");const d=require("node:events");const{EventEmitter:E}=d;const x=require("node:os");const u=require("node:util");const{format}=require("node:util");require("node:tty");const{spawn:s}=require("node:child_process");',
      'var a=1;function f(){}',
      '',
      '',
      'var text="import{a}from\\"node:fs\\"";',
    ].join('\n'));
    expect(() => hoistBuiltinImports('import{a}from"node:fs";')).toThrow(/banner/);
  });

  it('knows builtins with and without the node: prefix, and nothing else', () => {
    expect(['fs', 'node:fs', 'fs/promises', 'node:readline/promises', 'node:test'].map(builtinName)).toEqual(['node:fs', 'node:fs', 'node:fs/promises', 'node:readline/promises', 'node:test']);
    expect(['ink', 'test', 'fs-extra', './fs', 'node_modules'].map(builtinName)).toEqual([null, null, null, null, null]);
  });
});

describe('ascii-bundle (scripts/ascii-bundle.mjs)', () => {
  it('names the first character outside ASCII, and passes plain text', () => {
    expect(firstNonAscii(Buffer.from('const a = /[\\u3001]/u;'))).toBeNull();
    expect(firstNonAscii(Buffer.from('const a = /[\u3001]/u;'))).toMatch(/^U\+3001 at byte 12,/);
    expect(firstNonAscii(Buffer.from('x = "\u{1F600}"'))).toMatch(/^U\+1F600 at byte 5,/);
  });

  it('fails a build whose output is not ASCII (esbuild leaves regex literals as they are)', async () => {
    await expect(bundle('regex', 'console.log(/[\u3001\u3002]/u.test(process.argv[2] ?? ""));', [asciiBundle])).rejects.toThrow(/U\+3001/);
    await bundle('string', 'console.log("\u3001");', [asciiBundle]);
  });

  it('dist/app.js and dist/cli.js are ASCII', () => {
    expect(firstNonAscii(readFileSync(APP))).toBeNull();
    expect(firstNonAscii(readFileSync(CLI))).toBeNull();
  });
});

describe('the catalogs in the bundle', () => {
  it('are English and the label list only: other languages are files read when in use', () => {
    const cli = readFileSync(APP, 'utf8');
    expect(cli).toContain('unexpected error: {message}');
    expect(cli).toContain('Windows.UI.SettingsAppThreshold');
    // de.json's words and a German label word (the German Windows' "Troubleshoot").
    expect(cli).not.toContain('unerwarteter Fehler');
    expect(cli).not.toContain('Problembehandlung');
  });
});

describe('the first frame (dist/cli.js in a terminal)', () => {
  async function modulesAtFirstFrame(configHome: string, args: string[] = [], footer = 'q quit'): Promise<string[]> {
    const list = path.join(configHome, `modules-${Date.now()}.txt`);
    const preload = path.join(ROOT, 'test', 'fixtures', 'first-frame-modules.mjs');
    const cli = startCli({ configHome, args, launcher: [process.execPath, '--import', preload, CLI], env: { FIRST_FRAME_MODULES: list, FIRST_FRAME_TEXT: footer } });
    await cli.waitFor(footer);
    cli.write('q');
    await cli.waitForExit();
    expect(existsSync(list)).toBe(true);
    return readFileSync(list, 'utf8').split('\n');
  }

  it('loads neither node:crypto, fs/streams, node:assert nor node:child_process, on the first start and with the lesson cache warm', async () => {
    const configHome = makeConfigHome();
    for (const start of ['first', 'second']) {
      const modules = await modulesAtFirstFrame(configHome);
      expect(modules.length, start).toBeGreaterThan(50);
      expect(modules.filter((name) => /crypto|internal\/fs\/streams|^NativeModule (assert|child_process)$/.test(name)), start).toEqual([]);
    }
  });

  it('evaluates marked and yaml only when needed: neither before the menu with the lesson cache warm; yaml when lessons are parsed, marked when a step is drawn', async () => {
    const configHome = makeConfigHome();
    const counts = path.join(configHome, 'libraries.txt');
    const preload = path.join(ROOT, 'test', 'fixtures', 'first-frame-libraries.mjs');
    const seen: Record<string, { when: string; marked: number; yaml: number }[]> = {};
    // The first start parses the lessons (and fills the cache); the second has nothing to parse.
    for (const start of ['first', 'second']) {
      writeFileSync(counts, '');
      const cli = startCli({ configHome, launcher: [process.execPath, '--import', preload, CLI], env: { FIRST_FRAME_LIBRARIES: counts, FIRST_FRAME_TEXT: 'q quit' } });
      await cli.waitFor('q quit');
      await cli.press('\r');
      await cli.waitFor('Step 1 of');
      await cli.press('q');
      await cli.waitFor('q quit');
      await cli.press('q');
      await cli.waitForExit();
      seen[start] = readFileSync(counts, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { when: string; marked: number; yaml: number });
    }
    expect(seen.first?.[0]?.yaml).toBeGreaterThan(0);
    expect(seen.second?.[0]).toEqual({ when: 'first frame', marked: 0, yaml: 0 });
    expect(seen.second?.[1]?.marked).toBeGreaterThan(0);
  });

  it('loads no node:crypto in German either (translation fingerprints)', async () => {
    const configHome = makeConfigHome();
    for (const start of ['first', 'second']) {
      const modules = await modulesAtFirstFrame(configHome, ['--lang', 'de'], 'q beenden');
      expect(modules.filter((name) => /crypto/.test(name)), start).toEqual([]);
    }
  });
});
