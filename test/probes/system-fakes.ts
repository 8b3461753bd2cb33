// A fake Windows for the system probes: answers by program, reg.exe by the key it is asked for.
import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';
import type { RecordedCall } from '../windows/fake-runner.js';
import { fakeReg, type FakeRegistry } from './fake-registry.js';

export interface FakeWindows {
  readonly powershell?: CommandOutcome;
  readonly whoami?: CommandOutcome;
  readonly cscript?: CommandOutcome;
  /** `whoami /user /fo csv /nh` (the other whoami calls get `whoami`). */
  readonly whoamiUser?: CommandOutcome;
  /** reg query <key> → outcome (keys as the probes write them, case-insensitive). */
  readonly reg?: Readonly<Record<string, CommandOutcome>>;
  /** Keys not in `reg` are answered by a fake reg.exe over this registry (when given). */
  readonly registry?: FakeRegistry;
}

export function fakeWindows(windows: FakeWindows): { run: CommandRunner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const registry = windows.registry === undefined ? null : fakeReg(windows.registry);
  const run: CommandRunner = (file, args, opts) => {
    calls.push({ file, args, timeoutMs: opts.timeoutMs });
    const program = (file.split('\\').pop() ?? file).toLowerCase();
    const whoami = args[0] === '/user' ? windows.whoamiUser : windows.whoami;
    const answer =
      program === 'reg.exe'
        ? Object.entries(windows.reg ?? {}).find(([key]) => key.toLowerCase() === args[1]?.toLowerCase())?.[1]
        : program === 'powershell.exe' ? windows.powershell : program === 'whoami.exe' ? whoami : program === 'cscript.exe' ? windows.cscript : undefined;
    if (answer === undefined && program === 'reg.exe' && registry !== null) return registry.run(file, args, opts);
    return answer === undefined ? Promise.reject(new Error(`unexpected ${file} ${args.join(' ')}`)) : Promise.resolve(answer);
  };
  return { run, calls };
}

export const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
