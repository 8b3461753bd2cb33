import { describe, expect, it } from 'vitest';
import { renameWithRetry } from '../../src/progress/progress-file.js';

/** A renameSync that fails with `code` the first `failures` times. */
function flaky(code: string, failures: number) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    renameSync: () => {
      calls++;
      if (calls <= failures) throw Object.assign(new Error(`${code}: busy`), { code });
    },
  };
}

describe('saving while another program holds the file (Windows)', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename that fails with %s, and the save lands', (code) => {
    const fs = flaky(code, 3);
    renameWithRetry('a.tmp', 'a', fs, 'win32');
    expect(fs.calls).toBe(4);
  });

  it('gives up after a few tries with the real error', () => {
    const fs = flaky('EBUSY', 100);
    expect(() => renameWithRetry('a.tmp', 'a', fs, 'win32')).toThrow(/EBUSY/);
    expect(fs.calls).toBe(8);
  });

  it('does not retry elsewhere, nor other errors', () => {
    expect(() => renameWithRetry('a.tmp', 'a', flaky('EPERM', 1), 'linux')).toThrow(/EPERM/);
    const full = flaky('ENOSPC', 1);
    expect(() => renameWithRetry('a.tmp', 'a', full, 'win32')).toThrow(/ENOSPC/);
    expect(full.calls).toBe(1);
  });
});
