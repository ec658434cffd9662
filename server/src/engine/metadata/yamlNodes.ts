// Finds YAML nodes by their path in the value (a JSON pointer's segments) and the path at an offset,
// so that problems underline the exact key or value and hovers know what they are over.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

export type PathSegment = string | number;

export interface LocatedNode {
  /** The value node (undefined when the key has no value, `frequence:`). */
  value?: Node;
  /** The key node when the last segment is a map key. */
  key?: Node;
  /** How many segments were found: less than the path's length when the path goes past the document. */
  depth: number;
}

/** `/couverture_spatiale/maille` → ['couverture_spatiale', 'maille'] (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function resolved(doc: Document, node: unknown): Node | undefined {
  let current = node;
  // Follow alias chains a bounded number of times (an alias of an alias…).
  for (let i = 0; i < 10 && isAlias(current); i++) current = current.resolve(doc);
  return (current as Node | null | undefined) ?? undefined;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

/** The nodes at a path; aliases are followed (the range is then the anchored node's). */
export function locate(doc: Document, path: readonly PathSegment[]): LocatedNode {
  let value: Node | undefined = resolved(doc, doc.contents);
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    const container = value;
    if (isMap(container)) {
      const pair = container.items.find((p) => keyText(p) === String(segment));
      if (!pair) break;
      key = (pair.key as Node | null) ?? undefined;
      value = resolved(doc, pair.value);
    } else if (isSeq(container)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= container.items.length) break;
      key = undefined;
      value = resolved(doc, container.items[index]);
    } else break;
    depth++;
  }
  return { value, key, depth };
}

/** Start and end offsets of a node's value (without trailing comments and spaces). */
export function nodeSpan(node: Node | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

export interface OffsetContext {
  /** Path of the innermost key or value containing the offset. */
  path: PathSegment[];
  on: 'key' | 'value';
  /** The key or value node under the offset. */
  node: Node;
}

/** What the offset is on: a key (hover shows the property's documentation) or a value. */
export function contextAtOffset(doc: Document, offset: number): OffsetContext | undefined {
  const path: PathSegment[] = [];
  let node: Node | undefined = resolved(doc, doc.contents);
  for (let guard = 0; node && guard < 64; guard++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        return (k?.range && offset >= k.range[0] && offset <= k.range[1]) || (v?.range && offset >= v.range[0] && offset <= v.range[1]);
      });
      if (!pair) return undefined;
      const key = pair.key as Node | null;
      path.push(keyText(pair) ?? '');
      if (key?.range && offset >= key.range[0] && offset <= key.range[1]) return { path, on: 'key', node: key };
      const value = pair.value as Node | null;
      if (!value) return undefined;
      if (isScalar(value) || isAlias(value)) return { path, on: 'value', node: value };
      node = value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => {
        const range = (item as Node | null)?.range;
        return range && offset >= range[0] && offset <= range[1];
      });
      if (index < 0) return undefined;
      path.push(index);
      const item = node.items[index] as Node;
      if (isScalar(item) || isAlias(item)) return { path, on: 'value', node: item };
      node = item;
    } else if (isPair(node)) return undefined;
    else return undefined;
  }
  return undefined;
}
