// Benchmark (not a test) of the incremental engine on national-size IRVE files: open time, then scripted
// edits (typing in a cell, deleting a character, pasting a row, typing a quote), each timed until its
// problems are up to date, and the process's memory.
// Usage: node --expose-gc -r ./test/register.js scripts/bench/incremental.ts [rows…]   (default: 100000 500000)
// Files are generated once into .cache/bench/irve-<rows>.csv by generateIrve.mjs. The last part (the worst
// quote) runs on the first size given. Wall times count the time other processes held the CPU: on a busy
// machine, read the CPU-time line too.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { IncrementalTable } from '../../server/src/engine/incremental/incrementalTable';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import { sniffDialect } from '../../server/src/engine/table/dialect';
import { CsvScanner } from '../../server/src/engine/table/scanner';
import { validateText } from '../../server/src/engine/validate';

const root = path.join(__dirname, '../..');
const schemaFile = path.join(root, 'schemas/catalog/etalab/schema-irve-statique/2.3.1/schema.json');
const EDITS_PER_KIND = 50;
/** Problems the server publishes per document (the first ones in file order). */
const PUBLISHED = 1000;

/** Deterministic choices, so that runs compare. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  return `median ${ms(at(0.5))} ms · p95 ${ms(at(0.95))} · p99 ${ms(at(0.99))} · max ${ms(sorted[sorted.length - 1])}`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function irveFile(rows: number): Promise<string> {
  const file = path.join(root, `.cache/bench/irve-${rows}.csv`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const generator = (await import(path.join(root, 'scripts/bench/generateIrve.mjs'))) as { writeIrveFile(rows: number, file: string): Promise<void> };
    await generator.writeIrveFile(rows, file);
  }
  return file;
}

type Kind = 'type in a cell' | 'delete a character' | 'paste a row' | 'type a quote';

async function run(rows: number, schema: TableSchema): Promise<void> {
  const file = await irveFile(rows);
  let text: string | undefined = readFileSync(file, 'utf8');
  console.log(`\n## ${rows} rows (${mb(text.length * 2)} of text in memory; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
  gc();
  const rssBefore = process.memoryUsage().rss;

  if (rows <= 100_000) {
    const started = performance.now();
    const report = validateText(text, { checkers: schemaCheckers(schema) });
    console.log(`validateText (reference): ${(performance.now() - started).toFixed(0)} ms, ${report.problems.length} problems`);
  }

  let started = performance.now();
  const table = IncrementalTable.open(text, { schema });
  const openMs = performance.now() - started;
  text = undefined; // the table's chunks are views on the text: it stays alive through them, not through us
  gc();
  const totals = table.totals();
  console.log(`open: ${openMs.toFixed(0)} ms, ${totals.total} problems, ${totals.rowCount} rows; RSS ${mb(process.memoryUsage().rss)} (+${mb(process.memoryUsage().rss - rssBefore)} over the text)`);

  const random = prng(7);
  const times = new Map<Kind, number[]>();
  /** CPU time per edit: wall time on a busy machine also counts the time other processes held the CPU. */
  const cpuTimes: number[] = [];
  const publishTimes: number[] = [];
  let pendingEdits = 0;
  const kinds: Kind[] = ['type in a cell', 'delete a character', 'paste a row', 'type a quote'];
  for (let i = 0; i < EDITS_PER_KIND * kinds.length; i++) {
    const kind = kinds[i % kinds.length];
    // A data row, and a cell in it (the 10th: nom_station, free text; the 14th: coordonneesXY).
    const row = 1 + Math.floor(random() * (table.rowCount - 1));
    const span = table.readRow(row, (view) => ({
      start: view.base + view.start,
      cell: view.base + view.cellStart[Math.min(9, view.cellCount - 1)],
      cellEnd: view.base + view.cellEnd[Math.min(9, view.cellCount - 1)],
      next: view.base + view.next,
    }));
    let edit: { start: number; end: number; newText: string };
    switch (kind) {
      case 'type in a cell':
        edit = { start: span.cell + 2, end: span.cell + 2, newText: 'x' };
        break;
      case 'delete a character':
        edit = { start: span.cell + 1, end: span.cell + 2, newText: '' };
        break;
      case 'paste a row':
        edit = { start: span.next, end: span.next, newText: table.text.slice(span.start, span.next) };
        break;
      case 'type a quote':
        // At the start of a cell: the quote opens a quoted value, which changes how the following text splits.
        edit = { start: span.cell, end: span.cell, newText: '"' };
        break;
    }
    // As the editor sends it: a range in lines and characters.
    const range = { start: table.positionAt(edit.start), end: table.positionAt(edit.end) };
    const cpu = process.cpuUsage();
    started = performance.now();
    const outcome = table.applyEdits([{ range, text: edit.newText }]);
    if (outcome.pending) pendingEdits++;
    while (table.step(20_000));
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    const list = times.get(kind) ?? [];
    list.push(elapsed);
    times.set(kind, list);
    started = performance.now();
    table.problems(PUBLISHED);
    publishTimes.push(performance.now() - started);
  }
  for (const [kind, list] of times) console.log(`${kind.padEnd(20)} ${stats(list)}`);
  const oneCell = [...(times.get('type in a cell') ?? []), ...(times.get('delete a character') ?? [])];
  console.log(`${'one-cell edits'.padEnd(20)} ${stats(oneCell)}`);
  console.log(`${'CPU time, all edits'.padEnd(20)} ${stats(cpuTimes)}  (process CPU, GC threads included)`);
  console.log(`${`first ${PUBLISHED} problems`.padEnd(20)} ${stats(publishTimes)}  (read after each edit)`);
  console.log(`edits left pending by applyEdits (finished by step): ${pendingEdits}`);
  gc();
  console.log(`RSS after the edits: ${mb(process.memoryUsage().rss)}; heap ${mb(process.memoryUsage().heapUsed)}`);

  // The long paths: a new header label (everything is checked again), measured in steps as a server runs them.
  const label = table.text.slice(0, 40).indexOf('contact_amenageur');
  for (const [what, newText] of [
    ['header label changed', 'X'],
    ['header label restored', 'c'],
  ] as const) {
    started = performance.now();
    const outcome = table.applyEdits([{ start: label, end: label + 1, newText }]);
    const steps = stepAll(table);
    console.log(`${what.padEnd(22)} ${(performance.now() - started).toFixed(0)} ms in ${steps.count} steps of 20 000 rows (longest step ${steps.longest.toFixed(0)} ms; restarted: ${outcome.restarted})`);
  }
}

