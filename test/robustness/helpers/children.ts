import { spawn } from 'node:child_process';

export interface ChildRun {
  /** Highest `saved <n>` the child printed (0 if none): that save had returned. */
  readonly lastSaved: number;
  readonly savedAt: readonly number[];
  readonly notices: readonly string[];
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface KillPlan {
  /** Kill this many ms after the child's first save returned… */
  readonly afterFirstSave?: number;
  /** …or this many ms after it was spawned (it may still be starting up). */
  readonly afterSpawn?: number;
}

export interface ChildOptions {
  readonly kill?: KillPlan;
  readonly env?: NodeJS.ProcessEnv;
  /** Called once when the child prints `ready`. */
  readonly onReady?: () => void;
}

/** Runs `node script ...args`; with a kill plan, SIGKILLs it at that moment. */
export function runChild(script: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const { kill = {}, env = process.env, onReady } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const killLater = (ms: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    if (kill.afterSpawn !== undefined) killLater(kill.afterSpawn);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const wasReady = stdout.includes('ready\n');
      stdout += chunk;
      if (!wasReady && stdout.includes('ready\n')) onReady?.();
      if (kill.afterFirstSave !== undefined && stdout.includes('saved ')) killLater(kill.afterFirstSave);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split('\n');
      const saves = lines.filter((line) => line.startsWith('saved ')).map((line) => line.split(' ').map(Number));
      resolve({
        lastSaved: Math.max(0, ...saves.map(([, step]) => step ?? 0)),
        savedAt: saves.map(([, , at]) => at ?? 0),
        notices: lines.filter((line) => line.startsWith('notice ')),
        stderr,
        code,
        signal,
      });
    });
  });
}
