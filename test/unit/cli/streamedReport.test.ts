// Reports written while the file is read (text, github) are byte for byte the report built from every
// problem at the end: on generated files (errors in every kind of row, quoted line breaks, mixed line
// endings, BOM, Windows-1252) and every schema kind (problems found at the end, or not), read in small
// chunks, with held text going to temporary files, first in line or waiting for its turn.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ChangedLines } from '../../../server/src/cli/changedLines';
import { encodeFile, generateCsv, random, runFile, writeSchemas, type GeneratedFile, type SchemaKind, type StreamSizes } from './streamKit';

describe('CLI reports written while the file is read', function () {
  this.timeout(120_000);
  let dir: string;
  let schemaFiles: ReturnType<typeof writeSchemas>;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-stream-'));
    schemaFiles = writeSchemas(path.join(dir, 'schemas'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function compare(name: string, file: GeneratedFile, kind: SchemaKind, options: { quiet: boolean; changed?: ChangedLines; live?: boolean; sizes?: StreamSizes }): Promise<string> {
    const csv = path.join(dir, `${name}.csv`);
    writeFileSync(csv, encodeFile(file));
    const common = { schema: kind === 'none' ? undefined : schemaFiles[kind], cwd: dir, formats: ['text', 'github'] as const, ...options };
    const whole = await runFile(csv, { ...common, formats: [...common.formats], keepProblems: true });
    const streamed = await runFile(csv, { ...common, formats: [...common.formats], keepProblems: false });
    const label = `${name} (${kind}, ${file.encoding}, quiet ${options.quiet}, live ${options.live !== false}, changed ${JSON.stringify(options.changed)})`;
    assert.equal(streamed.texts[0], whole.texts[0], `text report of ${label}`);
    assert.equal(streamed.texts[1], whole.texts[1], `github report of ${label}`);
    assert.deepEqual([streamed.result.counts, streamed.result.elsewhere], [whole.result.counts, whole.result.elsewhere], `counts of ${label}`);
    assert.equal(streamed.result.report?.rowCount, whole.result.report?.rowCount, `rows of ${label}`);
    return streamed.texts[0];
  }

  it('equal the whole-file reports on generated files, for every kind of schema, quiet or not', async () => {
    const sizes: StreamSizes = { read: { chunkBytes: 97 }, spoolBudget: 300, writer: { batch: 3, pieceChars: 500 } };
    const kinds: SchemaKind[] = ['cells', 'unique', 'foreignKey', 'customFinish', 'customRows', 'none'];
    const encodings: GeneratedFile['encoding'][] = ['utf-8', 'utf-8-bom', 'windows-1252'];
    for (let seed = 1; seed <= 36; seed++) {
      const rand = random(seed);
      const kind = kinds[seed % kinds.length];
      const fields = kind === 'foreignKey' ? ['id', 'nom', 'date', 'kind', 'score', 'code', 'parent'] : undefined;
      const text = generateCsv(rand, 20 + Math.floor(rand() * 200), { fields, mixedEndings: seed % 3 === 0 });
      const file: GeneratedFile = { text, encoding: encodings[seed % encodings.length] };
      for (const quiet of [true, false]) {
        await compare(`gen-${seed}`, file, kind, { quiet, live: seed % 2 === 0, sizes });
      }
    }
  });

  it('place a problem found at the end among the lines already held (mixed line endings, header only)', async () => {
    const sizes: StreamSizes = { read: { chunkBytes: 64 }, spoolBudget: 200, writer: { batch: 1, pieceChars: 100 } };
    const rand = random(7);
    // The header ends with LF, most rows with CRLF: the problem points at the header's line break.
    const minorityFirst = 'id,nom,date,kind,score,code\n' + generateCsv(rand, 120, { terminator: '\r\n' }).split('\r\n').slice(1).join('\r\n');
    const first = await compare('minority-first', { text: minorityFirst, encoding: 'utf-8' }, 'cells', { quiet: false, sizes });
    assert.match(first, /minority-first\.csv:1:28 warning mixed-line-endings /);
    // A few CR rows in the middle of an LF file.
    const lines = generateCsv(rand, 150, { terminator: '\n' }).split('\n');
    const mixed = lines.map((line, index) => line + (index === lines.length - 1 ? '' : index % 37 === 20 ? '\r' : '\n')).join('');
    assert.match(await compare('cr-in-the-middle', { text: mixed, encoding: 'utf-8' }, 'cells', { quiet: false, sizes }), / warning mixed-line-endings /);
    assert.match(await compare('header-only', { text: 'id,nom,,date\n', encoding: 'utf-8' }, 'cells', { quiet: false, sizes }), / warning header-only /);
    await compare('empty', { text: '', encoding: 'utf-8' }, 'cells', { quiet: false, sizes });
    await compare('blank', { text: '\n\n', encoding: 'utf-8' }, 'none', { quiet: false, sizes });
  });

  it('place a problem reported before rows already written (schema problems of a file without header)', async () => {
    const sizes: StreamSizes = { read: { headBytes: 16, chunkBytes: 8 }, spoolBudget: 200, writer: { batch: 1, pieceChars: 100 } };
    // The schema problems of a header-less file come with its first non-blank row, at the top of the file.
    const schema = path.join(dir, 'headerless.schema.json');
    writeFileSync(schema, JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'nom', type: 'string' }], primaryKey: 'nope' }));
    writeFileSync(path.join(dir, 'headerless.resource.yaml'), `path: headerless.csv\nschema: ${JSON.stringify(schema)}\ndialect:\n  header: false\n`);
    const text = ',\n'.repeat(30) + '1,a\nx,b\n';
    const csv = path.join(dir, 'headerless.csv');
    writeFileSync(csv, text);
    for (const quiet of [false, true]) {
      const common = { cwd: dir, formats: ['text' as const], quiet, sizes };
      const whole = await runFile(csv, { ...common, keepProblems: true });
      const streamed = await runFile(csv, { ...common, keepProblems: false });
      assert.equal(streamed.texts[0], whole.texts[0]);
      assert.deepEqual(streamed.result.counts, whole.result.counts);
      // At the top: the first blank row (an error sorts before a warning at the same place), then the schema problem.
      if (!quiet) assert.match(streamed.texts[0], /\nheaderless\.csv:1:1 error blank-row [^\n]*\nheaderless\.csv:1:1 warning schema-error [^\n]*\nheaderless\.csv:2:1 error blank-row /);
    }
  });

  it('keep what --changed-only asks for, and count the rest apart', async () => {
    const sizes: StreamSizes = { read: { headBytes: 16, chunkBytes: 128 }, spoolBudget: 200, writer: { batch: 1, pieceChars: 100 } };
    const rand = random(11);
    const text = generateCsv(rand, 120, { mixedEndings: true });
    const changes: ChangedLines[] = [
      [
        [4, 10],
        [41, 42],
      ],
      [],
      'all',
    ];
    for (const changed of changes) {
      await compare('changed', { text, encoding: 'utf-8' }, 'cells', { quiet: false, changed, sizes });
      await compare('changed', { text, encoding: 'utf-8' }, 'foreignKey', { quiet: true, changed, sizes });
    }
  });
});
