// Accuracy of "fill the missing INSEE code" (issue #18) on a corpus built from the COG itself: every current
// commune of two départements as a row with its name, one of its postcodes and an empty code; the safe fixes
// are applied to the whole table at once (as `--fix` does) and each filled code compared with the commune's.
// Twice: names as the COG writes them, and as many exports do (upper case, no accents, `ST` for Saint).
// Importable; run alone to print the misses:
//   node -r ./test/register.js scripts/accuracy/communeFill.ts [départements…]
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import { FixSession, applyEdits } from '../../server/src/engine/fixes';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { encodeCell } from '../../server/src/engine/table/cellText';
import { defaultDialect } from '../../server/src/engine/table/dialect';
import { readTable } from '../../server/src/engine/table/readTable';
import { stripAccents } from '../../server/src/engine/text/fold';
import { bundledCog, type CogEntry } from '../../server/src/engine/values/cog/cog';
import { validateText } from '../../server/src/engine/validate';

export const DEFAULT_DEPARTMENTS = ['74', '78'];

export interface FillAccuracy {
  /** Rows whose code was filled with the commune's own code. */
  right: number;
  /** Rows filled with another code: must stay 0. */
  wrong: number;
  /** Rows left empty (the name and postcode designate several communes, or none). */
  none: number;
  total: number;
  misses: { name: string; postcode: string; expected: string; filled: string }[];
}

const SCHEMA: TableSchema = {
  fields: [
    { name: 'code_insee', type: 'string', constraints: { pattern: '\\d{5}|2[AB]\\d{3}' } },
    { name: 'commune', type: 'string' },
    { name: 'code_postal', type: 'string' },
  ],
};

/** The current communes of the départements, in code order. */
export function communesOf(departments: readonly string[]): CogEntry[] {
  const cog = bundledCog();
  const found: CogEntry[] = [];
  for (const department of departments) {
    // Five characters: the département's two (three overseas), then the commune's number.
    const digits = 5 - department.length;
    for (let n = 0; n < 10 ** digits; n++) {
      const entry = cog.current(`${department}${String(n).padStart(digits, '0')}`);
      if (entry && entry.postcodes.length > 0) found.push(entry);
    }
  }
  return found;
}

/** A name as exports often write it: upper case, no accents, `ST`/`STE` for Saint/Sainte. */
export function exportStyle(name: string): string {
  return stripAccents(name).toUpperCase().replace(/\bSAINT-/g, 'ST ').replace(/\bSAINTE-/g, 'STE ');
}

export function communeFillAccuracy(departments: readonly string[] = DEFAULT_DEPARTMENTS, writeName: (name: string) => string = (name) => name): FillAccuracy {
  const communes = communesOf(departments);
  // Each commune with its last postcode (a commune's first is often shared with its neighbours: the harder case).
  const rows = communes.map((entry) => ['', writeName(entry.name), entry.postcodes[entry.postcodes.length - 1]]);
  const line = (cells: readonly string[]) => cells.map((cell) => encodeCell(cell, defaultDialect) as string).join(',');
  const text = `${line(['code_insee', 'commune', 'code_postal'])}\n${rows.map(line).join('\n')}\n`;
  const report = validateText(text, { dialect: { delimiter: ',', quoteChar: '"' }, checkers: schemaCheckers(SCHEMA) });
  const session = new FixSession({ text, problems: report.problems, schema: SCHEMA, dialect: report.dialect });
  const all = session.fixAll('safe');
  const fixed = all ? applyEdits(text, all.offer.edits) : text;
  const table = readTable(fixed, { delimiter: ',', quoteChar: '"' });
  const result: FillAccuracy = { right: 0, wrong: 0, none: 0, total: communes.length, misses: [] };
  communes.forEach((entry, index) => {
    const filled = table.rows[index + 1]?.cells[0]?.value ?? '';
    if (filled === entry.code) result.right++;
    else {
      if (filled === '') result.none++;
      else result.wrong++;
      result.misses.push({ name: rows[index][1], postcode: rows[index][2], expected: entry.code, filled });
    }
  });
  return result;
}

if (require.main === module) {
  const departments = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_DEPARTMENTS;
  for (const [label, write] of [
    ['COG names', (name: string) => name],
    ['export-style names', exportStyle],
  ] as const) {
    const started = performance.now();
    const outcome = communeFillAccuracy(departments, write);
    const ms = performance.now() - started;
    console.log(`${label}, départements ${departments.join(', ')}: ${outcome.right}/${outcome.total} filled right, ${outcome.wrong} wrong, ${outcome.none} left empty (${ms.toFixed(0)} ms)`);
    for (const miss of outcome.misses) console.log(`  ${miss.name} ${miss.postcode}: expected ${miss.expected}, filled ${miss.filled || '(nothing)'}`);
  }
}
