/**
 * N1, randomized: windows saving in a loop while locks keep appearing that name a live process
 * which is not the holder (a pid reused after a crash: another program, or the pid with another
 * start, or from before a reboot), mixed with dead-pid locks. (A live pid in an earlier
 * release's lock, which proves nothing, is taken over only after a minute: see n1-reused-pid-lock.) Every such lock must be taken over, and taking over must
 * never let two windows in at once. With locks judged by "the pid is alive" alone, the first
 * live-pid lock blocked every window for good.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readlinkSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHelper } from './helpers/bundle.js';

const WINDOWS = 4;
const SAVES = 1000;
let worker = '';
const started: ReturnType<typeof spawn>[] = [];
beforeAll(async () => {
  worker = await bundleHelper('lock-worker');
});
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

describe.skipIf(process.platform !== 'linux')('the progress lock under reused pids', () => {
  it(`${WINDOWS} windows x ${SAVES} saves with reused-pid and dead-pid locks planted at random: all saved, never two holders`, async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'winlink-lock-reuse-')), 'config.json');
    const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
    started.push(sleeper);
    const machine = `${hostname()} ${readlinkSync('/proc/self/ns/pid')}`;
    // Random seed per run, printed so a failure can be replayed.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const planter = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs');
       let state = ${seed} || 1;
       const next = () => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) / 2 ** 32; };
       const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
       const locks = [
         '4194301',                                                   // dead pid, oldest format
         process.pid + ' ${machine} ' + boot + '/1',                  // live pid (not a tutor), another start
         ${sleeper.pid} + ' ${machine} ' + boot + '/' + Math.floor(next() * 1e6), // another live pid, another start
         ${sleeper.pid} + ' ${machine} 00000000-dead-beef-0000-000000000000/5',   // same pid, before a reboot
       ];
       for (;;) {
         try { const fd = fs.openSync(${JSON.stringify(`${file}.lock`)}, 'wx'); fs.writeSync(fd, locks[Math.floor(next() * locks.length)]); fs.closeSync(fd); } catch {}
         const t = Date.now() + 1 + Math.floor(next() * 3); while (Date.now() < t);
       }`,
    ]);
    started.push(planter);
    try {
      const results = await Promise.all(
        Array.from(
          { length: WINDOWS },
          () =>
            new Promise<{ violations: number; busy: number; broken: number }>((resolve, reject) => {
              const child = spawn(process.execPath, [worker, file, String(SAVES), '3000'], { stdio: ['ignore', 'pipe', 'inherit'] });
              started.push(child);
              let out = '';
              child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
              child.on('error', reject);
              child.on('close', () => resolve(JSON.parse(out) as { violations: number; busy: number; broken: number }));
            }),
        ),
      );
      const summary = { seed, results };
      expect(summary.results.map((result) => result.violations), JSON.stringify(summary)).toEqual(Array(WINDOWS).fill(0));
      expect(summary.results.reduce((sum, result) => sum + result.broken, 0), JSON.stringify(summary)).toBe(0);
      // Waiting is fine while another window saves; a lock nobody holds must never block a save for good.
      expect(summary.results.reduce((sum, result) => sum + result.busy, 0), JSON.stringify(summary)).toBeLessThan((WINDOWS * SAVES) / 10);
    } finally {
      planter.kill('SIGKILL');
    }
  }, 180_000);
});
