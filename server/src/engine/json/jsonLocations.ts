// Where the values that problems point at are in the text: one pass over the document that descends only
// into the containers on the way to a wanted JSON pointer (a trie of the pointers guides it) and skips the
// others by searching for their brackets, so a 50 MB file is read once and no node tree is ever built.
import type { SourcePosition, SourceRange } from '../problems/problem';

export interface JsonLocation {
  /** The whole value (an object or a list from its opening to its closing bracket). */
  value: SourceRange;
  /** The property name before the value, quotes included (absent for list items and the root). */
  key?: SourceRange;
  /** The value's first token: its opening bracket, or the whole literal. */
  head: SourceRange;
}

interface TrieNode {
  children?: Map<string, TrieNode>;
  /** Set when a pointer ends here. */
  wanted?: string;
}

/** `/a/b~1c/0` → ['a', 'b/c', '0']. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function buildTrie(pointers: Iterable<string>): TrieNode {
  const root: TrieNode = {};
  for (const pointer of pointers) {
    let node = root;
    for (const segment of pointerSegments(pointer)) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = {};
        node.children.set(segment, child);
      }
      node = child;
    }
    node.wanted = pointer;
  }
  return root;
}

/** Offsets of a location, turned into positions once all are known. */
interface Offsets {
  start: number;
  end: number;
  headEnd: number;
  keyStart?: number;
  keyEnd?: number;
}

/** The next character that opens or closes a string or a container. */
const STRUCTURE = /["{}[\]]/g;

/**
 * A scanner of valid JSON (the text parsed already) that walks into the containers on the way to a wanted
 * pointer and skips every other value at the speed of a regular expression search: a 50 MB DECP with an
 * error in every 10th contract is read once, in a fraction of what a tokenizer takes.
 */
class PointerScanner {
  private i = 0;
  readonly found = new Map<string, Offsets>();

  constructor(private readonly text: string) {}

  private skipBlanks(): void {
    const text = this.text;
    let c = text.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++this.i);
  }

  /** From an opening quote to after the closing one (a quote after an odd run of backslashes is escaped). */
  private skipString(): void {
    const text = this.text;
    let from = this.i + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) {
        this.i = text.length;
        return;
      }
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) {
        this.i = quote + 1;
        return;
      }
      from = quote + 1;
    }
  }

  private readKey(): string {
    const start = this.i;
    this.skipString();
    const raw = this.text.slice(start + 1, this.i - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, this.i)) as string) : raw;
  }

  /** Skips one value: a string, a whole container, or a literal. */
  private skipValue(): void {
    const text = this.text;
    const c = text.charCodeAt(this.i);
    if (c === 34) return this.skipString();
    if (c !== 123 && c !== 91) {
      // A number, true, false or null: up to the next separator or blank.
      let d = c;
      while (this.i < text.length && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 10 && d !== 13 && d !== 9) d = text.charCodeAt(++this.i);
      return;
    }
    let depth = 0;
    for (;;) {
      STRUCTURE.lastIndex = this.i;
      const match = STRUCTURE.exec(text);
      if (!match) {
        this.i = text.length;
        return;
      }
      this.i = match.index;
      const d = text.charCodeAt(this.i);
      if (d === 34) {
        this.skipString();
        continue;
      }
      this.i++;
      if (d === 123 || d === 91) depth++;
      else if (--depth === 0) return;
    }
  }

  /** Reads the value at the cursor, guided by its trie node. */
  value(node: TrieNode | undefined, keyStart?: number, keyEnd?: number): void {
    const text = this.text;
    const start = this.i;
    const c = text.charCodeAt(start);
    if (!node?.children || (c !== 123 && c !== 91)) {
      this.skipValue();
    } else if (c === 123) {
      this.i++;
      this.skipBlanks();
      while (text.charCodeAt(this.i) === 34) {
        const at = this.i;
        const key = this.readKey();
        const afterKey = this.i;
        this.skipBlanks();
        this.i++; // the colon
        this.skipBlanks();
        this.value(node.children.get(key), at, afterKey);
        this.skipBlanks();
        if (text.charCodeAt(this.i) !== 44) break;
        this.i++;
        this.skipBlanks();
      }
      this.i++; // the closing brace
    } else {
      this.i++;
      this.skipBlanks();
      let index = 0;
      while (this.i < text.length && text.charCodeAt(this.i) !== 93) {
        this.value(node.children.get(String(index++)));
        this.skipBlanks();
        if (text.charCodeAt(this.i) !== 44) break;
        this.i++;
        this.skipBlanks();
      }
      this.i++; // the closing bracket
    }
    if (node?.wanted !== undefined) {
      const container = c === 123 || c === 91;
      this.found.set(node.wanted, { start, end: this.i, headEnd: container ? start + 1 : this.i, keyStart, keyEnd });
    }
  }

  run(root: TrieNode): void {
    this.skipBlanks();
    this.value(root);
  }
}

const LINE_BREAK = /\r\n?|\n/g;

/**
 * The end of the line break at or after `from` (`\n`, `\r\n` or a lone `\r`, as LSP counts lines), or -1. One
 * search for either character: looking for each apart went to the end of the text for the one a file never
 * has, at every line (seconds on a pretty-printed file of a few MB).
 */
function nextBreakEnd(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  const found = LINE_BREAK.exec(text);
  return found ? found.index + found[0].length : -1;
}

/** Positions of many offsets in one sweep over the line breaks (offsets sorted first). */
function positionsOf(text: string, offsets: number[]): Map<number, SourcePosition> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, SourcePosition>();
  let line = 0;
  let lineStart = 0;
  let next = nextBreakEnd(text, 0);
  for (const offset of sorted) {
    // A break ending at or before the offset starts the offset's line (an offset inside `\r\n` stays on its line).
    while (next >= 0 && next <= offset) {
      line++;
      lineStart = next;
      next = nextBreakEnd(text, lineStart);
    }
    out.set(offset, { offset, line, character: offset - lineStart });
  }
  return out;
}

/**
 * The location of each wanted pointer (`''` is the root) in one pass over `text`, which must be valid JSON
 * (JSON.parse read it). Pointers that name nothing in the text are absent from the result.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, JsonLocation> {
  const scanner = new PointerScanner(text);
  scanner.run(buildTrie(pointers));
  const offsets: number[] = [];
  for (const o of scanner.found.values()) {
    offsets.push(o.start, o.end, o.headEnd);
    if (o.keyStart !== undefined && o.keyEnd !== undefined) offsets.push(o.keyStart, o.keyEnd);
  }
  const at = positionsOf(text, offsets);
  const range = (start: number, end: number): SourceRange => ({ start: at.get(start)!, end: at.get(end)! });
  const found = new Map<string, JsonLocation>();
  for (const [pointer, o] of scanner.found) {
    found.set(pointer, {
      value: range(o.start, o.end),
      head: range(o.start, o.headEnd),
      key: o.keyStart !== undefined && o.keyEnd !== undefined ? range(o.keyStart, o.keyEnd) : undefined,
    });
  }
  return found;
}
