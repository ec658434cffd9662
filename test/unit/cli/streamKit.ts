// Shared tools for the tests of reports written while a file is read: generated CSV files (errors in
// every row kind, quoted line breaks, mixed line endings, BOM, Windows-1252), the schemas they are checked
// against, and a run of one file through the CLI's file task, its report pieces written the way the main
// thread writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ReportFormat } from '../../../server/src/cli/args';
import type { ChangedLines } from '../../../server/src/cli/changedLines';
import { processFile, type RenderPlan } from '../../../server/src/cli/fileTask';
import { FileOutput } from '../../../server/src/cli/output/fileOutput';
import type { ReportContext } from '../../../server/src/cli/reporters';
import type { FileResult } from '../../../server/src/cli/results';
import { SpoolMemory } from '../../../server/src/cli/output/spool';
import type { ReadSizes } from '../../../server/src/cli/read/textChunks';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';

/** A small deterministic random generator (mulberry32), so that a failing case can be replayed by its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseFields: TableSchema['fields'] = [
  { name: 'id', type: 'integer', constraints: { required: true } },
  { name: 'nom', type: 'string' },
  { name: 'date', type: 'date' },
  { name: 'kind', type: 'string', constraints: { enum: ['a', 'b', 'é'] } },
  { name: 'score', type: 'number', constraints: { minimum: 0 } },
  { name: 'code', type: 'string', constraints: { pattern: '^[0-9]{5}$' } },
];

/** Schemas by the kind of state their checks keep from row to row. */
export const schemas = {
  /** Cell checks only: rows can be checked in any number of parts. */
  cells: { fields: baseFields } as TableSchema,
  /** A unique column: each row is compared with those before. */
  unique: { fields: baseFields.map((field) => (field.name === 'id' ? { ...field, constraints: { required: true, unique: true } } : field)) } as TableSchema,
  /** A foreign key within the file: errors found at the end, anywhere. */
  foreignKey: { fields: [...baseFields, { name: 'parent', type: 'integer' }], foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }] } as TableSchema,
  /** A custom check that also reports at the end. */
  customFinish: { fields: baseFields, custom_checks: [{ name: 'one-of-required', params: { column1: 'nom', column2: 'code' } }] } as TableSchema,
  /** A custom check row by row (no state). */
  customRows: { fields: baseFields, custom_checks: [{ name: 'french-siren-value', params: { column: 'code' } }] } as TableSchema,
};

export type SchemaKind = keyof typeof schemas | 'none';

export interface GeneratedFile {
  text: string;
  /** UTF-8 (with or without BOM), or Windows-1252 (é and € as single bytes). */
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
}

const goodValues: Record<string, () => string> = {
  id: () => '12',
  nom: () => 'Gare de Lyon',
  date: () => '2024-02-29',
  kind: () => 'é',
  score: () => '3.5',
  code: () => '75012',
  parent: () => '1',
};
const badValues: Record<string, string[]> = {
  id: ['', 'douze', '1.5'],
  nom: ['"multi\nligne"', '"a ""quoted""\r\nvalue"', 'x"y'],
  date: ['29/02/2024', '2023-02-29', 'hier'],
  kind: ['c', 'A', '€'],
  score: ['-1', 'beaucoup', '1,5'],
  code: ['7501', 'ABCDE', '"750\n12"'],
  parent: ['999', '0', 'x'],
};

