// Review U3: "Prevent access to registry editing tools" stops reg.exe; the same keys are then read
// through PowerShell's registry provider, one process per batch of keys, proven like reg.exe's.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.js';
import { said } from '../../src/probes/sentence.js';
import { createProber } from '../../src/probes/prober.js';
import { keyAnswerFrom, REGISTRY_ANSWER, registryScript } from '../../src/probes/powershell-registry.js';
import { longKeyName } from '../../src/probes/registry-output.js';
import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';
import { ok } from '../windows/fake-runner.js';
import type { FakeRegistry } from './fake-registry.js';

const DISABLED: CommandOutcome = { stdout: '', stderr: 'ERROR: Registry editing has been disabled by your administrator.\r\n', code: 1, timedOut: false, notFound: false };

/** PowerShell answering the registry script from an in-memory registry, in the script's line shape. */
function fakePowerShell(registry: FakeRegistry): { run: CommandRunner; scripts: string[] } {
  const keys = new Map<string, Record<string, readonly [string, string]>>();
  for (const [key, values] of Object.entries(registry)) {
    const parts = longKeyName(key).split('\\');
    for (let n = 1; n < parts.length; n += 1) if (!keys.has(parts.slice(0, n).join('\\').toLowerCase())) keys.set(parts.slice(0, n).join('\\').toLowerCase(), {});
    keys.set(longKeyName(key).toLowerCase(), { ...values });
  }
  const scripts: string[] = [];
  const run: CommandRunner = (file, args) => {
    const program = file.split('\\').pop()?.toLowerCase();
    if (program === 'reg.exe') return Promise.resolve(DISABLED);
    if (program !== 'powershell.exe') return Promise.reject(new Error(`unexpected ${file}`));
    const script = args.at(-1) ?? '';
    scripts.push(script);
    const asked = [...(/foreach \(\$k in @\((.*?)\)\)/.exec(script)?.[1] ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
    const lines = asked.map((key) => {
      const values = keys.get(key.toLowerCase());
      const read = values === undefined
        ? { error: 'ItemNotFoundException', id: 'PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand' }
        : {
            values: Object.entries(values).map(([name, [type, data]]) => ({ name, type, data })),
            subkeys: [...keys.keys()].filter((other) => other.startsWith(`${key.toLowerCase()}\\`) && !other.slice(key.length + 1).includes('\\')).map((other) => other.slice(key.length + 1)),
          };
      return JSON.stringify({ answer: REGISTRY_ANSWER, key, read });
    });
    return Promise.resolve(ok(`${lines.join('\r\n')}\r\n`));
  };
  return { run, scripts };
}

describe('registry through PowerShell when reg.exe is blocked', () => {
  const registry: FakeRegistry = {
    'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\AdvertisingInfo': { Enabled: ['REG_DWORD', '0x0'] },
    'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
    'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  };

  it('privacy is read through PowerShell: values, and absences proven by the parent key', async () => {
    const { run, scripts } = fakePowerShell(registry);
    const prober = createProber({ platform: 'win32', run, release: '10.0.22631' });
    expect(await prober.read('privacy.advertising-id')).toMatchObject({ value: 'off' });
    const readings = await prober.privacy();
    expect(readings.find((reading) => reading.id === 'language-list')?.state).toBe('default');
    // Keys asked together share a PowerShell process: one per reader here, not one per key.
    expect(scripts.length).toBeLessThanOrEqual(2);
  });

  it('a stub PowerShell proves nothing: unknown, never "never changed"', () => {
    const NONE = said('probe.psRegistry.keyLeftOut');
    expect(inEnglish(keyAnswerFrom([], 'HKCU\\Software', said('probe.psRegistry.noAnswer')))).toEqual({ kind: 'unknown', reason: 'PowerShell did not read the registry (it printed no answer).' });
    const denied = { answer: REGISTRY_ANSWER, key: 'HKEY_CURRENT_USER\\Software', read: { error: 'SecurityException', id: 'System.Security.SecurityException' } };
    expect(inEnglish(keyAnswerFrom([denied], 'HKCU\\Software', NONE))).toEqual({ kind: 'unknown', reason: 'HKCU\\Software exists but could not be read.' });
    expect(keyAnswerFrom([{ ...denied, read: { error: 'ItemNotFoundException', id: 'PathNotFound' } }], 'HKCU\\Software', NONE)).toEqual({ kind: 'absent' });
    expect(keyAnswerFrom([{ ...denied, read: { values: [{ name: 'x', type: 'REG_WHAT', data: '' }], subkeys: [] } }], 'HKCU\\Software', NONE)).toMatchObject({ kind: 'unknown' });
  });

  it('its script is read-only and CLM-safe (no method calls, no double quotes)', () => {
    const script = registryScript(['HKEY_CURRENT_USER\\Software\\It\'s']);
    expect(script).not.toContain('"');
    expect(script).toContain("'HKEY_CURRENT_USER\\Software\\It''s'");
    expect(new Set([...script.matchAll(/\.([A-Za-z]+)\(/g)].map((match) => match[1]))).toEqual(new Set(['ToCharArray']));
    for (const writer of ['Set-', 'New-', 'Remove-', ']::']) expect(script).not.toContain(writer);
  });
});
