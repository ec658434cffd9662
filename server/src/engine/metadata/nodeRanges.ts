// Source ranges of a sidecar's keys and values by property path: where each problem is underlined.
import { isMap, type Document } from 'yaml';
import type { SourceRange } from '../problems/problem';
import type { TextPositions } from './textPositions';
import { locate, nodeSpan, type PathSegment } from './yamlNodes';

export class NodeRanges {
  constructor(
    readonly doc: Document,
    readonly positions: TextPositions,
  ) {}

  /** The value at a path; its key when it has no value; the nearest existing ancestor when the path goes past the document. */
  value(segments: readonly PathSegment[]): SourceRange {
    return this.find(segments, 'value');
  }

  /** The key of a property (or, for a sequence item, the item itself). */
  key(segments: readonly PathSegment[]): SourceRange {
    return this.find(segments, 'key');
  }

  /** Whether the path exists in the document. */
  has(segments: readonly PathSegment[]): boolean {
    return locate(this.doc, segments).depth === segments.length;
  }

  private find(segments: readonly PathSegment[], part: 'key' | 'value'): SourceRange {
    if (segments.length === 0) return this.root();
    const found = locate(this.doc, segments);
    const complete = found.depth === segments.length;
    const span = (part === 'key' || !found.value || !complete) && found.key ? nodeSpan(found.key) : nodeSpan(found.value);
    if (span && found.depth > 0) {
      // A block collection's range runs to the next line: end at its last character.
      let end = span[1];
      while (end > span[0] && /\s/.test(this.positions.text[end - 1])) end--;
      return this.positions.range(span[0], end);
    }
    return this.root();
  }

  /** The root object: its first key (something visible), else the first line. */
  root(): SourceRange {
    const root = this.doc.contents;
    if (isMap(root) && root.items.length > 0) {
      const first = nodeSpan((root.items[0].key as never) ?? undefined);
      if (first) return this.positions.range(first[0], first[1]);
    }
    return this.positions.firstLine();
  }
}
