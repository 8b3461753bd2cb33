// A fake Windows for the system probes: answers by program, reg.exe by the key it is asked for.
import type { CommandOutcome, CommandRunner } from '../../src/windows/command-runner.js';
import type { RecordedCall } from '../windows/fake-runner.js';

export interface FakeWindows {
  readonly powershell?: CommandOutcome;
  readonly whoami?: CommandOutcome;
  readonly cscript?: CommandOutcome;
  /** reg query <key> → outcome (keys as the probes write them, case-insensitive). */
  readonly reg?: Readonly<Record<string, CommandOutcome>>;
}

export function fakeWindows(windows: FakeWindows): { run: CommandRunner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const run: CommandRunner = (file, args, opts) => {
    calls.push({ file, args, timeoutMs: opts.timeoutMs });
    const program = (file.split('\\').pop() ?? file).toLowerCase();
    const answer =
      program === 'reg.exe'
        ? Object.entries(windows.reg ?? {}).find(([key]) => key.toLowerCase() === args[1]?.toLowerCase())?.[1]
        : program === 'powershell.exe' ? windows.powershell : program === 'whoami.exe' ? windows.whoami : program === 'cscript.exe' ? windows.cscript : undefined;
    return answer === undefined ? Promise.reject(new Error(`unexpected ${file} ${args.join(' ')}`)) : Promise.resolve(answer);
  };
  return { run, calls };
}

export const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
