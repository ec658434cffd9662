// Turns the scanner's local offsets into SourcePositions (absolute offset, line, character).
import type { SourcePosition, SourceRange } from '../problems/problem';
import type { RowView } from './scanner';

export function cellStartPosition(row: RowView, cell: number): SourcePosition {
  const start = row.cellStart[cell];
  return { offset: row.base + start, line: row.cellLine(cell), character: start - row.cellLineOffset(cell) };
}

export function cellEndPosition(row: RowView, cell: number): SourcePosition {
  const end = row.cellEnd[cell];
  return { offset: row.base + end, line: row.cellEndLine[cell], character: end - row.cellEndLineOffset[cell] };
}

export function cellRange(row: RowView, cell: number): SourceRange {
  return { start: cellStartPosition(row, cell), end: cellEndPosition(row, cell) };
}

/** The whole row, from its first to its last character (terminator excluded). */
export function rowRange(row: RowView): SourceRange {
  const last = Math.max(0, row.cellCount - 1);
  return { start: { offset: row.base + row.start, line: row.line, character: 0 }, end: cellEndPosition(row, last) };
}

/** An empty range just after the row's last cell (where missing cells would go). */
export function rowEndRange(row: RowView): SourceRange {
  const end = cellEndPosition(row, Math.max(0, row.cellCount - 1));
  return { start: end, end };
}

/** Position of any local offset inside the row (slow path: walks line breaks from the containing cell). */
export function positionInRow(row: RowView, offset: number): SourcePosition {
  let cell = 0;
  while (cell + 1 < row.cellCount && row.cellStart[cell + 1] <= offset) cell++;
  let line = row.cellLine(cell);
  let lineOffset = row.cellLineOffset(cell);
  const text = row.text;
  for (let i = row.cellStart[cell]; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineOffset = i + 1;
    }
  }
  return { offset: row.base + offset, line, character: offset - lineOffset };
}

/** A range of `length` characters on one line from a position. */
export function rangeFrom(start: SourcePosition, length: number): SourceRange {
  return { start, end: { offset: start.offset + length, line: start.line, character: start.character + length } };
}

/** Position of an offset in a plain text (for file-level problems outside the row model). */
export function positionInText(text: string, offset: number): SourcePosition {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, character: offset - lineStart };
}
