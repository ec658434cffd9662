// Opens the files the CLI reads: regular files only. A device (/dev/zero, /dev/urandom) never ends, a FIFO
// with no writer blocks the open itself, a socket cannot be opened: the file is opened without blocking and
// checked on its descriptor (what is checked is what is read), and anything else is an error the CLI
// phrases (ENOTREGULAR, engine/problems/messages/ioReasons.ts).
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** A read-only descriptor of a regular file, with its stats; throws EISDIR or ENOTREGULAR otherwise. */
export function openRegularFile(file: string): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A socket cannot be opened (ENXIO): say what it is, not the system's code.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw errno('ENOTREGULAR', 'not a regular file');
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw errno('EISDIR', 'is a directory');
    if (!stats.isFile()) throw errno('ENOTREGULAR', 'not a regular file');
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The whole bytes of a regular file (as readFileSync, but never of a device or a FIFO). */
export function readRegularFile(file: string): Buffer {
  const { fd, stats } = openRegularFile(file);
  try {
    const buffer = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Before an output file named by the user is written: when it exists it must be a regular file (writing
 * to a FIFO with no reader blocks, to a device makes no file). Throws ENOTREGULAR / EISDIR.
 */
export function assertRegularOutput(file: string): void {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return; // a new file
  }
  if (stats.isDirectory()) throw errno('EISDIR', 'is a directory');
  if (!stats.isFile()) throw errno('ENOTREGULAR', 'not a regular file');
}
