// CPU time to the first frame, two programs compared pair by pair (A B A B ...). Wall time on a
// shared machine mostly measures the scheduler; the CPU a process used until its first frame is
// written (all its threads, from /proc/<pid>/task/*/schedstat, in ns) is far steadier, and the
// ratio of each A/B pair cancels the machine's drift. The process is killed once the frame is
// there (a warm-up run of each, ended with q, fills the caches first). Usage:
//   node bench/cpu-first-frame.mjs [--pairs 10] [--ready TEXT]... -- A_CMD ARGS... --vs B_CMD ARGS...
// The first frame is there when the output (escapes stripped) holds any of the --ready texts (a
// frame's last line; default: the menu footer's `q quit`).
// Prints each side's median CPU and wall ms and the median (min-max) of the pair ratios A/B.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from '@lydell/node-pty';
import { cleanEnv, stripAnsi } from './pty-timer.mjs';

const argv = process.argv.slice(2);
let pairs = 10;
const ready = [];
while (argv[0] !== '--') {
  const flag = argv.shift();
  if (flag === '--pairs') pairs = Number(argv.shift());
  else if (flag === '--ready') ready.push(argv.shift());
  else throw new Error(`unknown option ${flag}`);
}
argv.shift();
const split = argv.indexOf('--vs');
if (split < 1) throw new Error('usage: ... -- A_CMD ARGS... --vs B_CMD ARGS...');
const commands = { A: argv.slice(0, split), B: argv.slice(split + 1) };
const expected = ready.length > 0 ? ready : ['q quit'];

function cpuNs(pid) {
  let total = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return total;
}

/**
 * `warm`: quit with q after the frame and wait for the exit, so Node writes its compile cache.
 * Each side has its own cache folder: two builds sharing one would each find the other's lesson
 * cache (keyed by build) and parse the whole course again on every run.
 */
function once(side, [file, ...args], warm = false) {
  return new Promise((resolve, reject) => {
    let raw = '';
    let done = false;
    const start = performance.now();
    const env = cleanEnv({ XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'cpu-ff-')), XDG_CACHE_HOME: join(tmpdir(), `cpu-ff-cache-${side}`) });
    const pty = spawn(file, args, { name: 'xterm-256color', cols: 80, rows: 24, env });
    const timer = setTimeout(() => {
      pty.kill('SIGKILL');
      reject(new Error(`${file}: no first frame within 30 s:\n${stripAnsi(raw).slice(-800)}`));
    }, 30_000);
    pty.onData((data) => {
      raw += data;
      if (!done && expected.some((text) => stripAnsi(raw).includes(text))) {
        done = true;
        const wall = performance.now() - start;
        const cpu = cpuNs(pty.pid) / 1e6;
        clearTimeout(timer);
        if (!warm) {
          pty.kill('SIGKILL');
          resolve({ cpu, wall });
          return;
        }
        const stop = setTimeout(() => pty.kill('SIGKILL'), 10_000);
        pty.onExit(() => {
          clearTimeout(stop);
          resolve({ cpu, wall });
        });
        setTimeout(() => pty.write('q'), 200);
      }
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
};

// Warm-up, ended with q: caches filled (a killed process never writes Node's compile cache), files
// in the page cache.
await once('A', commands.A, true);
await once('B', commands.B, true);
const results = { A: [], B: [] };
for (let pair = 0; pair < pairs; pair++) {
  for (const side of pair % 2 === 0 ? ['A', 'B'] : ['B', 'A']) results[side].push(await once(side, commands[side]));
}
const ratios = results.A.map((a, index) => a.cpu / results.B[index].cpu);
for (const side of ['A', 'B']) {
  console.log(`${side}: cpu ${median(results[side].map((r) => r.cpu)).toFixed(0)} ms, wall ${median(results[side].map((r) => r.wall)).toFixed(0)} ms  (${commands[side].join(' ')})`);
}
console.log(`A/B cpu: ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}), ${pairs} pairs`);
