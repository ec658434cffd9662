// Metadata sidecars in the language server, as a real process: diagnostics of a sidecar as it is typed,
// completion and hover, quick fixes, the draft of a new sidecar, and a sidecar's schema applied to its
// CSV — re-checked when either side changes, open or not.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

const irveErrors = readFileSync(path.resolve(__dirname, '../fixtures/lsp/irve-errors.csv'), 'utf8');
const irveValid = readFileSync(path.resolve(__dirname, '../fixtures/metadata/irve/bornes.csv'), 'utf8');
const completeSidecar = readFileSync(path.resolve(__dirname, '../fixtures/metadata/irve/bornes.resource.yaml'), 'utf8');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first diagnostics published after the `count`-th publication for a document that satisfy `wanted`
 * (a re-check the test caused; re-checks of related documents may publish in between).
 */
async function publishedAfter(session: LspSession, uri: string, count: number, wanted: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (session.publishedVersions(uri).length > count) {
      const latest = await session.diagnostics(uri);
      if (wanted(latest)) return latest;
    }
    if (Date.now() > deadline) throw new Error(`no such diagnostics for ${uri}: ${JSON.stringify((await session.diagnostics(uri, undefined, 10)).map((d) => d.code))}`);
    await sleep(20);
  }
}

function position(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset + delta);
  return { line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
}

function items(result: CompletionItem[] | CompletionList): CompletionItem[] {
  return Array.isArray(result) ? result : result.items;
}

