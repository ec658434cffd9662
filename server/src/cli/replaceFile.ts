// Replaces a file's bytes for `check --fix`, as an editor saving it would: the file a link points to is the
// one written (the link stays a link), its mode and owner are kept, a hard-linked file is written in place
// (every name sees the fix), a file its user cannot write (or read-only, 0444, even for root) is refused.
// The new bytes go first to a hidden temporary file beside it, complete and fsynced, then renamed over the
// file; a temporary file is removed on every exit we can catch (an error, SIGINT, SIGTERM, SIGHUP).
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, ftruncateSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';

/** How a file was written, when it was not the plain temporary file + rename. */
export type ReplaceNote = 'in-place-hard-link' | 'in-place-owner';

/** Temporary files being written, removed if the process is stopped meanwhile. */
const pending = new Set<string>();

function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  // The conventional exit status of a process stopped by a signal.
  process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
}

let guarded = 0;

/**
 * Turns the temporary-file guard on until the returned function is called (`check --fix` keeps it on for
 * its whole run). A signal cannot interrupt our synchronous writes through a JavaScript handler, only through
 * its default action, which would leave the temporary file; with the guard, it waits for the write to end
 * (the fix loop yields between files), then what is left is removed and the process exits.
 */
export function guardTemporaryFiles(): () => void {
  if (guarded++ === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', removePending);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--guarded === 0) {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      process.off('exit', removePending);
    }
  };
}

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, written);
}

/** Writes `bytes` over `file` (see the header); returns how, when not by a rename. Errors are errno codes (EREADONLY: read-only). */
export function replaceFile(file: string, bytes: Uint8Array): ReplaceNote | undefined {
  {
    const target = realpathSync.native(file);
    const stats = statSync(target);
    if (!stats.isFile()) throw errno('ENOTREGULAR', 'not a regular file');
    // A file nobody may write is refused, even by root, who could (its owner made it read-only on purpose).
    if ((stats.mode & 0o222) === 0) throw errno('EREADONLY', 'read-only file');
    accessSync(target, constants.W_OK);
    const dir = path.dirname(target);
    const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.fix.tmp`);
    pending.add(temporary);
    try {
      const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      let ownerKept = true;
      try {
        writeAll(fd, bytes);
        fchmodSync(fd, stats.mode & 0o7777);
        const uid = typeof process.getuid === 'function' ? process.getuid() : stats.uid;
        const gid = typeof process.getgid === 'function' ? process.getgid() : stats.gid;
        if (stats.uid !== uid || stats.gid !== gid) {
          try {
            fchownSync(fd, stats.uid, stats.gid);
            // chown clears the set-user-ID and set-group-ID bits: set the mode again.
            fchmodSync(fd, stats.mode & 0o7777);
          } catch {
            ownerKept = false;
          }
        }
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // A hard-linked file, or one whose owner a new file could not keep: the new bytes are written into the
      // file itself, now that a complete copy is safe on the disk (the temporary file, removed after).
      if (stats.nlink > 1 || !ownerKept) {
        const inPlace = openSync(target, constants.O_WRONLY);
        try {
          writeAll(inPlace, bytes);
          ftruncateSync(inPlace, bytes.length);
          fsyncSync(inPlace);
        } finally {
          closeSync(inPlace);
        }
        unlinkSync(temporary);
        pending.delete(temporary);
        return stats.nlink > 1 ? 'in-place-hard-link' : 'in-place-owner';
      }
      renameSync(temporary, target);
      pending.delete(temporary);
      syncFolder(dir);
      return undefined;
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written, or the rename already moved it.
      }
      pending.delete(temporary);
      throw error;
    }
  }
}

/** The rename is durable once the folder is synced (not possible everywhere: Windows). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}