/** A CSV text with a header and `rows` rows: mostly valid, with errors, odd rows and line endings as `rand` draws them. */
export function generateCsv(rand: () => number, rows: number, options: { fields?: string[]; mixedEndings?: boolean; terminator?: string } = {}): string {
  const fields = options.fields ?? ['id', 'nom', 'date', 'kind', 'score', 'code'];
  const terminator = options.terminator ?? (rand() < 0.5 ? '\n' : '\r\n');
  const pick = <T>(values: T[]): T => values[Math.floor(rand() * values.length)];
  const end = () => (options.mixedEndings && rand() < 0.05 ? pick(['\n', '\r\n', '\r']) : terminator);
  let text = fields.join(',') + end();
  for (let row = 0; row < rows; row++) {
    const draw = rand();
    let line: string;
    if (draw < 0.02) line = '';
    else if (draw < 0.04) line = fields.slice(0, 3).map((field) => goodValues[field]?.() ?? 'v').join(',');
    else if (draw < 0.06) line = [...fields.map((field) => goodValues[field]?.() ?? 'v'), 'extra'].join(',');
    else if (draw < 0.07) line = '"unclosed,' + pick(['x', '"ok"']);
    else {
      line = fields
        .map((field) => {
          if (field === 'id') return rand() < 0.05 ? pick(badValues.id) : String(row + 1);
          if (field === 'parent') return rand() < 0.1 ? pick(badValues.parent) : String(1 + Math.floor(rand() * (row + 1)));
          return rand() < 0.08 ? pick(badValues[field] ?? ['?']) : (goodValues[field]?.() ?? 'v');
        })
        .join(',');
    }
    text += line;
    if (row < rows - 1 || rand() < 0.7) text += end();
  }
  return text;
}

/** The file's bytes in its encoding (a Windows-1252 file keeps é and € as one byte each). */
export function encodeFile(file: GeneratedFile): Buffer {
  if (file.encoding === 'windows-1252') {
    return Buffer.from(Array.from(file.text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)));
  }
  const bytes = Buffer.from(file.text, 'utf8');
  return file.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

/** Writes the schemas where the CLI's --schema option can name them. */
export function writeSchemas(dir: string): Record<keyof typeof schemas, string> {
  mkdirSync(dir, { recursive: true });
  const files = {} as Record<keyof typeof schemas, string>;
  for (const [kind, schema] of Object.entries(schemas)) {
    const file = path.join(dir, `${kind}.schema.json`);
    writeFileSync(file, JSON.stringify(schema));
    files[kind as keyof typeof schemas] = file;
  }
  return files;
}

export function context(cwd: string, quiet: boolean): ReportContext {
  return { locale: 'en', cwd, root: cwd, color: false, quiet, version: 'test' };
}

export interface FileRun {
  /** Per output, everything written for the file, in order. */
  texts: string[];
  result: FileResult;
}

/** Sizes the tests make small, to cut files into many chunks, problems into many batches and held text into temporary files. */
export interface StreamSizes {
  read?: ReadSizes;
  writer?: { batch?: number; pieceChars?: number };
  /** Characters of held text kept in memory. */
  spoolBudget?: number;
}

/**
 * Runs one file through the CLI's file task, as the main thread does: report pieces go to FileOutputs
 * that write them (`live`: from the start, as for the first file; else once the file is done, as for a
 * file whose turn comes later). `keepProblems` collects the problems (the reference); else they stream.
 */
export async function runFile(
  file: string,
  options: { schema?: string; cwd: string; formats: ReportFormat[]; quiet: boolean; keepProblems: boolean; changed?: ChangedLines; live?: boolean; sizes?: StreamSizes },
): Promise<FileRun> {
  const texts = options.formats.map(() => '');
  const sizes = options.sizes ?? {};
  const memory = new SpoolMemory(sizes.spoolBudget);
  const outputs = options.formats.map((_, index) => new FileOutput((text) => (texts[index] += `${text}\n`), memory));
  if (options.live !== false) for (const output of outputs) output.goLive();
  const plan: RenderPlan = {
    streaming: options.formats.map((format) => ({ format, context: context(options.cwd, options.quiet) })),
    keepProblems: options.keepProblems,
    writer: sizes.writer,
  };
  const taskOptions = { schema: options.schema, detect: false, cwd: options.cwd, read: sizes.read };
  const outcome = await processFile(file, options.changed, taskOptions, plan, (event) => outputs[event.output].accept(event));
  if (outcome.failureKey) throw new Error(`${file}: ${outcome.result.failure}`);
  for (const output of outputs) output.finish();
  return { texts, result: outcome.result };
}
