// Offsets in a sidecar's text → the Problem model's positions (0-based line, UTF-16 character).
import type { SourcePosition, SourceRange } from '../problems/problem';
import { lastAtOrBefore } from '../text/sortedSearch';

export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): SourcePosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.lineStarts, at);
    return { offset: at, line, character: at - this.lineStarts[line] };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of a 0-based line and character (clamped to the text). */
  offsetAt(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[Math.max(0, line)] + character, this.text.length);
  }

  /** The whole first line (where file-level problems are shown). */
  firstLine(): SourceRange {
    const end = this.lineStarts.length > 1 ? this.lineStarts[1] - 1 : this.text.length;
    return this.range(0, Math.max(0, end - (this.text.charCodeAt(end - 1) === 13 ? 1 : 0)));
  }
}
