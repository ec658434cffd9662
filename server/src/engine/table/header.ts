// Reads just the header row of a text: labels and the range they cover (for decisions made before validation).
import type { SourceRange } from '../problems/problem';
import { sniffDialect, type Dialect } from './dialect';
import { cellEndPosition } from './positions';
import { CsvScanner } from './scanner';

export interface HeaderInfo {
  dialect: Dialect;
  labels: string[];
  range: SourceRange;
}

export function readHeader(text: string, dialect?: Partial<Dialect>): HeaderInfo {
  const full = sniffDialect(text, dialect);
  const zero = { offset: 0, line: 0, character: 0 };
  const info: HeaderInfo = { dialect: full, labels: [], range: { start: zero, end: zero } };
  if (!full.header) return info;
  new CsvScanner(full).scan(text, 0, true, (row) => {
    for (let cell = 0; cell < row.cellCount; cell++) info.labels.push(row.value(cell));
    info.range = { start: zero, end: cellEndPosition(row, Math.max(0, row.cellCount - 1)) };
    return false;
  });
  return info;
}
