import * as fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readRegularFile } from '../../src/course/read-regular-file.js';

// fstat's size can be stale (a file still being written): `shrink` makes fstat report fewer bytes.
let shrink = 0;
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, fstatSync: (fd: number) => Object.assign(real.fstatSync(fd), shrink ? { size: Math.max(0, real.fstatSync(fd).size - shrink) } : {}) };
});

const dir = mkdtempSync(path.join(tmpdir(), 'read-regular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytesOf = (length: number) => Buffer.from(Array.from({ length }, (_, index) => (index * 31 + 7) % 256));

describe('readRegularFile', () => {
  it.each([0, 1, 100, 65_535, 65_536, 65_537, 200_000])('reads a file of %i bytes whole', (length) => {
    const file = path.join(dir, `f${length}`);
    writeFileSync(file, bytesOf(length));
    const read = readRegularFile(file, 512 * 1024);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.bytes.equals(bytesOf(length))).toBe(true);
  });

  it('takes a file of exactly the cap and refuses one byte more', () => {
    const file = path.join(dir, 'cap');
    writeFileSync(file, bytesOf(1000));
    expect(readRegularFile(file, 1000).kind).toBe('ok');
    expect(readRegularFile(file, 999)).toEqual({ kind: 'too-large' });
  });

  it.each([1, 2, 70_000, 300_000])('reads all of a file that is %i bytes longer than fstat said, and still keeps the cap', (extra) => {
    const file = path.join(dir, `grew${extra}`);
    writeFileSync(file, bytesOf(100_000 + extra));
    shrink = extra;
    try {
      const read = readRegularFile(file, 512 * 1024);
      expect(read.kind === 'ok' && read.bytes.equals(bytesOf(100_000 + extra))).toBe(true);
      expect(readRegularFile(file, 100_000 + extra - 1)).toEqual({ kind: 'too-large' });
    } finally {
      shrink = 0;
    }
  });

  it('does not read a folder or a device', () => {
    expect(readRegularFile(dir, 1000)).toEqual({ kind: 'not-a-file' });
    if (fs.existsSync('/dev/zero')) expect(readRegularFile('/dev/zero', 1000)).toEqual({ kind: 'not-a-file' });
  });
});
