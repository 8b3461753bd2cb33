/**
 * Child process for the takeover-pause test (bundled on the fly): saves again and again, like a
 * window with a pending change, until it gets the lock (for up to <waitMs>); then creates
 * <marker> while inside, holds the lock for <holdMs>, and leaves.
 * Prints one JSON line {inside, error} (error: the last failed try, if it never got in).
 * Usage: lock-holder <file> <marker> <holdMs> <waitMs>
 */
import * as fs from 'node:fs';
import { withFileLock } from '../../../src/progress/file-lock.js';
import { sleep } from '../../../src/progress/progress-file.js';

const [file = '', marker = '', holdMs = '0', waitMs = '0'] = process.argv.slice(2);
let inside = false;
let error = '';
const deadline = performance.now() + Number(waitMs);
while (!inside && performance.now() < deadline) {
  try {
    error = '';
    withFileLock(
    file,
      () => {
        inside = true;
        fs.writeFileSync(marker, String(process.pid));
        sleep(Number(holdMs));
        fs.rmSync(marker, { force: true });
      },
      100,
    );
  } catch (caught) {
    error = String(caught);
  }
}
process.stdout.write(`${JSON.stringify({ inside, error })}\n`);
