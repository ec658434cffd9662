// Where the values that problems point at are in the text: one pass of jsonc-parser's visitor over the
// whole document, descending only into the containers on the way to a wanted JSON pointer (a trie of the
// pointers guides it), so a 50 MB file is scanned once and no node tree is ever built.
import { visit } from 'jsonc-parser';
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

interface Frame {
  node: TrieNode | undefined;
  isArray: boolean;
  /** Next item index (lists). */
  index: number;
  /** The last property name read (objects), and its range. */
  key?: string;
  keyRange?: SourceRange;
  /** The open location of this container when it is wanted. */
  open?: { pointer: string; head: SourceRange; key?: SourceRange };
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

function position(offset: number, line: number, character: number): SourcePosition {
  return { offset, line, character };
}

/** A range on one line (tokens never span lines: JSON strings hold no raw line break). */
function tokenRange(offset: number, length: number, line: number, character: number): SourceRange {
  return { start: position(offset, line, character), end: position(offset + length, line, character + length) };
}

/**
 * The location of each wanted pointer (`''` is the root) in one pass over `text`, which must parse. Pointers
 * that name nothing in the text are absent from the result.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, JsonLocation> {
  const root = buildTrie(pointers);
  const found = new Map<string, JsonLocation>();
  const stack: Frame[] = [];

  /** The trie node of a value starting now, and the key range before it. */
  const enter = (): { node: TrieNode | undefined; key?: SourceRange } => {
    if (stack.length === 0) return { node: root };
    const parent = stack[stack.length - 1];
    if (!parent.node?.children) {
      if (parent.isArray) parent.index++;
      return { node: undefined };
    }
    if (parent.isArray) return { node: parent.node.children.get(String(parent.index++)) };
    return { node: parent.key === undefined ? undefined : parent.node.children.get(parent.key), key: parent.keyRange };
  };

  const begin = (isArray: boolean, offset: number, length: number, line: number, character: number): boolean => {
    const { node, key } = enter();
    const head = tokenRange(offset, length, line, character);
    stack.push({ node, isArray, index: 0, open: node?.wanted !== undefined ? { pointer: node.wanted, head, key } : undefined });
    // Nothing wanted inside: the visitor skips the children's callbacks (it still scans them once).
    return node?.children !== undefined;
  };

  const end = (offset: number, length: number, line: number, character: number): void => {
    const frame = stack.pop();
    if (frame?.open) {
      const { pointer, head, key } = frame.open;
      found.set(pointer, { value: { start: head.start, end: position(offset + length, line, character + length) }, key, head });
    }
  };

  visit(text, {
    onObjectBegin: (offset, length, line, character) => begin(false, offset, length, line, character),
    onArrayBegin: (offset, length, line, character) => begin(true, offset, length, line, character),
    onObjectEnd: end,
    onArrayEnd: end,
    onObjectProperty: (property, offset, length, line, character) => {
      const frame = stack[stack.length - 1];
      frame.key = property;
      frame.keyRange = tokenRange(offset, length, line, character);
    },
    onLiteralValue: (_value, offset, length, line, character) => {
      const { node, key } = enter();
      if (node?.wanted === undefined) return;
      const range = tokenRange(offset, length, line, character);
      found.set(node.wanted, { value: range, key, head: range });
    },
  });
  return found;
}
