// Where the cursor is in a sidecar being typed, read from indentation rather than from the syntax tree
// (half-typed YAML does not parse the way it will end up): the path of the enclosing map, whether a key
// or a value is being typed, what is already typed, and the keys already present beside it.

export interface CompletionContext {
  /** Keys from the root to the map being edited; '*' stands for "an item of the sequence". */
  parentPath: string[];
  kind: 'key' | 'value' | 'item';
  /** For a value: the key it belongs to. */
  key?: string;
  /** What is typed so far (without quotes). */
  prefix: string;
  /** Offsets of the text a completion replaces. */
  replaceStart: number;
  replaceEnd: number;
  /** Keys already written in the same map (not to be proposed again). */
  siblingKeys: string[];
}

interface LineShape {
  /** Column of the first `- ` (when the line starts a sequence item). */
  dash?: number;
  /** Column where the key (or the item's scalar) starts. */
  col: number;
  key?: string;
  /** The line is `key:` with nothing after the colon (a parent of the lines below). */
  opensBlock: boolean;
  blank: boolean;
}

const KEY_LINE = /^([^\s#:'"\-[\]{}][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+|$)(.*)$/;

function shapeOf(line: string): LineShape {
  const indent = /^ */.exec(line)![0].length;
  const rest = line.slice(indent);
  if (rest.trim() === '' || rest.startsWith('#')) return { col: indent, opensBlock: false, blank: true };
  let col = indent;
  let body = rest;
  let dash: number | undefined;
  const item = /^-( +|$)/.exec(body);
  if (item) {
    dash = indent;
    col = indent + item[0].length;
    body = body.slice(item[0].length);
  }
  const keyed = KEY_LINE.exec(body);
  if (!keyed) return { dash, col, opensBlock: false, blank: false };
  const value = keyed[2].replace(/\s+#.*$/, '').trim();
  return { dash, col, key: unquote(keyed[1].trim()), opensBlock: value === '' || value === '|' || value === '>', blank: false };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** Walks up from a line to find the chain of parents of a node at `col` (in a map, or a sequence item when `inItem`). */
function parentsAbove(lines: string[], from: number, col: number, inSequence: boolean): { path: string[]; siblings: string[] } {
  const path: string[] = [];
  const siblings: string[] = [];
  let target = col;
  let seq = inSequence;
  let first = true;
  for (let i = from; i >= 0; i--) {
    const shape = shapeOf(lines[i]);
    if (shape.blank) continue;
    if (seq) {
      // Looking for the key that owns a sequence whose dashes are at `target`.
      if (shape.dash === target) continue;
      if (shape.key !== undefined && shape.opensBlock && shape.col <= target) {
        path.push(shape.key);
        if (shape.dash !== undefined) {
          path.push('*');
          target = shape.dash;
          seq = true;
        } else {
          target = shape.col;
          seq = false;
        }
        first = false;
      }
      continue;
    }
    if (shape.col > target) continue;
    if (shape.col === target) {
      if (first && shape.key !== undefined) siblings.push(shape.key);
      if (shape.dash !== undefined) {
        // The first key of the item we are in: the rest of our path is "an item of the sequence".
        path.push('*');
        target = shape.dash;
        seq = true;
        first = false;
      }
      continue;
    }
    // shape.col < target: the parent key (when it opens a block), else the text is malformed here.
    if (shape.key === undefined || !shape.opensBlock) break;
    path.push(shape.key);
    first = false;
    if (shape.dash !== undefined) {
      path.push('*');
      target = shape.dash;
      seq = true;
    } else target = shape.col;
  }
  return { path: path.reverse(), siblings };
}

/** Keys at the same column below the cursor, up to the end of the enclosing block. */
function siblingsBelow(lines: string[], from: number, col: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const shape = shapeOf(lines[i]);
    if (shape.blank) continue;
    if (shape.col < col || (shape.dash !== undefined && shape.dash < col)) break;
    if (shape.col === col && shape.dash === undefined && shape.key !== undefined) keys.push(shape.key);
  }
  return keys;
}

export function completionContextAt(text: string, offset: number): CompletionContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const lineText = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const lines = text.split(/\r?\n/);
  const lineIndex = text.slice(0, lineStart).split('\n').length - 1;
  const before = text.slice(lineStart, offset);
  const indent = /^ */.exec(before)![0].length;
  let col = indent;
  let body = before.slice(indent);
  let dashed = false;
  const item = /^-( +|$)/.exec(body);
  if (item && (item[1] !== '' || body.length > 1)) {
    dashed = true;
    col = indent + item[0].length;
    body = body.slice(item[0].length);
  }
  const keyed = /^([^\s#:'"[\]{}][^:#]*?|"[^"]*"|'[^']*')\s*:\s*/.exec(body);
  if (keyed) {
    // Typing a value: replace from the value's start to the end of the value (before any comment).
    const key = unquote(keyed[1].trim());
    const valueStart = lineStart + col + keyed[0].length;
    const restOfLine = text.slice(valueStart, lineStart + lineText.length);
    const valueText = restOfLine.replace(/\s+#.*$/, '').replace(/\s+$/, '');
    const above = dashed ? parentsAbove(lines, lineIndex - 1, indent, true) : parentsAbove(lines, lineIndex - 1, col, false);
    const parentPath = dashed ? [...above.path, '*'] : above.path;
    return {
      parentPath,
      kind: 'value',
      key,
      // What is typed so far: an opening quote is not part of it.
      prefix: text.slice(valueStart, offset).trim().replace(/^["']/, ''),
      replaceStart: valueStart,
      replaceEnd: Math.max(offset, valueStart + valueText.length),
      siblingKeys: [],
    };
  }
  const typed = body;
  const wordEnd = lineStart + lineText.length;
  const tokenEnd = Math.max(offset, lineStart + col + (/^[^\s:#]*/.exec(text.slice(lineStart + col, wordEnd))?.[0].length ?? 0));
  if (dashed) {
    const above = parentsAbove(lines, lineIndex - 1, indent, true);
    return {
      parentPath: above.path,
      kind: 'item',
      prefix: unquote(typed.trim()),
      replaceStart: lineStart + col,
      replaceEnd: tokenEnd,
      siblingKeys: [],
    };
  }
  const above = parentsAbove(lines, lineIndex - 1, col, false);
  const below = siblingsBelow(lines, lineIndex + 1, col);
  return {
    parentPath: above.path,
    kind: 'key',
    prefix: typed.trim(),
    replaceStart: lineStart + col,
    replaceEnd: tokenEnd,
    siblingKeys: [...above.siblings, ...below],
  };
}
