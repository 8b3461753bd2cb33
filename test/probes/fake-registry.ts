// A fake reg.exe over an in-memory registry, printing what the real one prints (header only
// when the key has values, CRLF, errors on stderr and exit 1), and recording each query.
import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';
import { longKeyName } from '../../src/probes/registry-output.js';

export type FakeValue = readonly [type: string, data: string];
/** Full key path (short or long root) → values by name. Parent keys exist implicitly. */
export type FakeRegistry = Readonly<Record<string, Readonly<Record<string, FakeValue>>>>;

export interface FakeRegOptions {
  /** Keys whose query fails as "access denied" (exit 1) although they exist. */
  readonly denied?: readonly string[];
  /** Answer for every query instead (a stub, a timeout). */
  readonly always?: CommandOutcome;
}

const NOT_FOUND: CommandOutcome = { stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n', code: 1, timedOut: false, notFound: false };

export function fakeReg(registry: FakeRegistry, options: FakeRegOptions = {}): { run: CommandRunner; queries: string[] } {
  const keys = new Map<string, { name: string; values: Readonly<Record<string, FakeValue>> }>();
  const add = (name: string, values: Readonly<Record<string, FakeValue>>) => {
    const long = longKeyName(name);
    const existing = keys.get(long.toLowerCase());
    keys.set(long.toLowerCase(), { name: existing?.name ?? long, values: { ...existing?.values, ...values } });
  };
  for (const [key, values] of Object.entries(registry)) {
    const parts = key.split('\\');
    for (let n = 1; n < parts.length; n += 1) add(parts.slice(0, n).join('\\'), {});
    add(key, values);
  }
  const queries: string[] = [];
  const run: CommandRunner = (file, args) => {
    if (!file.toLowerCase().endsWith('\\reg.exe')) return Promise.reject(new Error(`unexpected program ${file}`));
    const [verb, key = ''] = args;
    queries.push(key);
    if (options.always) return Promise.resolve(options.always);
    if (verb !== 'query' || args.length !== 2) return Promise.reject(new Error(`unexpected reg args ${args.join(' ')}`));
    const found = keys.get(longKeyName(key).toLowerCase());
    if (found === undefined) return Promise.resolve(NOT_FOUND);
    if (options.denied?.some((denied) => longKeyName(denied).toLowerCase() === longKeyName(key).toLowerCase())) {
      return Promise.resolve({ ...NOT_FOUND, stderr: 'ERROR: Access is denied.\r\n' });
    }
    const lines = [''];
    const values = Object.entries(found.values);
    if (values.length > 0) {
      lines.push(found.name, ...values.map(([name, [type, data]]) => `    ${name}    ${type}    ${data}`), '');
    }
    const prefix = `${found.name.toLowerCase()}\\`;
    for (const [id, other] of keys) {
      if (id.startsWith(prefix) && !id.slice(prefix.length).includes('\\')) lines.push(other.name);
    }
    return Promise.resolve({ stdout: `${lines.join('\r\n')}\r\n`, stderr: '', code: 0, timedOut: false, notFound: false });
  };
  return { run, queries };
}
