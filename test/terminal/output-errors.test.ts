import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardOutput } from '../../src/terminal/output-errors.js';

class FakeStream extends EventEmitter {
  readonly written: string[] = [];
  write(text: string) {
    this.written.push(text);
    return true;
  }
}

const errno = (code: string) => Object.assign(new Error(`${code}: failed, write`), { code, syscall: 'write' });

describe('guardOutput', () => {
  it('a closed pipe on stdout ends quietly with the command\'s own code', () => {
    const stdout = new FakeStream();
    const stderr = new FakeStream();
    const guard = guardOutput(stdout, stderr);
    stdout.emit('error', errno('EPIPE'));
    expect(stderr.written).toEqual([]);
    expect(guard.exitCode(0)).toBe(0);
  });

  it('any other stdout failure gives one line on stderr (once) and exit 1', () => {
    const stdout = new FakeStream();
    const stderr = new FakeStream();
    const guard = guardOutput(stdout, stderr);
    stdout.emit('error', errno('ENOSPC'));
    stdout.emit('error', errno('ENOSPC'));
    expect(stderr.written).toEqual(['winlink-tutor: could not write the output (ENOSPC on write).\n']);
    expect(guard.exitCode(0)).toBe(1);
    expect(guard.exitCode(2)).toBe(2);
  });

  it('a failing stderr is swallowed and keeps the code (a usage error stays 2)', () => {
    const stdout = new FakeStream();
    const stderr = new FakeStream();
    const guard = guardOutput(stdout, stderr);
    expect(() => stderr.emit('error', errno('ENOSPC'))).not.toThrow();
    expect(guard.exitCode(2)).toBe(2);
  });
});
