// What a big document's pause costs (issue #16 item 7), in process, with the engine of this tree: the
// work `scheduleFixNotes` (server/src/server.ts) starts once a big document stood still for 400 ms —
// `bigDocumentFixText` (server/src/lsp/fixSessions.ts: the first 8M characters, copied into one string),
// a `FixSession` over it, then `proposalFor` on each of the first 500 fixable problems shown
// (`attachFixNotesInSlices`, server/src/lsp/fixNotes.ts). Prints the time of each step, the longest
// single `proposalFor` (a call the 8 ms slices cannot cut: a keystroke arriving then waits for it), which
// columns were scanned, and the heap the session keeps.
// Usage: node --expose-gc -r ./test/register.js scripts/bench/pauseWork.ts [rows]   (default 100000)
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FixSession, fixableCodes } from '../../server/src/engine/fixes';
import { compareProblems, type Problem } from '../../server/src/engine/problems';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import { sniffDialect } from '../../server/src/engine/table/dialect';
import { TableText } from '../../server/src/engine/fixes/core/tableText';
import { validateText } from '../../server/src/engine/validate';

const root = path.join(__dirname, '../..');
const rows = Number(process.argv[2] ?? 100000);
const BIG_FIX_TEXT_CHARS = 8 << 20;
const SHOWN = 1000;
const NOTED = 500;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

const text = readFileSync(path.join(root, '.cache/bench', `irve-${rows}.csv`), 'utf8');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json'), 'utf8')) as TableSchema;
const dialect = sniffDialect(text.slice(0, 1 << 20));

// The first problems, as the server shows them (validated over the first 8M characters: they all lie there).
let end = Math.min(text.length, BIG_FIX_TEXT_CHARS);
end = text.indexOf('\n', end) + 1 || text.length;
const head = text.slice(0, end);
const problems: Problem[] = validateText(head, { checkers: schemaCheckers(schema), dialect }).problems.sort(compareProblems).slice(0, SHOWN);
const lastShownRow = problems.at(-1)?.rowNumber ?? 0;
console.log(`${rows} rows: ${problems.length} problems shown (up to row ${lastShownRow}), ${problems.filter((p) => fixableCodes.has(p.code)).length} of them fixable`);

// The slice: a ChunkedText joins its pieces into one string (here, a copy of the flat text's start).
gc();
const heap0 = process.memoryUsage().heapUsed;
// As ChunkedText.slice does: the pieces (about 64 KB each in the server) joined into one new string.
const pieces: string[] = [];
let started = performance.now();
for (let at = 0; at < head.length; at += 65536) pieces.push(head.slice(at, at + 65536));
const fixText = pieces.join('');
const sliceMs = performance.now() - started;
const twoByte = /[^\u0000-\u00ff]/.test(fixText);
console.log(`fix text: ${fixText.length.toLocaleString('en')} characters (${twoByte ? 'two-byte string: ~' + mb(fixText.length * 2) : 'one-byte: ~' + mb(fixText.length)} MB), copied in ${sliceMs.toFixed(1)} ms`);

// One column scan (what each column's evidence costs: TableText.scan tokenizes every cell of every row).
const table = new TableText(fixText, dialect);
started = performance.now();
table.column(14);
console.log(`one column scan of the fix text (TableText.column): ${(performance.now() - started).toFixed(1)} ms`);

// The notes, one proposalFor at a time (as attachFixNotesInSlices does between its 8 ms slices).
const session = new FixSession({ text: fixText, problems, schema, dialect });
const times: { ms: number; code: string; field?: string }[] = [];
let examined = 0;
started = performance.now();
for (const problem of problems) {
  if (!fixableCodes.has(problem.code)) continue;
  if (++examined > NOTED) break;
  const t = performance.now();
  session.proposalFor(problem);
  times.push({ ms: performance.now() - t, code: problem.code, field: problem.fieldName });
}
const notesMs = performance.now() - started;
const heapKept = () => {
  gc();
  return process.memoryUsage().heapUsed - heap0;
};
const slow = times.filter((t) => t.ms > 8).sort((a, b) => b.ms - a.ms);
console.log(`proposalFor × ${times.length}: ${notesMs.toFixed(0)} ms in all; ${slow.length} calls over 8 ms (they cannot be cut by the slices):`);
for (const t of slow.slice(0, 12)) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${t.code} ${t.field ?? ''}`);
console.log(`heap the session keeps (fix text + column memos), after a full GC: ${mb(heapKept())} MB`);
