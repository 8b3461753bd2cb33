// Where a keypress's milliseconds go: runs the bare Ink hello-world and winlink-tutor in a pty
// (as `npm run bench` does), presses keys, and prints for each (1) the in-process time from the
// key arriving on stdin to the frame being written, (2) the CPU profile's heaviest functions
// while keys were handled (self time per key). Needs `npm run build` first.
// Usage: node bench/profile-keys.mjs [presses=200] [--readable]; --readable bundles both apps
// unminified (function names in the profile; a little slower). Profiles stay in $TMPDIR/winlink-keyprof-*.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, timeSession } from './pty-timer.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = fileURLToPath(new URL('.', import.meta.url));
const PRESSES = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 200);
const READABLE = process.argv.includes('--readable');
const work = mkdtempSync(join(tmpdir(), 'winlink-keyprof-'));

const helloDir = join(work, 'hello');
mkdirSync(helloDir);
writeFileSync(join(helloDir, 'package.json'), '{ "type": "module" }\n');
const bundle = (entry, outfile, product = false) =>
  execFileSync(process.execPath, ['--import', join(BENCH, 'esbuild-redirect.mjs'), 'scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_ENTRY: entry, BENCH_OUTFILE: outfile, ...(READABLE ? { BENCH_READABLE: '1' } : {}), ...(product ? { BENCH_PRODUCT_BUILD: '1' } : {}) },
  });
bundle(join(BENCH, 'hello.tsx'), join(helloDir, 'hello.js'));
const cli = READABLE ? join(helloDir, 'cli.js') : join(ROOT, 'dist', 'cli.js');
if (READABLE) bundle(join(ROOT, 'src', 'cli.tsx'), cli, true);

const alternate = (a, b) => Array.from({ length: PRESSES / 2 }, () => [a, b]).flat();
const apps = {
  hello: { args: [join(helloDir, 'hello.js')], ready: ['Hello from Ink', 'Third'], presses: alternate(['\u001B[B', /[❯>]\s*Second/], ['\u001B[A', /[❯>]\s*First/]) },
  tutor: { args: [cli, '--lessons-dir', join(ROOT, 'lessons')], ready: ['q quit'], setup: [['\r', 'Step 1 of']], presses: alternate(['n', 'Step 2 of'], ['p', 'Step 1 of']) },
};

// Forward through the whole shipped course: each timed n shows a step not drawn before.
const lessonSteps = JSON.parse(execFileSync(process.execPath, [cli, '--lessons-dir', join(ROOT, 'lessons'), 'list', '--json'], { env: cleanEnv({ XDG_CONFIG_HOME: mkdtempSync(join(work, 'list-')) }), encoding: 'utf8' })).map((lesson) => lesson.steps);
const forward = lessonSteps.flatMap((steps, lesson) => [
  ...Array.from({ length: steps - 1 }, (_, index) => ['n', `Step ${index + 2} of ${steps}`]),
  ...(lesson + 1 < lessonSteps.length ? [['n', 'Enter next lesson', { untimed: true }], ['\r', `Step 1 of ${lessonSteps[lesson + 1]}`, { untimed: true }]] : []),
]);
apps.forward = { ...apps.tutor, presses: forward };

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

for (const [name, app] of Object.entries(apps)) {
  const timing = join(work, `${name}.jsonl`);
  const profile = join(work, `${name}.cpuprofile`);
  const env = cleanEnv({ XDG_CONFIG_HOME: mkdtempSync(join(work, 'config-')), KEY_TIMING_FILE: timing, KEY_PROFILE: profile });
  const result = await timeSession({ file: process.execPath, args: ['--import', join(BENCH, 'key-timing.mjs'), ...app.args], cwd: ROOT, env, ready: app.ready, setup: app.setup, presses: app.presses, quit: 'q' });
  const timed = [...(app.setup ?? []).map(() => false), ...app.presses.map((press) => !press[2]?.untimed), false];
  const events = readFileSync(timing, 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((_, index) => timed[index]);
  const first = events.filter((event) => event.writes.length).map((event) => event.writes[0].at);
  const last = events.filter((event) => event.writes.length).map((event) => event.writes.at(-1).at + event.writes.at(-1).took);
  const bytes = events.map((event) => event.writes.reduce((sum, w) => sum + w.bytes, 0));
  console.log(`\n== ${name}: ${events.length} keys; pty key->redraw median ${median(result.pressMs).toFixed(2)} ms`);
  console.log(`   in-process stdin->first write ${median(first).toFixed(2)} ms, ->last write done ${median(last).toFixed(2)} ms, writes/key ${median(events.map((e) => e.writes.length))}, bytes/key ${median(bytes)}`);
  summarise(JSON.parse(readFileSync(profile, 'utf8')), timed.length);
}
console.log(`\nprofiles and timings: ${work}`);

function summarise(profile, keys) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName) && node.callFrame.functionName === '(idle)') return;
    busy += dt;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  const top = (map, count) => [...map].sort((x, y) => y[1] - x[1]).slice(0, count).map(([name, ms]) => `   ${(ms / keys).toFixed(3).padStart(7)} ms/key  ${name}`);
  console.log(`   busy (not idle) ${(busy / keys).toFixed(2)} ms/key. Self time:`);
  console.log(top(self, 18).join('\n'));
  console.log('   Inclusive time:');
  console.log(top(total, 30).join('\n'));
}
