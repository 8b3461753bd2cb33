// `npm run bench` (builds dist/cli.js first). Method: bench/README.md and BENCHMARKS.md.
// Measures, side by side in one process: (a) `node -e` printing a line, (b) a bare Ink
// hello-world bundled with the product's esbuild options, (c) winlink-tutor. Interleaved rounds
// (a, b, c, ... rotated every round) so machine noise hits all of them alike; round 0 is a
// discarded warm-up. Prints a table and PASS/FAIL per target, writes bench/results.json.
// Exit code 0 whenever everything could be measured (even if targets are missed), 1 otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateCourse } from './generate-course.mjs';
import { buildLinuxExe, ensureNode24 } from './node24.mjs';
import { installFootprint, packSummary } from './package-size.mjs';
import { cleanEnv, timeSession } from './pty-timer.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = fileURLToPath(new URL('.', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
// What `npx winlink-tutor` runs: turns on the compile cache, then imports dist/cli.js.
// (Builds from before dist/start.js existed are measured through dist/cli.js.)
const START = existsSync(join(ROOT, 'dist', 'start.js')) ? join(ROOT, 'dist', 'start.js') : join(ROOT, 'dist', 'cli.js');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
const PRESS_PAIRS = 2; // per run: 4 timed presses x 15 runs = 60 samples per app
const FORWARD_LESSONS = 2;
const FRAME_MS = 1000 / 30; // Ink's default maxFps is 30
const KEY = { enter: '\r', down: '\u001B[B', up: '\u001B[A' };

const log = (line = '') => process.stdout.write(`${line}\n`);

function buildHello(dir) {
  mkdirSync(dir, { recursive: true });
  // Same module type as the product's dist/cli.js (a .js file in a "type": "module" package).
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const outfile = join(dir, 'hello.js');
  execFileSync(process.execPath, ['--import', join(BENCH, 'esbuild-redirect.mjs'), 'scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BENCH_ENTRY: join(BENCH, 'hello.tsx'), BENCH_OUTFILE: outfile },
  });
  if (!existsSync(outfile)) throw new Error('building bench/hello.tsx produced no output');
  return outfile;
}

function stats(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q) => {
    const pos = (sorted.length - 1) * q;
    const low = Math.floor(pos);
    return sorted[low] + (sorted[Math.ceil(pos)] - sorted[low]) * (pos - low);
  };
  return { n: sorted.length, median: at(0.5), p10: at(0.1), p90: at(0.9), min: sorted[0], max: sorted.at(-1) };
}

