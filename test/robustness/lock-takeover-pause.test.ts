/**
 * The interleaving behind the lock stress test's rare double holders, made deterministic: this
 * process judges a dead-pid lock stale, takes `<lock>.break` and checks the lock, and is then
 * paused (scheduler, SIGSTOP, a slow disk) for 3 s before it removes the lock. With the first
 * breaker design (an empty file, judged stale after 2 s unchanged) a second window broke the
 * live breaker, took over the same stale lock, created its own lock and went in; the paused
 * window then removed that live lock and went in too.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { withFileLock, type LockFs } from '../../src/progress/file-lock.js';
import { sleep } from '../../src/progress/progress-file.js';
import { bundleHelper } from './helpers/bundle.js';

let holder = '';
beforeAll(async () => {
  holder = await bundleHelper('lock-holder');
});

it('a window paused between checking a stale lock and removing it never removes the lock another window took meanwhile', async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'winlink-lock-pause-'));
  const file = path.join(dir, 'config.json');
  const lock = `${file}.lock`;
  const marker = path.join(dir, 'inside');
  fs.writeFileSync(lock, '4194301');

  let other: Promise<{ inside: boolean; error: string }> | undefined;
  let paused = false;
  const pauseOnce = () => {
    if (paused) return;
    paused = true;
    // The other window starts now, finds the same stale lock and our breaker.
    other = new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [holder, file, marker, '1500', '8000'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(JSON.parse(out) as { inside: boolean; error: string }));
    });
    const until = performance.now() + 3000;
    while (performance.now() < until && !fs.existsSync(marker)) sleep(10);
  };
  // Pause right before this window removes (or moves aside) the stale lock it checked.
  const pausing: LockFs = {
    ...fs,
    rmSync: (target, options) => {
      if (String(target) === lock) pauseOnce();
      fs.rmSync(target, options);
    },
    renameSync: (from, to) => {
      if (String(from) === lock) pauseOnce();
      fs.renameSync(from, to);
    },
  };

  let overlap = false;
  withFileLock(file, () => (overlap = fs.existsSync(marker)), 8000, pausing);
  const result = await other;
  expect(paused).toBe(true);
  expect(overlap).toBe(false);
  expect(result).toEqual({ inside: true, error: '' });
}, 30_000);