/** Runs pending work in steps as a server would between messages; returns the step count and the longest one. */
function stepAll(table: IncrementalTable): { count: number; longest: number } {
  let count = 0;
  let longest = 0;
  for (;;) {
    const started = performance.now();
    const more = table.step(20_000);
    longest = Math.max(longest, performance.now() - started);
    count++;
    if (!more) return { count, longest };
  }
}

/** The same table semicolon-separated and without any quote (no value needs one once commas are allowed). */
function withoutQuotes(text: string): string {
  const lines: string[] = [];
  new CsvScanner(sniffDialect(text)).scan(text, 0, true, (row) => {
    const cells: string[] = [];
    for (let cell = 0; cell < row.cellCount; cell++) cells.push(row.value(cell).replace(/[";\r\n]/g, ' '));
    lines.push(cells.join(';'));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The worst quote: in a file without quotes, a quote typed at the start of a cell near the top opens a
 * value that swallows the rest of the file (one unclosed row), and the closing quote brings every row back.
 */
async function runQuoteWorstCase(rows: number, schema: TableSchema): Promise<void> {
  const text = withoutQuotes(readFileSync(await irveFile(rows), 'utf8'));
  let started = performance.now();
  validateText(text, { checkers: schemaCheckers(schema) });
  const reference = performance.now() - started;
  started = performance.now();
  const table = IncrementalTable.open(text, { schema });
  console.log(`\n## worst quote, ${rows} rows, ';' and no quote (${table.totals().total} problems; open ${(performance.now() - started).toFixed(0)} ms, validateText ${reference.toFixed(0)} ms)`);
  const cell = table.readRow(2, (view) => view.base + view.cellStart[9]);
  for (const [what, at] of [
    ['quote opened', cell],
    ['quote closed', cell + 4],
  ] as const) {
    started = performance.now();
    const outcome = table.applyEdits([{ start: at, end: at, newText: '"' }]);
    const inEdit = performance.now() - started;
    const steps = stepAll(table);
    console.log(
      `${what.padEnd(14)} ${(performance.now() - started).toFixed(0)} ms: applyEdits ${inEdit.toFixed(0)} ms${outcome.pending ? `, then ${steps.count} steps (longest ${steps.longest.toFixed(0)} ms)` : ''}; rows now ${table.rowCount}, problems ${table.totals().total}`,
    );
  }
}

async function main(): Promise<void> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as TableSchema;
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const rows of sizes.length > 0 ? sizes : [100_000, 500_000]) await run(rows, schema);
  await runQuoteWorstCase(sizes[0] ?? 100_000, schema);
}

void main();
