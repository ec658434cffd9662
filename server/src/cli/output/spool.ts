// Report text held back until it can be written in order (a file whose turn has not come, lines that wait
// for the problems found at the end of their file): in memory up to a budget shared by the whole process,
// then in a temporary file, so that memory stays bounded whatever the size of the reports.
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LineKeys } from './events';

/**
 * Characters of held text kept in memory, all spools together (≈ 2 bytes each); beyond, text goes to disk.
 * Small: writing to and reading back from a temporary file costs little (the second half of a 500k-row
 * file spools ≈ 20 MB of lines: 8 M characters in memory made the peak 191 MB, 2 M made it 177 MB).
 */
let memoryBudget = 2 << 20;
let inMemory = 0;
let spoolCount = 0;

/** Changes the memory budget (tests use a small one to exercise the temporary files). */
export function setSpoolMemoryBudget(chars = 2 << 20): void {
  memoryBudget = chars;
}

/** Files whose name could not be removed while open (Windows): removed when the process exits. */
const named = new Set<string>();

/**
 * Opens a temporary file and removes its name at once where the system allows it (the file lives on
 * through its descriptor): nothing is left behind, even when the run is interrupted.
 */
function openTemporaryFile(): { path: string; fd: number } {
  const name = path.join(tmpdir(), `opendata-lint-${process.pid}-${++spoolCount}-${Math.random().toString(36).slice(2)}`);
  const fd = openSync(name, 'wx+');
  try {
    unlinkSync(name);
  } catch {
    if (named.size === 0) process.once('exit', () => named.forEach((file) => rmSync(file, { force: true })));
    named.add(name);
  }
  return { path: name, fd };
}

/** Where a part of the text lies in the whole file, for a part checked apart (see split/). */
export interface PartShift {
  /** Characters before the part: its keys' offsets start at 0. */
  offset: number;
  /** Row number placeholders (see rowNumbers.ts) and what to add to them. */
  rowNumberTag?: string;
  rowNumberShift?: number;
}

export interface SpoolEntry {
  /** Lines joined by line breaks. */
  text: string;
  keys?: LineKeys;
  rowNumbers?: boolean;
  shift?: PartShift;
}

interface SpoolFile {
  path: string;
  fd: number;
  size: number;
}

interface StoredEntry {
  text?: string;
  /** Where the text lies when it went to disk. */
  file?: SpoolFile;
  at: number;
  bytes: number;
  keys?: LineKeys;
  rowNumbers?: boolean;
  shift?: PartShift;
}

export class Spool {
  private entries: StoredEntry[] = [];
  /** The file this spool writes to, and those of spools it adopted. */
  private files: SpoolFile[] = [];
  private file?: SpoolFile;

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  append(entry: SpoolEntry): void {
    const { text, ...rest } = entry;
    if (inMemory + text.length <= memoryBudget) {
      inMemory += text.length;
      this.entries.push({ text, at: 0, bytes: 0, ...rest });
      return;
    }
    const file = this.openFile();
    const bytes = Buffer.from(text, 'utf8');
    writeSync(file.fd, bytes, 0, bytes.length, file.size);
    this.entries.push({ file, at: file.size, bytes: bytes.length, ...rest });
    file.size += bytes.length;
  }

  /** Moves the entries of another spool (and its files) to the end of this one, with a shift (a part checked apart). */
  adopt(other: Spool, shift: PartShift): void {
    for (const entry of other.entries) this.entries.push({ ...entry, shift });
    this.files.push(...other.files);
    other.entries = [];
    other.files = [];
    other.file = undefined;
  }

  /** The entries in order, read back from disk where they went; the spool is left empty. */
  *take(): Generator<SpoolEntry> {
    const entries = this.entries;
    this.entries = [];
    for (const entry of entries) {
      let text = entry.text;
      if (text === undefined) {
        const file = entry.file as SpoolFile;
        const bytes = Buffer.allocUnsafe(entry.bytes);
        readSync(file.fd, bytes, 0, entry.bytes, entry.at);
        text = bytes.toString('utf8');
      } else inMemory -= text.length;
      yield { text, keys: entry.keys, rowNumbers: entry.rowNumbers, shift: entry.shift };
    }
    this.dispose();
  }

  dispose(): void {
    for (const entry of this.entries) if (entry.text !== undefined) inMemory -= entry.text.length;
    this.entries = [];
    for (const file of this.files) {
      closeSync(file.fd);
      if (named.delete(file.path)) rmSync(file.path, { force: true });
    }
    this.files = [];
    this.file = undefined;
  }

  private openFile(): SpoolFile {
    if (!this.file) {
      this.file = { ...openTemporaryFile(), size: 0 };
      this.files.push(this.file);
    }
    return this.file;
  }
}
