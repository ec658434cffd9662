// The Table Schema types (with formats) a column may be given, most specific first, each compiled with the
// engine's own cell types: a column keeps a candidate only while every value passes it, so the schema it
// ends with validates the file by construction.
import type { TableSchemaField } from '../schema/tableSchema';
import { compileCellType } from '../schema/types';

export interface CandidateType {
  /** Descriptor properties the candidate adds to the field (type, format, decimalChar…). */
  descriptor: Pick<TableSchemaField, 'type' | 'format' | 'decimalChar' | 'groupChar'>;
  parse: (value: string) => unknown;
  /** Numbers lose leading zeros: such candidates are dropped for a column that has any. */
  numeric: boolean;
}

const SPECS: CandidateType['descriptor'][] = [
  { type: 'integer' },
  { type: 'number' },
  { type: 'number', decimalChar: ',' },
  { type: 'number', decimalChar: ',', groupChar: ' ' },
  { type: 'date' },
  { type: 'date', format: '%d/%m/%Y' },
  { type: 'date', format: '%d-%m-%Y' },
  { type: 'date', format: '%d.%m.%Y' },
  { type: 'date', format: '%Y/%m/%d' },
  { type: 'date', format: '%d/%m/%y' },
  { type: 'date', format: '%m/%d/%Y' },
  { type: 'datetime' },
  { type: 'datetime', format: '%Y-%m-%d %H:%M:%S' },
  { type: 'datetime', format: '%Y-%m-%d %H:%M' },
  { type: 'datetime', format: '%d/%m/%Y %H:%M:%S' },
  { type: 'datetime', format: '%d/%m/%Y %H:%M' },
  { type: 'time' },
  { type: 'time', format: '%H:%M' },
  { type: 'time', format: '%Hh%M' },
  // Dates written several ways (31/12/2024 and 2024-12-31): still dates, read the way Validata's `any` does.
  { type: 'date', format: 'any' },
  { type: 'string', format: 'email' },
  { type: 'string', format: 'uri' },
];

let compiled: CandidateType[] | undefined;

/** The candidates, compiled once. */
export function candidateTypes(): readonly CandidateType[] {
  compiled ??= SPECS.map((descriptor) => {
    const cellType = compileCellType({ name: 'candidate', ...descriptor }, false, () => undefined);
    return { descriptor, parse: (value: string) => cellType.parse(value), numeric: descriptor.type === 'integer' || descriptor.type === 'number' };
  });
  return compiled;
}
