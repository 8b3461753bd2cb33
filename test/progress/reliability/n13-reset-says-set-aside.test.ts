/**
 * N13 (reliability review 2026-12): `reset` moved an unreadable or linked progress file aside
 * without saying so (list, report and status did say). The README promises "you are told".
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { assertBuilt, runCli } from '../../robustness/helpers/cli.js';
import { tempDir } from '../helpers.js';

function configHome(put: (file: string) => void): { home: string; dir: string } {
  const home = tempDir('winlink-n13-');
  const dir = path.join(home, 'winlink-tutor');
  mkdirSync(dir);
  put(path.join(dir, 'config.json'));
  return { home, dir };
}

it.each([
  ['an unreadable file', (file: string) => writeFileSync(file, 'garbage\n'), /not JSON/],
  ['a link to another file', (file: string) => symlinkSync(path.resolve('tsconfig.json'), file), /it is a link to another file/],
])('the repro: `reset 1 --yes` on %s says it was moved aside, and where', (_name, put, reason) => {
  assertBuilt();
  const { home, dir } = configHome(put);
  const result = runCli(['reset', '1', '--yes'], { configHome: home });
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Forgot your progress in /);
  const aside = readdirSync(dir).find((name) => name.startsWith('config.json.corrupt-'));
  expect(aside).toBeDefined();
  expect(result.stderr).toMatch(reason);
  expect(result.stderr).toContain(`so it was moved to ${path.join(dir, aside ?? '')}`);
});
