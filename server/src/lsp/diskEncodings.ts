// The encoding of each open document's file on disk, read once per change of the file (its size and time),
// and what the editor's text says about how it was decoded: a Windows-1252 file shown as UTF-8 holds U+FFFD
// where its accents were, and one save would write them for good (engine/table/fileEncoding.ts).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { editorEncodingVerdict, type EditorEncodingVerdict, type FileEncodingFacts, FileEncodingProbe } from '../engine';
import { filePathOf } from './sidecarService';

/**
 * Bytes read at most to tell a file's encoding. A file valid UTF-8 that far is taken for UTF-8: a byte of
 * Windows-1252 past it is a rarity, and reading 250 MB at each change of a national file is not.
 */
const MAX_PROBE_BYTES = 64 << 20;
const CHUNK_BYTES = 1 << 20;

interface KnownFile {
  mtimeMs: number;
  size: number;
  facts: FileEncodingFacts;
}

export class DiskEncodings {
  private readonly files = new Map<string, KnownFile>();
  private readonly verdicts = new Map<string, { version: number; facts: FileEncodingFacts; verdict: EditorEncodingVerdict }>();

  /** The encoding of the file behind a `file:` URI, or undefined (another scheme, no such file, unreadable). */
  factsFor(uri: string): FileEncodingFacts | undefined {
    const file = filePathOf(uri);
    if (!file) return undefined;
    try {
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) return undefined;
      const known = this.files.get(uri);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.facts;
      const facts = probeFile(file);
      this.files.set(uri, { mtimeMs: stat.mtimeMs, size: stat.size, facts });
      return facts;
    } catch {
      return undefined;
    }
  }

  /**
   * What the document's text (its pieces, for a version) says about how its file was decoded; undefined
   * when it has no file on disk. The text is only read when the file is not UTF-8, once per version.
   */
  verdictFor(uri: string, version: number, pieces: () => Iterable<string>): EditorEncodingVerdict | undefined {
    const facts = this.factsFor(uri);
    if (!facts) return undefined;
    if (facts.encoding === 'utf-8') return { kind: 'utf-8' };
    const known = this.verdicts.get(uri);
    if (known && known.version === version && known.facts === facts) return known.verdict;
    const verdict = editorEncodingVerdict(facts, pieces());
    this.verdicts.set(uri, { version, facts, verdict });
    return verdict;
  }

  forget(uri: string): void {
    this.files.delete(uri);
    this.verdicts.delete(uri);
  }
}

function probeFile(file: string): FileEncodingFacts {
  const probe = new FileEncodingProbe();
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(file, 'r');
  try {
    let position = 0;
    for (;;) {
      if (position >= MAX_PROBE_BYTES) return probe.result({ truncated: true });
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, position);
      if (read === 0) break;
      position += read;
      if (!probe.push(buffer.subarray(0, read))) break;
    }
  } finally {
    closeSync(fd);
  }
  return probe.result();
}
