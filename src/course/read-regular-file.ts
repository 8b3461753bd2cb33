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
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const part = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, Math.max(stats.size - total, 0) + 64 * 1024));
      const read = readSync(fd, part, 0, part.length, null);
      if (read === 0) return { kind: 'ok', bytes: parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, total) };
      parts.push(part.subarray(0, read));
      total += read;
      if (total > maxBytes) return { kind: 'too-large' };
    }
  } finally {
    closeSync(fd);
  }
}
