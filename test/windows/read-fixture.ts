import { readFileSync } from 'node:fs';

/** Reads a captured Windows output from test/fixtures/windows. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/windows/${name}`, import.meta.url), 'utf8');
}
