// Big documents (kept and checked incrementally by the server, as every table) through the real server: after cell
// edits, a quote that re-splits the rows, a pasted row and edits that supersede each other, the published
// diagnostics equal those of a fresh open of the same final text, and no stale version is published last.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import { hygieneCheckers } from '../../server/src/engine/checks/hygiene/hygieneChecker';
import { isHygieneCode } from '../../server/src/engine/problems/codes/hygieneCodes';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { validateText } from '../../server/src/engine/validate';
import { isEarlyPage, LspSession } from './lspSession';

const folder = path.resolve(__dirname, '..', 'fixtures', 'lsp', 'bigDocument');
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

/**
 * About 1% of cells invalid, a few multi-line cells and duplicate ids: 20k rows are a little over 1 MB.
 * Without quotes: separated by semicolons, and no multi-line cell (a typed quote then swallows every later row).
 */
function bigTable(rows: number, { quotes = true } = {}): string {
  const lines = ['id,nom,date_maj,puissance,commune'];
  for (let i = 1; i <= rows; i++) {
    const id = i % 997 === 0 ? String(i - 1) : String(i);
    const name = i % 331 === 0 && quotes ? `"Station ${i}\nbâtiment B"` : `Station de recharge numéro ${i}`;
    const date = i % 113 === 0 ? '31/12/2023' : `2023-0${1 + (i % 9)}-1${i % 10}`;
    const power = i % 127 === 0 ? 'vingt-deux' : String((i % 50) + 3.7);
    const town = i % 149 === 0 ? '123' : `${10000 + (i % 80000)}`;
    lines.push([id, i % 401 === 0 ? '' : name, date, power, town].join(','));
  }
  const text = lines.join('\n') + '\n';
  return quotes ? text : text.replaceAll(',', ';');
}

