import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

beforeAll(() => {
  assertBuilt();
});

describe('the built CLI with a damaged lesson cache', () => {
  it('a cache of the right build whose entries have the wrong shape: list still works, and the cache is rewritten', () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'winlink-cache-'));
    const env = { WINLINK_CACHE_DIR: path.join(cacheHome, 'winlink-tutor') };
    const first = runCli(['list'], { env });
    expect(first.code).toBe(0);
    const folder = path.join(cacheHome, 'winlink-tutor');
    const [name] = readdirSync(folder).filter((file) => file.startsWith('lessons-'));
    const file = path.join(folder, name ?? '');
    // The cache file: one line of JSON, then the lessons' bytes.
    const header = (bytes: Buffer) => JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(0x0a))) as unknown;
    const bytes = readFileSync(file);
    const data = header(bytes) as { entries: Record<string, { parsed: unknown }> };
    for (const entry of Object.values(data.entries)) entry.parsed = { lesson: { id: 'x', steps: 'oops' } };
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(data)), bytes.subarray(bytes.indexOf(0x0a))]));

    for (let run = 0; run < 2; run++) {
      const result = runCli(['list'], { env });
      expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
      expect(result).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
    }
    const rewritten = header(readFileSync(file)) as { entries: Record<string, { parsed: { lesson: { steps: unknown } } }> };
    for (const entry of Object.values(rewritten.entries)) expect(Array.isArray(entry.parsed.lesson.steps)).toBe(true);
  });
});
