import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type RegularFileRead =
  | { readonly kind: 'ok'; readonly bytes: Buffer }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large' };

/**
 * Reads a file only if it is a regular file of at most `maxBytes`. A FIFO or a device named like
 * a lesson (or put at the cache's path) must neither block (O_NONBLOCK: opening a FIFO without a
 * writer returns at once) nor be read without end (a link to /dev/zero reports size 0): the type
 * is checked on the open descriptor and at most `maxBytes + 1` bytes are ever read. Links to
 * regular files are followed on purpose (a course may link its lessons). Windows has neither the
 * flag nor FIFOs. Errors from open/read (ENOENT, EACCES, ...) are thrown to the caller.
 */
export function readRegularFile(file: string, maxBytes: number): RegularFileRead {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-a-file' };
    if (stats.size > maxBytes) return { kind: 'too-large' };
    // The size can change after fstat (a file still being written): read up to the cap, not to it.
    // The first buffer holds the size fstat gave and one byte more, so the usual file takes one
    // allocation of its own size (a large course reads hundreds) and a last read that returns 0.
    const parts: Buffer[] = [];
    let total = 0;
    let part = Buffer.allocUnsafe(Math.min(maxBytes + 1, stats.size + 1));
    let filled = 0;
    for (;;) {
      const read = readSync(fd, part, filled, part.length - filled, null);
      filled += read;
      total += read;
      if (total > maxBytes) return { kind: 'too-large' };
      if (read === 0) {
        parts.push(part.subarray(0, filled));
        return { kind: 'ok', bytes: parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, total) };
      }
      if (filled === part.length) {
        // It grew: keep what we have and go on in steps of 64 KiB.
        parts.push(part);
        part = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, 64 * 1024));
        filled = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
}