function shape(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

describe('language server (real process): big documents checked incrementally', function () {
  this.timeout(120_000);
  let session: LspSession;
  before(async () => {
    session = await LspSession.start({
      locale: 'en',
      rootPath: folder,
      settings: { schemas: { 'enum-*.csv': './schema-enum.json', '*.csv': './schema.json' }, maxProblems: 300, detectSchema: false },
    });
  });
  after(() => session.stop());

  let fresh = 0;
  /** Diagnostics of the same text opened anew (a whole check). */
  async function freshOpen(text: string): Promise<string[]> {
    const uri = uriOf(`fresh-${++fresh}.csv`);
    session.open(uri, text);
    const diagnostics = await session.finalDiagnostics(uri, 1);
    session.close(uri);
    return shape(diagnostics);
  }

  it('is above the size threshold, and its first diagnostics are capped with a summary of the rest', async () => {
    const text = bigTable(20_000);
    assert.ok(text.length >= 1 << 20, `text of ${text.length} characters`);
    const uri = uriOf('first.csv');
    session.open(uri, text);
    const diagnostics = await session.finalDiagnostics(uri, 1);
    assert.equal(diagnostics[0].code, 'too-many-problems');
    assert.equal(diagnostics.length, 301);
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of ['type-error', 'unique-error', 'constraint-error']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    // The same problems as the whole-text check small documents get (same codes and ranges, same order).
    const schema = JSON.parse(readFileSync(path.join(folder, 'schema.json'), 'utf8')) as TableSchema;
    const expected = validateText(text, { checkers: schemaCheckers(schema) }).problems.slice(0, 300);
    assert.deepEqual(
      diagnostics.slice(1).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
      expected.map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character}`),
    );
    session.close(uri);
  });

  it('edits one at a time: each published version equals a fresh check of its text', async () => {
    const uri = uriOf('edited.csv');
    let document = TextDocument.create(uri, 'csv', 1, bigTable(20_000));
    session.open(uri, document.getText());
    await session.finalDiagnostics(uri, 1);
    const edits = [
      // Typing inside a cell: row 5's power becomes invalid.
      { range: { start: { line: 5, character: document.getText().split('\n')[5].lastIndexOf(',') - 1 }, end: { line: 5, character: document.getText().split('\n')[5].lastIndexOf(',') - 1 } }, text: 'x' },
      // A quote at the start of a cell: every row after it is read differently.
      { range: { start: { line: 40, character: 6 }, end: { line: 40, character: 6 } }, text: '"' },
      // The quote removed again.
      { range: { start: { line: 40, character: 6 }, end: { line: 40, character: 7 } }, text: '' },
      // A pasted row (with a duplicate id and a bad date).
      { range: { start: { line: 100, character: 0 }, end: { line: 100, character: 0 } }, text: '7,Collée,hier,22,75056\n' },
    ];
    for (const edit of edits) {
      const version = document.version + 1;
      document = TextDocument.update(document, [edit], version);
      session.change(uri, version, [edit]);
      const published = shape(await session.finalDiagnostics(uri, version));
      assert.deepEqual(published, await freshOpen(document.getText()), `after the edit of version ${version}`);
    }
  });

  it('edits that supersede each other: only the last version is checked to the end, and published last', async () => {
    const uri = uriOf('superseded.csv');
    let document = TextDocument.create(uri, 'csv', 1, bigTable(20_000));
    session.open(uri, document.getText());
    const edits = [
      { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: '"' },
      { range: { start: { line: 3000, character: 3 }, end: { line: 3000, character: 3 } }, text: '9' },
      { range: { start: { line: 200, character: 0 }, end: { line: 200, character: 0 } }, text: '99999,Nouvelle,2024-01-01,-3,2A004\r\n' },
      { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 1 } }, text: '' },
      { range: { start: { line: 7000, character: 0 }, end: { line: 7001, character: 0 } }, text: '' },
    ];
    for (const edit of edits) {
      const version = document.version + 1;
      document = TextDocument.update(document, [edit], version);
      session.change(uri, version, [edit]);
    }
    const last = document.version;
    const published = shape(await session.finalDiagnostics(uri, last));
    // Give a superseded check time to (wrongly) publish after the last one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const versions = session.publishedVersions(uri);
    assert.equal(versions[versions.length - 1], last, `published versions: ${versions.join(', ')}`);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => (a ?? 0) - (b ?? 0)),
      'versions are published in order',
    );
    assert.deepEqual(published, await freshOpen(document.getText()));
  });

  it('answers hovers (during a whole check, and on a cell with its field and problem once checked), and shows true totals', async () => {
    const uri = uriOf('hover.csv');
    const text = bigTable(20_000);
    session.open(uri, text);
    const hover = session.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    await hover;
    const diagnostics = await session.finalDiagnostics(uri, 1);
    // Row 127 has an invalid power (its line is 127: no multi-line cell before it).
    const line = text.split('\n')[127];
    const character = line.lastIndexOf('vingt-deux') + 2;
    const cellHover = await session.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 127, character } });
    assert.ok(cellHover, 'a hover on the cell');
    assert.match(cellHover.contents.value, /\*\*puissance\*\*/);
    assert.match(cellHover.contents.value, /type-error/);
    // Code actions on a big document's diagnostic: its data names where the problem lies (not the whole
    // problem, to keep publishing light), and the server finds it again to offer its fix.
    const dayFirst = diagnostics.find((d) => d.code === 'type-error' && d.range.start.line === 113);
    assert.ok(dayFirst, 'the day-first date of row 113');
    assert.deepEqual(Object.keys(dayFirst.data as object), ['problemAt']);
    const actions = await session.request<{ title: string; edit?: { documentChanges?: { edits: { newText: string }[] }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: dayFirst.range,
      context: { diagnostics: [dayFirst] },
    });
    const edits = actions.flatMap((a) => a.edit?.documentChanges?.flatMap((change) => change.edits.map((e) => e.newText)) ?? []);
    assert.ok(edits.includes('2023-12-31'), `fixes offered: ${edits.join(', ')}`);
    const state = await session.request<{ errors: number; source: string } | null>('opendataLint/schemaForDocument', { uri });
    assert.ok(state, 'a schema state');
    assert.equal(state.source, 'setting');
    assert.ok(state.errors > diagnostics.length - 1, `true error count ${state.errors} beyond the ${diagnostics.length - 1} shown`);
  });

  it('a long first check publishes its first page early (final problems, a summary saying the rest is being checked), then the complete diagnostics', async () => {
    const uri = uriOf('very-big.csv');
    const text = bigTable(160_000);
    assert.ok(text.length >= 8 << 20, `text of ${text.length} characters`);
    session.open(uri, text);
    const final = await session.finalDiagnostics(uri, 1);
    const published = session.publishedFor(uri);
    assert.ok(published.length >= 2 && published.every((p) => p.version === 1), `published versions: ${published.map((p) => p.version).join(', ')}`);
    const early = published[0].diagnostics;
    assert.ok(isEarlyPage(early), 'the first publication is an early page');
    assert.match(early[0].message, /being checked/);
    // The complete diagnostics come last (again with fix notes, maybe: the same problems).
    assert.ok(!isEarlyPage(published[published.length - 1].diagnostics), 'the complete diagnostics come last');
    assert.deepEqual(shape(published[published.length - 1].diagnostics), shape(final));
    // The early page held the same first problems as the complete check; only the summary changed.
    assert.deepEqual(shape(early.slice(1)), shape(final.slice(1)));
    const schema = JSON.parse(readFileSync(path.join(folder, 'schema.json'), 'utf8')) as TableSchema;
    const all = validateText(text, { checkers: schemaCheckers(schema) }).problems;
    assert.equal(final[0].code, 'too-many-problems');
    assert.match(final[0].message, new RegExp(`^${all.length - 300} more problems`));
    session.close(uri);
  });

  it('a big document is checked while its didOpen arrives: its first page goes out before the rest of the message, the complete diagnostics after', async () => {
    const uri = uriOf('arriving.csv');
    const text = bigTable(120_000);
    // The first 3 MB of the message: past the first megabyte the server reads before checking, and holding the first page.
    const parts = session.openInParts(uri, text, 3_000_000);
    const early = await session.diagnostics(uri, 1, 30_000);
    assert.ok(isEarlyPage(early), 'a first page saying the rest is being checked');
    parts.rest();
    const final = await session.finalDiagnostics(uri, 1);
    const schema = JSON.parse(readFileSync(path.join(folder, 'schema.json'), 'utf8')) as TableSchema;
    const all = validateText(text, { checkers: schemaCheckers(schema) }).problems;
    assert.deepEqual(
      final.slice(1).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
      all.slice(0, 300).map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character}-${p.range.end.line}:${p.range.end.character}`),
    );
    assert.match(final[0].message, new RegExp(`^${all.length - 300} more problems`));
    assert.deepEqual(shape(early.slice(1)), shape(final.slice(1)), 'the early page held the final first problems');
    // The document is open as any other: an edit is checked against the whole text.
    let document = TextDocument.create(uri, 'csv', 1, text);
    const edit = { range: { start: { line: 110_000, character: 0 }, end: { line: 110_000, character: 0 } }, text: '12,Collée,hier,22,75056\n' };
    document = TextDocument.update(document, [edit], 2);
    session.change(uri, 2, [edit]);
    assert.deepEqual(shape(await session.finalDiagnostics(uri, 2)), await freshOpen(document.getText()));
    session.close(uri);
  });

  it('a document that grows past a megabyte while open is checked as before: one document model, one diagnostic shape', async () => {
    const uri = uriOf('growing.csv');
    let document = TextDocument.create(uri, 'csv', 1, bigTable(12_000));
    assert.ok(document.getText().length < 1 << 20);
    session.open(uri, document.getText());
    const small = await session.finalDiagnostics(uri, 1);
    assert.deepEqual(Object.keys(small[1].data as object), ['problemAt'], 'a small document: diagnostics name where their problem lies');
    const rows = bigTable(8_000).split('\n').slice(1).join('\n');
    const edit = { range: { start: { line: 12_001, character: 0 }, end: { line: 12_001, character: 0 } }, text: rows };
    document = TextDocument.update(document, [edit], 2);
    assert.ok(document.getText().length >= 1 << 20);
    session.change(uri, 2, [edit]);
    const big = await session.finalDiagnostics(uri, 2);
    assert.deepEqual(Object.keys(big[1].data as object), ['problemAt'], 'a big document: the same');
    assert.deepEqual(shape(big), await freshOpen(document.getText()));
    session.close(uri);
  });

  it('publishes a big document’s diagnostics again with the fixers’ notes once they stood still', async () => {
    const uri = uriOf('notes.csv');
    const lines = bigTable(20_000).split('\n');
    lines[3] = lines[3].replace('2023-04-13', '2023-02-30');
    session.open(uri, lines.join('\n'));
    const final = await session.finalDiagnostics(uri, 1);
    const impossible = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'type-error' && d.range.start.line === 3);
    assert.ok(impossible(final), 'the impossible date is a problem');
    let noted: Diagnostic | undefined;
    for (let waited = 0; !noted && waited < 10_000; waited += 50) {
      noted = session.publishedFor(uri).map((p) => impossible(p.diagnostics)).find((d) => d?.relatedInformation);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(noted, 'a publication with the note');
    assert.match(noted.relatedInformation?.[0].message ?? '', /does not exist in the calendar/);
    assert.deepEqual(session.publishedVersions(uri), session.publishedVersions(uri).map(() => 1));
    session.close(uri);
  });

  it('a big document without a schema gets the hygiene checks once it stands still; an edit keeps those above it meanwhile', async () => {
    // No schema for *.dat (the settings name *.csv ones) and no detection: the hygiene checks apply.
    const uri = uriOf('no-schema.dat');
    const lines = bigTable(20_000).split('\n');
    lines[0] = 'Identifiant,Nom de la station,Date MAJ,puissance,commune';
    lines[500] = lines[500].replace(/,[^,]*$/, ',#N/A');
    lines[19_000] = lines[19_000].replace(/,[^,]*$/, ',#REF!');
    const text = lines.join('\n');
    const hygiene = (text: string) => validateText(text, { checkers: hygieneCheckers() }).problems.filter((p) => isHygieneCode(p.code));
    const brief = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => isHygieneCode(String(d.code))).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
    const expected = (text: string) => hygiene(text).map((p) => `${p.code} ${p.range.start.line}:${p.range.start.character}`);
    const want = expected(text);
    for (const code of ['label-style', 'mixed-formats', 'spreadsheet-error']) assert.ok(want.some((line) => line.startsWith(code)), `${code} expected`);
    session.open(uri, text);
    /** The first publication of a version that holds hygiene problems. */
    const withHygiene = async (version: number): Promise<Diagnostic[]> => {
      for (let waited = 0; waited < 30_000; waited += 50) {
        const found = session.publishedFor(uri).find((p) => p.version === version && p.diagnostics.some((d) => isHygieneCode(String(d.code))));
        if (found) return found.diagnostics;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no hygiene problems published for v${version}`);
    };
    const first = await withHygiene(1);
    assert.deepEqual(brief(first), want.slice(0, brief(first).length));
    assert.ok(brief(first).includes(want.find((line) => line.startsWith('spreadsheet-error 19000')) ?? '?'), 'the #REF! near the end');
    // A #NOM? typed over the last cell of the last row: the immediate publication keeps the problems above the edit.
    const last = lines.length - 2;
    const cut = lines[last].lastIndexOf(',') + 1;
    session.change(uri, 2, [{ range: { start: { line: last, character: cut }, end: { line: last, character: lines[last].length } }, text: '#NOM?' }]);
    const immediate = await session.finalDiagnostics(uri, 2);
    assert.ok(brief(immediate).some((line) => line.startsWith('label-style 0:')), 'header problems kept');
    assert.ok(brief(immediate).includes(want.find((line) => line.startsWith('spreadsheet-error 500')) ?? '?'), 'row 500 kept');
    // Then the pass over version 2 publishes them all again, the new #NOM? included.
    const edited = text.split('\n');
    edited[last] = `${edited[last].slice(0, cut)}#NOM?`;
    const wantAfter = expected(edited.join('\n'));
    assert.ok(wantAfter.some((line) => line.startsWith(`spreadsheet-error ${last}:`)));
    let after: string[] = [];
    for (let waited = 0; waited < 30_000 && after.length !== wantAfter.length; waited += 50) {
      after = brief(session.publishedFor(uri).filter((p) => p.version === 2).at(-1)?.diagnostics ?? []);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(after, wantAfter);
    session.close(uri);
  });

  it('completes a cell of a big document with its field’s allowed values', async () => {
    const uri = uriOf('enum-big.csv');
    const text = bigTable(20_000);
    session.open(uri, text);
    await session.finalDiagnostics(uri, 1);
    const line = text.split('\n')[5];
    const items = await session.request<{ label: string; textEdit: { range: { start: { character: number } } } }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 5, character: line.length - 1 },
    });
    assert.deepEqual(
      items.map((item) => item.label),
      ['Brest', 'Quimper'],
    );
    assert.equal(items[0].textEdit.range.start.character, line.lastIndexOf(',') + 1, 'the whole cell is replaced');
    session.close(uri);
  });

  it('a quote that makes the rest of the file one value, then closed again: early first pages that are final, complete diagnostics last, as a fresh check', async () => {
    const uri = uriOf('quote.csv');
    // Without any quote (semicolons, no multi-line cell), so that a typed quote swallows every later row.
    let document = TextDocument.create(uri, 'csv', 1, bigTable(60_000, { quotes: false }));
    session.open(uri, document.getText());
    await session.finalDiagnostics(uri, 1);
    for (const edit of [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '"' },
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, text: '' },
    ]) {
      const version = document.version + 1;
      document = TextDocument.update(document, [edit], version);
      session.change(uri, version, [edit]);
      const final = await session.finalDiagnostics(uri, version);
      assert.deepEqual(shape(final), await freshOpen(document.getText()), `version ${version}`);
      for (const { diagnostics } of session.publishedFor(uri).filter((p) => p.version === version && isEarlyPage(p.diagnostics))) {
        assert.deepEqual(shape(diagnostics.slice(1)), shape(final.slice(1)), `an early page of version ${version} holds the final first problems`);
      }
    }
    // Closing the quote re-checks every row: its first page went out before that ended.
    assert.ok(session.publishedFor(uri).some((p) => p.version === 3 && isEarlyPage(p.diagnostics)), 'an early page after the quote was closed');
    session.close(uri);
  });

  it('a change arriving out of order (its version not newer than the document’s) is left out: the text stays the newest', async () => {
    const uri = uriOf('out-of-order.csv');
    let document = TextDocument.create(uri, 'csv', 1, bigTable(20_000));
    session.open(uri, document.getText());
    await session.finalDiagnostics(uri, 1);
    const typed = { range: { start: { line: 3000, character: 3 }, end: { line: 3000, character: 3 } }, text: '9' };
    document = TextDocument.update(document, [typed], 3);
    session.change(uri, 3, [typed]);
    // Version 2 comes after version 3 (positions in a text the server no longer has): left out.
    session.change(uri, 2, [{ range: { start: { line: 7000, character: 0 }, end: { line: 7001, character: 0 } }, text: '' }]);
    // A later change applies to version 3's text.
    const pasted = { range: { start: { line: 200, character: 0 }, end: { line: 200, character: 0 } }, text: '99999,Nouvelle,2024-01-01,-3,2A004\n' };
    document = TextDocument.update(document, [pasted], 4);
    session.change(uri, 4, [pasted]);
    const published = shape(await session.finalDiagnostics(uri, 4));
    assert.ok(!session.publishedVersions(uri).includes(2), `published versions: ${session.publishedVersions(uri).join(', ')}`);
    assert.deepEqual(published, await freshOpen(document.getText()));
    session.close(uri);
  });

  it('a newer edit during a long re-check: nothing of the older version is published after it', async () => {
    const uri = uriOf('cancelled.csv');
    let document = TextDocument.create(uri, 'csv', 1, bigTable(60_000, { quotes: false }));
    session.open(uri, document.getText());
    await session.finalDiagnostics(uri, 1);
    // Closing a quote typed at the top re-checks the whole file; a typed digit supersedes that work at once.
    for (const edit of [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '"' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '' },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'x' },
    ]) {
      const version = document.version + 1;
      document = TextDocument.update(document, [edit], version);
      session.change(uri, version, [edit]);
      if (version === 2) await session.finalDiagnostics(uri, 2);
    }
    const final = await session.finalDiagnostics(uri, 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const versions = session.publishedVersions(uri);
    assert.deepEqual(versions, [...versions].sort((a, b) => (a ?? 0) - (b ?? 0)), `published in order: ${versions.join(', ')}`);
    const published = session.publishedFor(uri);
    // The complete diagnostics of the last version come last (again with fix notes, maybe: the same problems).
    assert.ok(!isEarlyPage(published[published.length - 1].diagnostics), 'the complete diagnostics of the last version come last');
    assert.deepEqual(shape(published[published.length - 1].diagnostics), shape(final));
    assert.deepEqual(shape(final), await freshOpen(document.getText()));
    session.close(uri);
  });
});
