/**
 * N1 (reliability review 2026-12): a lock left by a window killed mid-save, whose pid now
 * belongs to another live process (after a reboot, or a pid recycled; even this tutor's own),
 * blocked every save forever and blamed "another winlink-tutor". A lock must prove that its
 * holder is still the process that took it, and the message must say what to do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { holderIdentity, LockBusyError, withFileLock } from '../../../src/progress/file-lock.js';
import { sleep } from '../../../src/progress/progress-file.js';
import { bundleHelper } from '../../robustness/helpers/bundle.js';
import { assertBuilt, CLI } from '../../robustness/helpers/cli.js';
import { idleProcesses, tempDir } from '../helpers.js';

const processes = idleProcesses();
let holder = '';
beforeAll(async () => {
  holder = await bundleHelper('lock-holder');
});
afterAll(() => {
  processes.stopAll();
});

/** Any live process that is not a winlink-tutor: what a reused pid points at. */
const otherLiveProcess = (): number => processes.start();

const namespace = () => readlinkSync('/proc/self/ns/pid');

describe.skipIf(process.platform !== 'linux')('N1: a lock whose pid was reused', () => {
  it('the lock a window killed mid-save leaves is taken over at once, although its pid now belongs to a live process', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const marker = path.join(dir, 'inside');
    const child = spawn(process.execPath, [holder, file, marker, '60000', '8000'], { stdio: 'ignore' });
    processes.track(child);
    const until = Date.now() + 15_000;
    while (!existsSync(marker) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    const left = readFileSync(`${file}.lock`, 'utf8');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // The pid is handed to another process: the lock still names it.
    writeFileSync(`${file}.lock`, left.replace(/^\d+/, String(otherLiveProcess())));
    expect(withFileLock(file, () => 'saved', 1000)).toBe('saved');
  }, 30_000);

  it("a lock naming this very process (the repro's own-pid case) is a leftover: this process never waits for itself", () => {
    const file = path.join(tempDir(), 'config.json');
    writeFileSync(`${file}.lock`, `${process.pid} ${hostname()} ${namespace()}`);
    expect(withFileLock(file, () => 'saved', 1000)).toBe('saved');
    writeFileSync(`${file}.lock`, holderIdentity(process.pid));
    expect(withFileLock(file, () => 'saved', 1000)).toBe('saved');
  });

  it('the repro: `reset 1 --yes` started by the process whose pid the lock names succeeds', () => {
    assertBuilt();
    const configHome = tempDir('winlink-n1-');
    const lock = path.join(configHome, 'winlink-tutor', 'config.json.lock');
    const script = `mkdir -p "${path.dirname(lock)}"; printf "%s %s %s" $$ "$(hostname)" "$(readlink /proc/self/ns/pid)" > "${lock}"; exec "${process.execPath}" "${CLI}" reset 1 --yes`;
    const result = spawnSync('bash', ['-c', script], { env: { ...process.env, XDG_CONFIG_HOME: configHome }, encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('a live holder that proves it is the process that took the lock is waited for', () => {
    const file = path.join(tempDir(), 'config.json');
    const pid = otherLiveProcess();
    writeFileSync(`${file}.lock`, holderIdentity(pid));
    // The same English message as before; LockBusyError now also carries the sentence users read.
    expect(() => withFileLock(file, () => 'saved', 50)).toThrow(LockBusyError);
    expect(() => withFileLock(file, () => 'saved', 50)).toThrow(new RegExp(`^another winlink-tutor \\(process ${pid}\\) is saving$`));
  });

  it('a lock that cannot prove its holder (an earlier release wrote no start) says which file to remove, and is taken over after a minute watched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    const pid = otherLiveProcess();
    writeFileSync(`${file}.lock`, `${pid} ${hostname()} ${namespace()}`);
    expect(() => withFileLock(file, () => 'saved', 50)).toThrow(/^remove config\.json\.lock from .+ if no other winlink-tutor is open \(it is held by process \d+\)$/);
    // This process's own clock, not file times, measures the watch: let it run fast.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 400));
    try {
      expect(withFileLock(file, () => 'saved', 120_000)).toBe('saved');
    } finally {
      clock.mockRestore();
    }
    sleep(1);
  });
});
