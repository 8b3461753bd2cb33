// Builds another entry point with the esbuild options of scripts/build.mjs (all but the
// product's plugins: the baseline is stock Ink), without copying them: run.mjs starts
//   node --import bench/esbuild-redirect.mjs scripts/build.mjs
// with BENCH_ENTRY / BENCH_OUTFILE set. This file then plays two parts:
//  1. a module-resolution hook (registered below) that answers scripts/build.mjs's
//     `import { build } from 'esbuild'` with this very file, and
//  2. that stand-in `build`, which calls the real esbuild with the caller's options, only
//     swapping entryPoints/outfile (and asking for a metafile, written next to the output).
// So if someone changes the product's build options, the bare Ink hello-world follows.
import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import * as esbuild from 'esbuild';

// In the main thread: install the hook. Node loads this same file again in its hooks thread,
// where only the exported `resolve` below is used.
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'esbuild' && context.parentURL?.endsWith('/scripts/build.mjs')) {
    return { url: import.meta.url, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function build(options) {
  const entry = process.env.BENCH_ENTRY;
  const outfile = process.env.BENCH_OUTFILE;
  if (!entry || !outfile) throw new Error('esbuild-redirect: set BENCH_ENTRY and BENCH_OUTFILE');
  // Only the bundle is redirected; scripts/build.mjs's other outputs (dist/start.js) are skipped.
  if (!options.entryPoints?.includes('src/cli.tsx')) return { errors: [], warnings: [] };
  // The baseline stays stock Ink: the product's plugins (its own Ink Output, the yoga loader
  // without fetch, ...) are left out, so the tutor is compared with Ink as published.
  // (BENCH_PRODUCT_BUILD=1 keeps them: bench/profile-keys.mjs --readable bundles the tutor so.)
  const plugins = process.env.BENCH_PRODUCT_BUILD ? options.plugins : [];
  // BENCH_READABLE (bench/profile-keys.mjs --readable): unminified, for function names in profiles.
  const readable = process.env.BENCH_READABLE ? { minify: false } : {};
  // The product's bundle runs as a script that is handed its URL (scripts/app-script.mjs); the
  // hello stays an ES module with its own import.meta.url.
  const { 'import.meta.url': _scriptUrl, ...define } = options.define ?? {};
  const result = await esbuild.build({ ...options, define, plugins, ...readable, entryPoints: [entry], outfile, metafile: true });
  writeFileSync(`${outfile}.meta.json`, JSON.stringify(result.metafile));
  process.stderr.write(`esbuild-redirect: built ${entry} -> ${outfile} with the options of scripts/build.mjs\n`);
  return result;
}
