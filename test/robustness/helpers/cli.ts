import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Holds the run's progress (<configHome>/winlink-tutor/) and cache (<configHome>/cache/); a fresh empty folder by default. */
  readonly configHome?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Flags for node itself, e.g. ['--import', preload]. */
  readonly nodeArgs?: readonly string[];
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
}

/** Runs the built CLI the way a pipe would: stdin and stdout are pipes, not a terminal. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const configHome = options.configHome ?? mkdtempSync(path.join(tmpdir(), 'winlink-cli-'));
  // WINLINK_CONFIG_DIR / WINLINK_CACHE_DIR are honoured on every OS (XDG only on Linux).
  const env: NodeJS.ProcessEnv = { ...process.env, WINLINK_CONFIG_DIR: path.join(configHome, 'winlink-tutor'), WINLINK_CACHE_DIR: path.join(configHome, 'cache') };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'WINLINK_DEBUG', 'NODE_OPTIONS', 'WINLINK_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    env: { ...env, ...options.env },
    input: '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Lines a Node stack trace would print. */
export const STACK_LINE = /^ {4}at /m;