function alternating(first, second) {
  return Array.from({ length: PRESS_PAIRS }, () => [first, second]).flat();
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run bench\` (it builds first)`);
  const work = mkdtempSync(join(tmpdir(), 'winlink-bench-'));
  try {
    return await measure(work, started, loadBefore);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(work, started, loadBefore) {
  log('building the bare Ink hello-world with the options of scripts/build.mjs ...');
  const hello = buildHello(join(work, 'hello'));
  const node24 = ensureNode24(ROOT, log);
  const node24Version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  log(`building the linux-x64 executable with scripts/build-exe.mjs on Node ${node24Version} ...`);
  const exe = buildLinuxExe(ROOT, node24);
  // --lang comes with the translations; measured only when this build's CLI accepts it.
  const langDe = spawnSync(process.execPath, [CLI, '--lang', 'de', '--version'], { stdio: 'ignore', env: cleanEnv() }).status === 0;
  log(langDe ? 'the CLI accepts --lang de: measuring it' : 'the CLI does not accept --lang yet: --lang de not measurable');
  const courseDir = join(work, 'course');
  const course = generateCourse(courseDir, { lessons: 500, steps: 40 });
  log(`generated ${course.lessons} lessons x ${course.steps} steps (${(course.bytes / 1e6).toFixed(1)} MB); validating ...`);
  execFileSync(process.execPath, [CLI, 'validate', courseDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  // Forward through the first FORWARD_LESSONS lessons of the shipped course: every timed key
  // (n) shows a step this process has not drawn before, so no cache has seen its lines.
  const listed = JSON.parse(execFileSync(process.execPath, [CLI, 'list', '--json'], { env: cleanEnv({ XDG_CONFIG_HOME: mkdtempSync(join(work, 'list-')) }), encoding: 'utf8' }));
  const lessonSteps = listed
    .slice(0, FORWARD_LESSONS)
    .map((lesson) => lesson.steps);
  const forward = lessonSteps.flatMap((steps, lesson) => [
    ...Array.from({ length: steps - 1 }, (_, index) => ['n', `Step ${index + 2} of ${steps}`]),
    ...(lesson + 1 < lessonSteps.length ? [['n', 'Enter next lesson', { untimed: true }], ['\r', `Step 1 of ${lessonSteps[lesson + 1]}`, { untimed: true }]] : []),
  ]);

  let configs = 0;
  // Progress starts empty every run; the cache folder (parsed lessons, Node's compile cache, the
  // executable's unpacked files) is the bench's own and warm after round 0, as on a user's second start.
  const cacheHome = join(work, 'cache');
  const freshConfig = () => cleanEnv({ XDG_CONFIG_HOME: mkdtempSync(join(work, `config-${configs++}-`)), XDG_CACHE_HOME: cacheHome });
  const menu = [/\d+ of \d+ lessons done/, 'q quit'];
  // In any language: the last lesson's line and the progress bar (the frame is written at once).
  const anyLanguageMenu = [`${listed.length}. `, '░'];
  const variants = {
    a: { label: 'a) node -e', file: process.execPath, args: ['-e', "console.log('ready')"], ready: ['ready'], env: cleanEnv },
    b: {
      label: 'b) bare Ink',
      file: process.execPath,
      args: [hello],
      ready: ['Hello from Ink', 'Third'],
      presses: alternating([KEY.down, /[❯>]\s*Second/], [KEY.up, /[❯>]\s*First/]),
      quit: 'q',
      env: cleanEnv,
    },
    c: {
      label: 'c) winlink-tutor',
      file: process.execPath,
      args: [START],
      ready: menu,
      setup: [[KEY.enter, 'Step 1 of']],
      presses: alternating(['n', 'Step 2 of'], ['p', 'Step 1 of']),
      quit: 'q',
      env: freshConfig,
    },
    fwd: { label: 'c) forward through new steps', file: process.execPath, args: [CLI], ready: menu, setup: [[KEY.enter, 'Step 1 of']], presses: forward, quit: 'q', env: freshConfig },
    big: { label: 'tutor, 500x40 course', file: process.execPath, args: [CLI, '--lessons-dir', courseDir], ready: menu, quit: 'q', env: freshConfig, timeoutMs: 60_000 },
    version: { label: 'tutor --version', file: process.execPath, args: [CLI, '--version'], ready: [version], env: cleanEnv },
    a24: { label: 'a) node -e', file: node24, args: ['-e', "console.log('ready')"], ready: ['ready'], env: cleanEnv },
    b24: { label: 'b) bare Ink', file: node24, args: [hello], ready: ['Hello from Ink', 'Third'], presses: alternating([KEY.down, /[❯>]\s*Second/], [KEY.up, /[❯>]\s*First/]), quit: 'q', env: cleanEnv },
    c24: { label: 'c) winlink-tutor', file: node24, args: [START], ready: menu, setup: [[KEY.enter, 'Step 1 of']], presses: alternating(['n', 'Step 2 of'], ['p', 'Step 1 of']), quit: 'q', env: freshConfig },
    exe: { label: 'linux-x64 executable', file: exe, args: [], ready: menu, quit: 'q', env: freshConfig },
  };
  if (langDe) variants.de24 = { label: 'tutor --lang de', file: node24, args: [START, '--lang', 'de'], ready: anyLanguageMenu, quit: 'q', env: freshConfig };
  // Japanese: text that is not simple (wide characters), so string-width and ICU are needed.
  if (langDe) variants.ja24 = { label: 'tutor --lang ja', file: node24, args: [START, '--lang', 'ja'], ready: anyLanguageMenu, quit: 'q', env: freshConfig };
  if (existsSync('/usr/bin/time')) {
    // `node -e` exits before /proc/<pid>/status can be read: let GNU time report its max RSS.
    variants.aRss = { ...variants.a, label: 'a) under /usr/bin/time', file: '/usr/bin/time', args: ['-f', '%M', '-o', join(work, 'a-rss.txt'), process.execPath, ...variants.a.args] };
  }

  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, { firstFrameMs: [], pressMs: [], peakRssKb: [], exitCodes: [] }]));
  for (let round = 0; round <= RUNS; round++) {
    process.stdout.write(round === 0 ? 'round 0 (warm-up, discarded)' : ` ${round}`);
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      const { env, ...options } = variants[name];
      const result = await timeSession({ ...options, cwd: ROOT, env: env() });
      if (round === 0) continue;
      const into = samples[name];
      into.firstFrameMs.push(result.firstFrameMs);
      into.pressMs.push(...result.pressMs);
      into.exitCodes.push(result.exitCode);
      if (name === 'aRss') into.peakRssKb.push(Number(readFileSync(join(work, 'a-rss.txt'), 'utf8').trim()));
      else if (result.peakRssKb !== null) into.peakRssKb.push(result.peakRssKb);
    }
  }
  log('');

  log('measuring the package (npm pack, npm install of the tarball) ...');
  const pack = packSummary(ROOT);
  const install = installFootprint(ROOT);

  const s = Object.fromEntries(
    names.map((name) => [
      name,
      {
        firstFrameMs: stats(samples[name].firstFrameMs),
        pressMs: samples[name].pressMs.length ? stats(samples[name].pressMs) : null,
        peakRssKb: samples[name].peakRssKb.length ? stats(samples[name].peakRssKb) : null,
      },
    ]),
  );
  if (!s.b.peakRssKb || !s.c.peakRssKb) throw new Error('peak RSS unavailable: /proc/<pid>/status (VmHWM) could not be read');
  const rssA = s.aRss?.peakRssKb ?? null;
  // The tutor's bundle is dist/app.js, run by its small loader dist/cli.js (older builds: cli.js alone).
  const APP = join(ROOT, 'dist', 'app.js');
  const bundles = { b: fileSize(hello), c: fileSize(CLI) + (existsSync(APP) ? fileSize(APP) : 0) };

  const ratio = (x, y) => (x && y ? x / y : null);
  const ttffCB = ratio(s.c.firstFrameMs.median, s.b.firstFrameMs.median);
  const ttffCA = ratio(s.c.firstFrameMs.median, s.a.firstFrameMs.median);
  const pressBudget = s.b.pressMs.median + FRAME_MS;
  const pressCB = ratio(s.c.pressMs.median, s.b.pressMs.median);
  const forwardCB = ratio(s.fwd.pressMs.median, s.b.pressMs.median);
  const rssCB = ratio(s.c.peakRssKb?.median, s.b.peakRssKb?.median);
  const rssCA = ratio(s.c.peakRssKb?.median, rssA?.median);
  const bigC = ratio(s.big.firstFrameMs.median, s.c.firstFrameMs.median);
  // Node 24 (issue 24): the same programs, and the executable built from that Node.
  const n24 = {
    ttffCA: ratio(s.c24.firstFrameMs.median, s.a24.firstFrameMs.median),
    ttffCB: ratio(s.c24.firstFrameMs.median, s.b24.firstFrameMs.median),
    pressCB: ratio(s.c24.pressMs.median, s.b24.pressMs.median),
    rssCB: ratio(s.c24.peakRssKb?.median, s.b24.peakRssKb?.median),
    exeA: ratio(s.exe.firstFrameMs.median, s.a24.firstFrameMs.median),
    deC: s.de24 ? ratio(s.de24.firstFrameMs.median, s.c24.firstFrameMs.median) : null,
    jaC: s.ja24 ? ratio(s.ja24.firstFrameMs.median, s.c24.firstFrameMs.median) : null,
  };
  const targets = [
    { name: 'Node 24: first frame c/a <= 4', value: n24.ttffCA, pass: n24.ttffCA <= 4, shown: `${n24.ttffCA.toFixed(2)}x` },
    { name: 'Node 24: first frame c/b <= 0.8', value: n24.ttffCB, pass: n24.ttffCB <= 0.8, shown: `${n24.ttffCB.toFixed(2)}x` },
    { name: 'linux-x64 executable (Node 24): first frame / node -e <= 3', value: n24.exeA, pass: n24.exeA <= 3, shown: `${n24.exeA.toFixed(2)}x` },
    { name: 'first frame c/b <= 1.2', value: ttffCB, pass: ttffCB <= 1.2, shown: `${ttffCB.toFixed(2)}x` },
    { name: `keypress->redraw median c <= b + 1 frame (${pressBudget.toFixed(1)} ms)`, value: s.c.pressMs.median, pass: s.c.pressMs.median <= pressBudget, shown: `${s.c.pressMs.median.toFixed(1)} ms` },
    { name: 'keypress->redraw median c/b <= 1.5', value: pressCB, pass: pressCB <= 1.5, shown: `${pressCB.toFixed(2)}x` },
    { name: 'peak RSS c/b <= 1.3', value: rssCB, pass: rssCB <= 1.3, shown: `${rssCB.toFixed(2)}x` },
    { name: 'npx installs <= 3 packages', value: install.packages, pass: install.packages <= 3, shown: `${install.packages} (${install.names.join(', ')})` },
    { name: `first frame, ${course.lessons}x${course.steps} course / shipped <= 1.5`, value: bigC, pass: bigC <= 1.5, shown: `${bigC.toFixed(2)}x` },
  ];

  const fmt = (st, digits = 0, scale = 1) => (st ? `${(st.median / scale).toFixed(digits)} (${(st.p10 / scale).toFixed(digits)}-${(st.p90 / scale).toFixed(digits)})` : 'n/a');
  const x = (value) => (value === null ? 'n/a' : `${value.toFixed(2)}x`);
  const rows = [
    ['', 'a) node -e', 'b) bare Ink', 'c) winlink-tutor', 'c/b', 'c/a'],
    ['first frame, ms', fmt(s.a.firstFrameMs), fmt(s.b.firstFrameMs), fmt(s.c.firstFrameMs), x(ttffCB), x(ttffCA)],
    ['keypress->redraw, ms', 'n/a', fmt(s.b.pressMs, 1), fmt(s.c.pressMs, 1), x(ratio(s.c.pressMs.median, s.b.pressMs.median)), 'n/a'],
    ['peak RSS, MB', fmt(rssA, 1, 1024), fmt(s.b.peakRssKb, 1, 1024), fmt(s.c.peakRssKb, 1, 1024), x(rssCB), x(rssCA)],
    ['bundle, kB', 'n/a', (bundles.b / 1024).toFixed(0), (bundles.c / 1024).toFixed(0), x(ratio(bundles.c, bundles.b)), 'n/a'],
  ];
  const rows24 = [
    [`Node ${node24Version}`, 'a) node -e', 'b) bare Ink', 'c) winlink-tutor', 'c/b', 'c/a'],
    ['first frame, ms', fmt(s.a24.firstFrameMs), fmt(s.b24.firstFrameMs), fmt(s.c24.firstFrameMs), x(n24.ttffCB), x(n24.ttffCA)],
    ['keypress->redraw, ms', 'n/a', fmt(s.b24.pressMs, 1), fmt(s.c24.pressMs, 1), x(n24.pressCB), 'n/a'],
    ['peak RSS, MB', 'n/a', fmt(s.b24.peakRssKb, 1, 1024), fmt(s.c24.peakRssKb, 1, 1024), x(n24.rssCB), 'n/a'],
  ];
  const table = (lines) => {
    const widths = lines[0].map((_, col) => Math.max(...lines.map((row) => row[col].length)));
    for (const row of lines) log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  '));
  };
  log('');
  log(`median (p10-p90); ${RUNS} runs each, ${s.b.pressMs.n} keypresses each; node ${process.version} and ${node24Version}, ${cpus().length} CPUs, load ${loadBefore.map((v) => v.toFixed(2)).join(' ')}`);
  rows[0][0] = `Node ${process.version}`;
  table(rows);
  log('');
  table(rows24);
  log(`linux-x64 executable (Node ${node24Version}): first frame ${fmt(s.exe.firstFrameMs)} ms, ${x(n24.exeA)} node -e; peak RSS ${fmt(s.exe.peakRssKb, 1, 1024)} MB`);
  log(s.de24 ? `tutor --lang de (Node ${node24Version}): first frame ${fmt(s.de24.firstFrameMs)} ms, ${x(n24.deC)} the English start` : 'tutor --lang de: not measurable yet (this CLI does not accept --lang)');
  if (s.ja24) log(`tutor --lang ja (Node ${node24Version}): first frame ${fmt(s.ja24.firstFrameMs)} ms, ${x(n24.jaC)} the English start`);
  log('');
  log(`tutor, forward through new steps (lessons 1-${FORWARD_LESSONS}, n on each step, ${s.fwd.pressMs.n} keypresses): keypress->redraw ${fmt(s.fwd.pressMs, 1)} ms, ${x(forwardCB)} bare Ink`);
  log(`tutor with ${course.lessons}x${course.steps} lessons (${(course.bytes / 1e6).toFixed(1)} MB): first frame ${fmt(s.big.firstFrameMs)} ms, peak RSS ${fmt(s.big.peakRssKb, 1, 1024)} MB`);
  log(`tutor --version (loads the bundle, no Ink render): ${fmt(s.version.firstFrameMs)} ms`);
  log(`package: tarball ${(pack.tarballBytes / 1024).toFixed(0)} kB, unpacked ${(pack.unpackedBytes / 1024).toFixed(0)} kB in ${pack.files} files; installed: ${install.packages} package(s), ${(install.installedBytes / 1024).toFixed(0)} kB`);
  log('');
  for (const target of targets) log(`${target.pass ? 'PASS' : 'FAIL'}  ${target.name}: ${target.shown}`);
  const seconds = (performance.now() - started) / 1000;
  const loadAfter = loadavg();
  log(`\n${seconds.toFixed(0)} s; load average after: ${loadAfter.map((v) => v.toFixed(2)).join(' ')}. Results: bench/results.json`);

  const odd = names.filter((name) => samples[name].exitCodes.some((code) => code !== 0));
  if (odd.length) log(`note: non-zero exit codes from ${odd.join(', ')}`);
  writeFileSync(
    join(BENCH, 'results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { node: process.version, platform: process.platform, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadBefore, loadAfter },
        runs: RUNS,
        seconds,
        course: { ...course },
        stats: s,
        ratios: { pressCB, forwardCB, firstFrameCB: ttffCB, firstFrameCA: ttffCA, rssCB, rssCA, bigCourseVsShipped: bigC, pressBudgetMs: pressBudget, node24: n24 },
        node24: node24Version,
        bundles,
        pack,
        install,
        targets,
        samples,
      },
      null,
      2,
    )}\n`,
  );
  return 0;
}

function fileSize(path) {
  return statSync(path).size;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`\nbench: could not measure: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error?.stderr) process.stderr.write(String(error.stderr));
    process.exitCode = 1;
  },
);
