// Runs the real quick fixes on a one-row table built from a corpus input: the table is validated against a
// small schema, the fixers propose their offers for the problems found, and each offer is applied to the
// text and the fixed cells read back. The accuracy scripts score what the fixers offer, end to end.
import { FixSession, applyEdits, type FixMessage, type FixSafety } from '../../server/src/engine/fixes';
import { encodeCell } from '../../server/src/engine/table/cellText';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { defaultDialect } from '../../server/src/engine/table/dialect';
import { readTable } from '../../server/src/engine/table/readTable';
import { validateText } from '../../server/src/engine/validate';

export interface AppliedOffer {
  kind: string;
  safety: FixSafety;
  /** The fixed row, by column label, read back from the fixed text. */
  row: Record<string, string>;
}

export interface CellFixOutcome {
  /** The table had problems the fixers were asked about. */
  problems: number;
  offers: AppliedOffer[];
  note?: FixMessage;
}

/** A comma-separated text with a header and one data row, each cell quoted only when it must be. */
export function oneRowTable(labels: readonly string[], cells: readonly string[]): string {
  const line = (values: readonly string[]) => values.map((value) => encodeCell(value, defaultDialect) as string).join(',');
  return `${line(labels)}\n${line(cells)}\n`;
}

function rowOf(text: string): Record<string, string> {
  const table = readTable(text, { delimiter: ',', quoteChar: '"' });
  const labels = table.rows[0]?.cells.map((cell) => cell.value) ?? [];
  const row: Record<string, string> = {};
  labels.forEach((label, column) => (row[label] = table.rows[1]?.cells[column]?.value ?? ''));
  return row;
}

/** Validates the table, asks the fixers about every problem, applies each offer and reads the row back. */
export function fixOneRow(schema: TableSchema, labels: readonly string[], cells: readonly string[]): CellFixOutcome {
  const text = oneRowTable(labels, cells);
  const report = validateText(text, { dialect: { delimiter: ',', quoteChar: '"' }, checkers: schemaCheckers(schema) });
  const session = new FixSession({ text, problems: report.problems, schema, dialect: report.dialect });
  const offers: AppliedOffer[] = [];
  const seen = new Set<string>();
  let note: FixMessage | undefined;
  let problems = 0;
  for (const problem of report.problems) {
    problems++;
    const proposal = session.proposalFor(problem);
    note ??= proposal.note;
    for (const offer of proposal.offers) {
      const fixed = applyEdits(text, offer.edits);
      if (seen.has(fixed)) continue;
      seen.add(fixed);
      offers.push({ kind: offer.kind, safety: offer.safety, row: rowOf(fixed) });
    }
  }
  return { problems, offers, ...(note ? { note } : {}) };
}

export type Outcome = 'right' | 'wrong' | 'none';

export const percent = (count: number, total: number) => `${((100 * count) / Math.max(total, 1)).toFixed(1)}%`;

/**
 * Each corpus is split once into a development part (the converters may be tuned on it) and a test part
 * (never looked at while tuning): the `part` column, decided when the rows were added, never re-drawn.
 */
export type CorpusPart = 'dev' | 'test';

export function corpusPart(value: string | undefined): CorpusPart {
  if (value === 'dev' || value === 'test') return value;
  throw new Error(`corpus row without a part (dev or test): ${JSON.stringify(value)}`);
}

export interface Counts {
  right: number;
  wrong: number;
  none: number;
  total: number;
}

export interface PartScores<Row extends { outcome: Outcome; part: CorpusPart }> extends Counts {
  /** The same counts for each part. */
  parts: Record<CorpusPart, Counts>;
  rows: Row[];
}

function countsOf(rows: ReadonlyArray<{ outcome: Outcome }>): Counts {
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return { right: count('right'), wrong: count('wrong'), none: count('none'), total: rows.length };
}

export function scoreParts<Row extends { outcome: Outcome; part: CorpusPart }>(rows: Row[]): PartScores<Row> {
  return {
    ...countsOf(rows),
    parts: { dev: countsOf(rows.filter((r) => r.part === 'dev')), test: countsOf(rows.filter((r) => r.part === 'test')) },
    rows,
  };
}

export function formatPartTotals(scores: PartScores<{ outcome: Outcome; part: CorpusPart }>): string[] {
  return (['dev', 'test'] as const).map((part) => {
    const c = scores.parts[part];
    return `  ${part.padEnd(4)} right ${c.right} (${percent(c.right, c.total)})   wrong offers ${c.wrong} (${percent(c.wrong, c.total)})   no offer ${c.none} (${percent(c.none, c.total)})   of ${c.total}`;
  });
}