describe('language server (real process): metadata sidecars', function () {
  this.timeout(30_000);
  const workspace = mkdtempSync(path.join(tmpdir(), 'odl-lsp-sidecar-'));
  const file = (name: string) => path.join(workspace, name);
  const uri = (name: string) => pathToFileURL(file(name)).href;
  let fr: LspSession;
  let en: LspSession;

  before(async () => {
    writeFileSync(file('bornes.csv'), irveValid);
    writeFileSync(file('erreurs.csv'), irveErrors);
    fr = await LspSession.start({ locale: 'fr', rootPath: workspace });
    en = await LspSession.start({ locale: 'en', rootPath: workspace });
  });
  after(async () => {
    await fr.stop();
    await en.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes a sidecar’s problems at the exact key or value, in French, as it is typed', async () => {
    const u = uri('typing.resource.yaml');
    const text = 'path: bornes.csv\nfrequence: Annuel\nfrequnce: annuelle\nproducteur:\n  siret: "21350238800018"\n';
    fr.open(u, text, 'yaml');
    const diagnostics = await fr.diagnostics(u, 1);
    const summary = diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.severity]);
    assert.deepEqual(summary, [
      ['metadata-incomplete', 0, 0, 4, 2],
      ['metadata-invalid', 1, 11, 17, 1],
      ['metadata-unknown-property', 2, 0, 8, 2],
      ['metadata-siret', 4, 9, 25, 1],
    ]);
    const invalid = diagnostics[1];
    assert.match(invalid.message, /^`frequence` doit être l’une des valeurs : inconnue, ponctuelle, .* Vouliez-vous dire « annuelle » \?$/);
    assert.match(invalid.codeDescription!.href, /docs\/problems\.md#metadata-invalid$/);

    // Typing the fix: the problem goes away with the next version.
    fr.change(u, 2, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 17 } }, text: 'annuelle' }]);
    const fixed = await fr.diagnostics(u, 2);
    assert.ok(!fixed.some((d) => d.code === 'metadata-invalid'), JSON.stringify(fixed.map((d) => d.code)));
    fr.close(u);
  });

  it('offers the nearest value as a quick fix, built from the problem’s data', async () => {
    const u = uri('fix.resource.yaml');
    en.open(u, 'path: bornes.csv\nlicence: ODbL\nschema: etalab/schema-irve-statique\n', 'yaml');
    const diagnostics = await en.diagnostics(u, 1);
    const wanted = diagnostics.filter((d) => d.code === 'metadata-invalid' || d.code === 'schema-version-not-pinned');
    const actions = await en.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: wanted[0].range, context: { diagnostics: wanted } });
    assert.deepEqual(actions.map((a) => [a.title, a.edit?.changes?.[u]?.[0].newText]), [
      ['Replace with “odbl-1.0”', 'odbl-1.0'],
      ['Pin the version: etalab/schema-irve-statique@2.3.1', 'etalab/schema-irve-statique@2.3.1'],
    ]);
    en.close(u);
  });

  it('completes property names with their documentation, enumerations, schemas by French title and CSV files', async () => {
    const u = uri('completion.resource.yaml');
    const text = 'path: \nfrequence: \nschema: équipement\ncouverture_spatiale:\n  \nfr\n';
    fr.open(u, text, 'yaml');
    await fr.diagnostics(u, 1);
    const at = async (line: number, character: number) => items(await fr.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line, character } }));

    const keys = await at(5, 2);
    const title = keys.find((i) => i.label === 'title')!;
    assert.ok(title, keys.map((i) => i.label).join());
    assert.ok(!keys.some((i) => i.label === 'path' || i.label === 'frequence'), 'keys already written are not proposed');
    assert.match((title.documentation as MarkupContent).value, /^Titre du jeu de données/);
    assert.equal(keys.find((i) => i.label === 'producteur')!.textEdit && (keys.find((i) => i.label === 'producteur')!.textEdit as { newText: string }).newText, 'producteur:\n  $0');

    const nested = await at(4, 2);
    assert.deepEqual(nested.map((i) => i.label), ['maille', 'nom', 'bbox']);

    const frequencies = await at(1, 11);
    assert.equal(frequencies.length, 25);
    assert.deepEqual([frequencies[0].label, frequencies[0].detail], ['inconnue', 'Inconnue']);
    assert.match((frequencies.find((i) => i.label === 'annuelle')!.documentation as MarkupContent).value, /Catalogue SCDL : `Annuelle` · data\.gouv\.fr : `annual`/);

    // Searched by French title, accents ignored; the reference written is pinned to the latest version.
    const schemas = await at(2, 18);
    assert.equal(schemas[0].label, 'Équipements');
    assert.match((schemas[0].textEdit as { newText: string }).newText, /^scdl\/equipements@\d+\.\d+\.\d+$/);
    assert.deepEqual((schemas[0].textEdit as { range: unknown }).range, { start: { line: 2, character: 8 }, end: { line: 2, character: 18 } });

    const paths = await at(0, 6);
    assert.deepEqual(paths.map((i) => i.label), ['bornes.csv', 'erreurs.csv']);
    fr.close(u);
  });

  it('explains a property on hover, and what a value means', async () => {
    const u = uri('hover.resource.yaml');
    const text = 'path: bornes.csv\nfrequence: annuelle\nlicence: etalab-2.0\nschema: etalab/schema-irve-statique@2.3.1\n';
    en.open(u, text, 'yaml');
    await en.diagnostics(u, 1);
    const hover = async (needle: string) => (await en.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: position(text, needle, 1) }))?.contents as MarkupContent | undefined;
    assert.match((await hover('frequence'))!.value, /^\*\*frequence\*\*\n\nUpdate frequency, in data\.gouv\.fr's vocabulary \(FREQ_MAJ\)\.[\s\S]*- `quotidienne` — Daily/);
    assert.equal((await hover('etalab-2.0'))!.value, '**etalab-2.0** — Licence Ouverte / Open Licence version 2.0 (Etalab)\n\nSCDL catalogue : `Licence Ouverte-LO` · data.gouv.fr : `lov2`');
    assert.match((await hover('etalab/schema'))!.value, /^\*\*Schema IRVE statique — version 2\.3\.1 \(latest\)\*\*/);
    en.close(u);
  });

  it('applies the schema a sidecar names to its CSV, and re-checks the CSV when the sidecar changes, saved or not', async () => {
    const csv = uri('erreurs.csv');
    en.open(csv, irveErrors);
    const before = await en.diagnostics(csv, 1);
    assert.ok(before.some((d) => d.code === 'schema-detected'), 'without a sidecar, the schema is detected from the header');
    const lensesBefore = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: csv } });
    assert.deepEqual(lensesBefore.map((l) => l.command?.command), ['opendataLint.pickSchema', 'opendataLint.createSidecar']);

    // A sidecar appears on disk: the client reports it, the CSV is re-checked with its schema.
    let count = en.publishedVersions(csv).length;
    writeFileSync(file('erreurs.resource.yaml'), 'path: erreurs.csv\nschema: etalab/schema-irve-statique@2.3.1\n');
    en.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('erreurs.resource.yaml'), type: 1 }] });
    const withSchema = await publishedAfter(en, csv, count, (d) => d.some((x) => x.code === 'type-error') && !d.some((x) => x.code === 'schema-detected'));
    assert.equal(withSchema.filter((d) => d.code === 'type-error' || d.code === 'constraint-error').length, 3, JSON.stringify(withSchema.map((d) => d.code)));
    const lenses = await en.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: csv } });
    assert.equal(lenses[1].command?.title, 'Metadata: erreurs.resource.yaml');
    assert.deepEqual(lenses[1].command?.arguments, [uri('erreurs.resource.yaml'), 0]);

    // The sidecar is opened and its schema changed without saving: the CSV follows the editor's text.
    count = en.publishedVersions(csv).length;
    const sidecar = uri('erreurs.resource.yaml');
    en.open(sidecar, 'path: erreurs.csv\nschema:\n  fields:\n    - name: id_station_itinerance\n', 'yaml');
    en.change(sidecar, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 3, character: 36 } }, text: 'schema: scdl/subventions@2.1.1' }]);
    const after = await publishedAfter(en, csv, count, (d) => d.some((x) => x.code === 'missing-label'));
    assert.ok(after.some((d) => d.code === 'missing-label'), JSON.stringify(after.map((d) => d.code)));
    assert.ok(!after.some((d) => d.code === 'type-error'));
    en.close(sidecar);
    en.close(csv);
  });

  it('re-checks a sidecar when its CSV is edited: a date outside the coverage', async () => {
    writeFileSync(file('bornes.resource.yaml'), completeSidecar);
    const sidecar = uri('bornes.resource.yaml');
    fr.open(sidecar, completeSidecar, 'yaml');
    assert.deepEqual(await fr.diagnostics(sidecar, 1), []);
    const csv = uri('bornes.csv');
    fr.open(csv, irveValid);
    await fr.diagnostics(csv, 1);
    const count = fr.publishedVersions(sidecar).length;
    const edited = irveValid.replace('2021-04-05', '2022-04-05');
    fr.change(csv, 2, [{ text: edited }]);
    const diagnostics = await publishedAfter(fr, sidecar, count, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['metadata-temporal-coverage', 21]]);
    assert.match(diagnostics[0].message, /postérieure à la fin de la couverture \(2021-12-31\) : 2022-04-05 dans la colonne « date_maj », ligne 2\.$/);
    fr.close(csv);
    fr.close(sidecar);
  });

  it('drafts a new sidecar for a CSV (the client writes it)', async () => {
    const draft = await en.request<{ uri: string; content: string; exists: boolean } | null>('opendataLint/sidecarDraft', { uri: uri('erreurs.csv') });
    assert.equal(draft?.uri, uri('erreurs.resource.yaml'));
    assert.equal(draft?.exists, true);
    writeFileSync(file('neuf.csv'), irveValid);
    const fresh = await en.request<{ uri: string; content: string; exists: boolean } | null>('opendataLint/sidecarDraft', { uri: uri('neuf.csv') });
    assert.equal(fresh?.exists, false);
    assert.match(fresh!.content, /^# Descriptive record of neuf\.csv/);
    assert.match(fresh!.content, /\npath: neuf\.csv\n[\s\S]*\nschema: etalab\/schema-irve-statique@2\.3\.1\n/);
    const exported = await en.request<{ datasets: number; incomplete: { missing: string[] }[] }>('opendataLint/catalogueExport', { folderUri: pathToFileURL(workspace).href });
    assert.ok(exported.datasets >= 1);
  });

  it('stays up on a YAML bomb, a self-containing alias and a huge sidecar', async () => {
    const u = uri('bomb.resource.yaml');
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'].join('\n');
    en.open(u, bomb, 'yaml');
    assert.deepEqual((await en.diagnostics(u, 1)).map((d) => d.code), ['metadata-yaml-aliases']);
    en.change(u, 2, [{ text: 'path: x.csv\nx-a: &a\n  b: *a\n' }]);
    assert.deepEqual((await en.diagnostics(u, 2)).map((d) => d.code), ['metadata-yaml-aliases']);
    en.change(u, 3, [{ text: `x-a: "${'a'.repeat(1_100_000)}"\n` }]);
    assert.deepEqual((await en.diagnostics(u, 3)).map((d) => d.code), ['metadata-too-large']);
    const hover = await en.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    assert.equal(hover, null);
    assert.ok(en.isAlive());
  });
});
