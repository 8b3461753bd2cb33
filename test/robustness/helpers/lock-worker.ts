/**
 * Child process for the lock stress test (bundled on the fly): saves in a loop; inside the lock
 * it claims a marker file with O_EXCL, so a second holder at the same moment is caught.
 * Prints one JSON line {violations, busy, broken}. Usage: lock-worker <file> <iterations> [waitMs]
 */
import * as fs from 'node:fs';
import { LockBusyError, withFileLock } from '../../../src/progress/file-lock.js';

const [file = '', iterations = '100', waitMs = '5000'] = process.argv.slice(2);
let violations = 0;
let busy = 0;
let broken = 0;
for (let i = 0; i < Number(iterations); i++) {
  try {
    withFileLock(
      file,
      () => {
        let fd: number;
        try {
          fd = fs.openSync(`${file}.inside`, 'wx');
        } catch {
          violations++;
          return;
        }
        const until = performance.now() + 0.2;
        while (performance.now() < until);
        fs.closeSync(fd);
        fs.rmSync(`${file}.inside`);
      },
      Number(waitMs),
    );
  } catch (error) {
    if (error instanceof LockBusyError) busy++;
    else broken++;
  }
}
process.stdout.write(`${JSON.stringify({ violations, busy, broken })}\n`);
