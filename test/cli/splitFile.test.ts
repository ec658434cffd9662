// A file checked in two parts at once (the second on a worker thread running the built CLI) gives byte for
// byte the reports of the same file checked on one thread: generated files cut at many places (quoted line
// breaks, CRLF, mixed line endings, BOM, Windows-1252, errors on the first and last rows of each part, row
// numbers in messages), and the files that must not be split (a quoted value across the split point, a
// unique column) are checked on one thread.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writerTuning } from '../../server/src/cli/output/problemWriter';
import { setSpoolMemoryBudget } from '../../server/src/cli/output/spool';
import { readTuning } from '../../server/src/cli/read/textChunks';
import { splitTuning, type SplitOutcome } from '../../server/src/cli/split/splitFile';
import { encodeFile, generateCsv, random, runFile, workerScript, writeSchemas, type GeneratedFile, type SchemaKind } from '../unit/cli/streamKit';

describe('CLI check of a big file in two parts', function () {
  this.timeout(180_000);
  let dir: string;
  let schemaFiles: ReturnType<typeof writeSchemas>;
  const saved = { read: { ...readTuning }, writer: { ...writerTuning }, share: splitTuning.share };
  before(function () {
    assert.ok(existsSync(workerScript), `${workerScript} is missing: run npm run build`);
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-split-'));
    schemaFiles = writeSchemas(path.join(dir, 'schemas'));
    // A head of a few hundred bytes: small files get split points after it.
    Object.assign(readTuning, { headBytes: 300, chunkBytes: 61 });
    Object.assign(writerTuning, { batch: 4, pieceChars: 400 });
    setSpoolMemoryBudget(2000);
  });
  after(() => {
    Object.assign(readTuning, saved.read);
    Object.assign(writerTuning, saved.writer);
    splitTuning.share = saved.share;
    setSpoolMemoryBudget();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Checks the file both ways and compares; returns how the two-part check went. */
  async function compare(name: string, file: GeneratedFile, kind: SchemaKind, quiet: boolean): Promise<SplitOutcome | undefined> {
    const csv = path.join(dir, `${name}.csv`);
    writeFileSync(csv, encodeFile(file));
    const common = { schema: kind === 'none' ? undefined : schemaFiles[kind], cwd: dir, formats: ['text' as const, 'github' as const], quiet, keepProblems: false };
    const one = await runFile(csv, { ...common, split: false });
    const two = await runFile(csv, { ...common, split: true });
    const label = `${name} (${kind}, ${file.encoding}, quiet ${quiet}, share ${splitTuning.share}, ${two.split})`;
    assert.equal(two.texts[0], one.texts[0], `text report of ${label}`);
    assert.equal(two.texts[1], one.texts[1], `github report of ${label}`);
    assert.deepEqual(two.result.counts, one.result.counts, `counts of ${label}`);
    assert.equal(two.result.report?.rowCount, one.result.report?.rowCount, `rows of ${label}`);
    return two.split;
  }

  it('gives the same reports as one thread on generated files cut at many places', async () => {
    const encodings: GeneratedFile['encoding'][] = ['utf-8', 'utf-8-bom', 'windows-1252'];
    const outcomes: Record<string, number> = {};
    for (let seed = 1; seed <= 40; seed++) {
      const rand = random(seed);
      splitTuning.share = 0.15 + 0.7 * rand();
      const text = generateCsv(rand, 60 + Math.floor(rand() * 120), { mixedEndings: seed % 4 === 0 });
      const kind: SchemaKind = seed % 5 === 0 ? 'customRows' : 'cells';
      const outcome = await compare(`gen-${seed}`, { text, encoding: encodings[seed % encodings.length] }, kind, seed % 2 === 0);
      outcomes[outcome ?? 'none'] = (outcomes[outcome ?? 'none'] ?? 0) + 1;
    }
    // Most cuts fall between rows; some fall inside a quoted value, and those files are read on one thread.
    assert.ok((outcomes.split ?? 0) >= 25, JSON.stringify(outcomes));
  });

  it('puts the second part in place: errors on the rows around the cut, row numbers in messages, mixed line endings', async () => {
    const header = 'id,nom,date,kind,score,code';
    const good = (id: number) => `${id},Gare,2024-01-01,a,1,75012`;
    const rows = [header];
    for (let id = 1; id <= 40; id++) rows.push(good(id));
    // The rows on both sides of the middle are wrong: a type error, a missing cell, an extra cell, a blank row.
    rows[20] = '20,Gare,hier,a,1,75012';
    rows[21] = '21,Gare,2024-01-01';
    rows[22] = '22,Gare,2024-01-01,a,1,75012,extra';
    rows[23] = '';
    rows[40] = '40,Gare,2024-01-01,z,-1,7501';
    // The second part's first CR row is the first of the minority: mixed-line-endings points into it.
    const text = rows.map((row, index) => row + (index === rows.length - 1 ? '' : index >= 30 && index % 4 === 0 ? '\r' : '\r\n')).join('');
    const cut = text.indexOf('\r\n20,') + 2;
    for (let back = 0; back < 12; back++) {
      // A split point right before row 20, and a few bytes earlier (the first LF after it is the same).
      splitTuning.share = (cut - 1 - back) / Buffer.byteLength(text);
      for (const quiet of [false, true]) assert.equal(await compare('around-the-cut', { text, encoding: 'utf-8' }, 'cells', quiet), 'split');
    }
  });

  it('checks on one thread a file whose cut falls inside a quoted value, or whose checks compare rows', async () => {
    const rows = ['id,nom,date,kind,score,code'];
    for (let id = 1; id <= 30; id++) rows.push(id === 15 ? `15,"Gare\nde\nLyon",2024-01-01,a,1,75012` : `${id},Gare,2024-01-01,a,1,7501`);
    const text = rows.join('\n') + '\n';
    splitTuning.share = (text.indexOf('Gare\nde') + 2) / text.length;
    assert.equal(await compare('quoted-across', { text, encoding: 'utf-8' }, 'cells', false), 'not-between-rows');
    splitTuning.share = 0.5;
    const duplicated = text.replace('\n20,', '\n19,');
    assert.equal(await compare('unique', { text: duplicated, encoding: 'utf-8' }, 'unique', true), 'not-split');
    assert.equal(await compare('foreign-key', { text: generateCsv(random(3), 80, { fields: ['id', 'nom', 'date', 'kind', 'score', 'code', 'parent'] }), encoding: 'utf-8' }, 'foreignKey', true), 'not-split');
    assert.equal(await compare('hygiene', { text, encoding: 'utf-8' }, 'none', true), 'not-split');
  });
});
