// Report text held back until it can be written in order (a file whose turn has not come, lines that wait
// for the problems found at the end of their file): in memory up to a budget shared by the whole process,
// then in a temporary file, so that memory stays bounded whatever the size of the reports.
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LineKeys } from './events';

/**
 * Characters of held text kept in memory by the spools of a run, all together (≈ 2 bytes each); beyond,
 * text goes to disk. Small: writing to and reading back from a temporary file costs little (≈ 20 MB of
 * report lines for half a 500k-row file: 8 M characters in memory made the peak 191 MB, 2 M made it 177 MB).
 */
export class SpoolMemory {
  used = 0;
  constructor(readonly budget = 2 << 20) {}
}

/** The budget of the process's spools (a test gives its own, small, to exercise the temporary files). */
const processMemory = new SpoolMemory();
let spoolCount = 0;

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

export interface SpoolEntry {
  /** Lines joined by line breaks. */
  text: string;
  keys?: LineKeys;
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
}

export class Spool {
  constructor(private readonly memory = processMemory) {}

  private entries: StoredEntry[] = [];
  /** The temporary file this spool writes to, once memory is short. */
  private file?: SpoolFile;

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  append(entry: SpoolEntry): void {
    const { text, ...rest } = entry;
    const memory = this.memory;
    if (memory.used + text.length <= memory.budget) {
      memory.used += text.length;
      this.entries.push({ text, at: 0, bytes: 0, ...rest });
      return;
    }
    const file = this.openFile();
    const bytes = Buffer.from(text, 'utf8');
    writeSync(file.fd, bytes, 0, bytes.length, file.size);
    this.entries.push({ file, at: file.size, bytes: bytes.length, ...rest });
    file.size += bytes.length;
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
      } else this.memory.used -= text.length;
      yield { text, keys: entry.keys };
    }
    this.dispose();
  }

  dispose(): void {
    for (const entry of this.entries) if (entry.text !== undefined) this.memory.used -= entry.text.length;
    this.entries = [];
    const file = this.file;
    if (file) {
      closeSync(file.fd);
      if (named.delete(file.path)) rmSync(file.path, { force: true });
    }
    this.file = undefined;
  }

  private openFile(): SpoolFile {
    this.file ??= { ...openTemporaryFile(), size: 0 };
    return this.file;
  }
}
