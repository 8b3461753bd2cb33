import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { sayEnglish } from '../../src/i18n/say.js';
import { createRegistryReader } from '../../src/probes/registry-reader.js';
import type { CommandOutcome } from '../../src/windows/command-runner.js';
import { fakeReg, type FakeRegistry } from './fake-registry.js';

const REG = 'C:\\Windows\\System32\\reg.exe';
const ADV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo';
const REGISTRY: FakeRegistry = {
  [ADV]: { Enabled: ['REG_DWORD', '0x0'] },
  'HKCU\\Software\\Policies\\Microsoft': {},
};

function reader(registry: FakeRegistry, options = {}) {
  const fake = fakeReg(registry, options);
  return { reader: createRegistryReader({ run: fake.run, regExe: REG, timeoutMs: 1000 }), queries: fake.queries };
}

describe('createRegistryReader', () => {
  it('reads a value, querying its key once however many values are read', async () => {
    const { reader: r, queries } = reader(REGISTRY);
    expect(await r.value(ADV, 'Enabled')).toEqual({ kind: 'value', value: { type: 'REG_DWORD', data: '0x0' } });
    expect(await r.value(ADV, 'enabled')).toMatchObject({ kind: 'value' });
    expect(await r.value(ADV, 'Id')).toEqual({ kind: 'absent' });
    expect(queries).toEqual([ADV]);
  });

  it('proves a missing key absent through the first ancestor that lists its children', async () => {
    const { reader: r, queries } = reader(REGISTRY);
    const key = 'HKCU\\Software\\Policies\\Microsoft\\Windows\\AdvertisingInfo';
    expect(await r.value(key, 'DisabledByGroupPolicy')).toEqual({ kind: 'absent' });
    // Policies\Microsoft is empty (reg.exe prints nothing), so its own parent must confirm it exists.
    expect(queries).toEqual([key, 'HKCU\\Software\\Policies\\Microsoft\\Windows', 'HKCU\\Software\\Policies\\Microsoft', 'HKCU\\Software\\Policies']);
  });

  it('does not call a key absent when its parent lists it but it cannot be read (access denied)', async () => {
    const { reader: r } = reader(REGISTRY, { denied: [ADV] });
    const read = await r.value(ADV, 'Enabled');
    expect(read.kind).toBe('unknown');
  });

  it('reads an existing key with no values and no subkeys (blank output) only when its parent lists it', async () => {
    const { reader: r } = reader({ 'HKCU\\Software\\Empty': {} });
    expect(await r.value('HKCU\\Software\\Empty', 'X')).toEqual({ kind: 'absent' });
  });

  const cases: [string, CommandOutcome][] = [
    ['a stub that prints nothing and exits 0', { stdout: '', stderr: '', code: 0, timedOut: false, notFound: false }],
    ["Wine's whoami-like noise", { stdout: 'VM\\root\r\n', stderr: '', code: 0, timedOut: false, notFound: false }],
    ['a timeout', { stdout: '', stderr: '', code: null, timedOut: true, notFound: false }],
    ['no reg.exe', { stdout: '', stderr: '', code: null, timedOut: false, notFound: true }],
    ['exit 1 everywhere (nothing proves absence)', { stdout: '', stderr: 'ERROR', code: 1, timedOut: false, notFound: false }],
    ['another exit code', { stdout: '', stderr: '', code: 5, timedOut: false, notFound: false }],
  ];
  it.each(cases)('answers unknown, never a value or absent, for %s', async (_name, outcome) => {
    const { reader: r } = reader(REGISTRY, { always: outcome });
    const read = await r.value(ADV, 'Enabled');
    expect(read.kind).toBe('unknown');
    expect(read.kind === 'unknown' && sayEnglish(read.reason).length).toBeGreaterThan(5);
  });

  it('turns a runner that throws into unknown', async () => {
    const r = createRegistryReader({ run: () => Promise.reject(new Error('boom')), regExe: REG, timeoutMs: 10 });
    expect((await r.value(ADV, 'Enabled')).kind).toBe('unknown');
  });

  it('runs at most `concurrency` reg.exe processes at a time', async () => {
    let running = 0;
    let peak = 0;
    const fake = fakeReg(REGISTRY);
    const r = createRegistryReader({
      regExe: REG, timeoutMs: 10, concurrency: 2,
      run: async (file, args, opts) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return fake.run(file, args, opts);
      },
    });
    await Promise.all(['A', 'B', 'C', 'D', 'E'].map((name) => r.value(`HKCU\\Software\\${name}`, 'X')));
    expect(peak).toBe(2);
  });
});

describe('registry tools blocked by a policy (review U3)', () => {
  // "Prevent access to registry editing tools": every reg query exits 1 with a localized message.
  const disabled = { stdout: '', stderr: 'ERROR: Registry editing has been disabled by your administrator.\r\n', code: 1, timedOut: false, notFound: false };

  it('reg.exe failing on every key, HKCU itself included, says blocked by a policy', async () => {
    const reader = createRegistryReader({ run: () => Promise.resolve(disabled), regExe: 'C:\\Windows\\System32\\reg.exe', timeoutMs: 100 });
    expect(inEnglish(await reader.value('HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo', 'Enabled')))
      .toEqual({ kind: 'unknown', reason: 'reg.exe could not read even HKCU: registry tools are blocked by a policy on this PC.', blocked: true });
  });

  it('reg.exe refused at start (AppLocker) says so too', async () => {
    const reader = createRegistryReader({ run: () => Promise.resolve({ ...disabled, code: null, stderr: '', blocked: true }), regExe: 'C:\\Windows\\System32\\reg.exe', timeoutMs: 100 });
    expect(inEnglish(await reader.value('HKLM\\SOFTWARE', 'x'))).toEqual({ kind: 'unknown', reason: 'reg.exe could not start: it is blocked by a policy on this PC.', blocked: true });
  });
});
