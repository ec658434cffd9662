// Hostile cells against patterns that backtrack catastrophically (issue #20): every verdict comes in
// bounded time, through the engine, the real language server and the command line. Times are only
// guarded against a hang (the old engine took 6 s to a minute per cell); speed is `npm run bench`'s.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { Problem } from '../../server/src/engine/problems/problem';
import { compileSafePattern, GUARDED_BUDGET_MS } from '../../server/src/engine/schema/safePattern';
import { schemaCheckers } from '../../server/src/engine/checks/schemaCheckers';
import type { TableSchema } from '../../server/src/engine/schema/tableSchema';
import { validateText } from '../../server/src/engine/validate';
import { runCli } from '../cli/runCli';
import { LspSession } from '../lsp/lspSession';

const catalog = path.resolve(__dirname, '..', '..', 'schemas', 'catalog');
const readSchema = (ref: string): TableSchema => JSON.parse(readFileSync(path.join(catalog, ref, 'schema.json'), 'utf8')) as TableSchema;

/** A CSV with the schema's header and one row per value of `column` (other cells empty). */
function csvFor(schema: TableSchema, column: string, values: string[]): string {
  const names = schema.fields.map((field) => field.name);
  const index = names.indexOf(column);
  assert.ok(index >= 0, column);
  const rows = values.map((value) => names.map((_, i) => (i === index ? `"${value.replace(/"/g, '""')}"` : '')).join(','));
  return [names.join(','), ...rows].join('\n') + '\n';
}

function problemsOf(schema: TableSchema, text: string, column: string): Problem[] {
  const report = validateText(text, { checkers: schemaCheckers(schema), dialect: { delimiter: ',' } });
  return report.problems.filter((problem) => problem.fieldName === column && (problem.params.variant === 'pattern' || problem.code === 'pattern-too-costly'));
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

// The three cells of the issue.
const frichesUrl = 'https://www.example.com/' + 'abcdefghij'.repeat(3) + 'abcdefg~'; // 62 characters, `~` not allowed
const longWeekdays = 'Mo,Tu,We,Th,Fr,Sa,Su,'.repeat(31) + 'Mo 08:00-12:00x'; // ~670 characters, wrong at the end
const manyA = 'a'.repeat(30) + '!';
/** A back-reference RE2 cannot run, and a value its RE2 bounds leave open: only the budget decides. */
const backReference = '((a|aa)+)\\1';

describe('hostile patterns (issue #20): bounded time', function () {
  this.timeout(10_000);

  describe('the engine', () => {
    it('friches site_url: a 62-character URL ending in ~ is refused at once (RE2 bound around the back-reference)', () => {
      assert.equal(frichesUrl.length, 62);
      const schema = readSchema('cnigfr/schema-friches/1.0.3');
      const { result, ms } = timed(() => problemsOf(schema, csvFor(schema, 'site_url', [frichesUrl, 'https://example.com/a|https://b.fr/x', frichesUrl + '~~~~~~~~'], ), 'site_url'));
      assert.deepEqual(
        result.map((problem) => [problem.rowNumber, problem.code, problem.severity]),
        [
          [2, 'constraint-error', 'error'],
          [4, 'constraint-error', 'error'],
        ],
      );
      assert.ok(ms < 2_000, `${ms} ms`);
    });

    it('CEREMA PERIODE_JH: a ~670-character value is judged by RE2, right or wrong', () => {
      const schema = readSchema('CEREMA/schema-arrete-circulation-marchandises/0.6.1');
      const good = 'Mo-Fr 08:00-12:00,13:00-17:30; Sa 08:00-12:00; PH off';
      const longGood = 'Mo,Tu,We,Th,Fr,Sa,Su,'.repeat(31) + 'Mo 08:00-12:00';
      const { result, ms } = timed(() => problemsOf(schema, csvFor(schema, 'PERIODE_JH', [longWeekdays, good, longGood]), 'PERIODE_JH'));
      assert.ok(longWeekdays.length > 660, String(longWeekdays.length));
      assert.deepEqual(result.map((problem) => [problem.rowNumber, problem.code]), [[2, 'constraint-error']]);
      assert.equal(compileSafePattern(schema.fields.find((field) => field.name === 'PERIODE_JH')!.constraints!.pattern!)?.engine, 'linear');
      assert.ok(ms < 2_000, `${ms} ms`);
    });

    it('a user schema with ^(a+)+$: 30 a and ! is refused, 30 a accepted', () => {
      const schema: TableSchema = { fields: [{ name: 'code', type: 'string', constraints: { pattern: '^(a+)+$' } }] };
      const { result, ms } = timed(() => problemsOf(schema, `code\n${manyA}\n${'a'.repeat(30)}\n${manyA.repeat(20)}\n`, 'code'));
      assert.deepEqual(result.map((problem) => [problem.rowNumber, problem.code]), [[2, 'constraint-error'], [4, 'constraint-error']]);
      assert.ok(ms < 2_000, `${ms} ms`);
    });

    it('a back-reference RE2 cannot bound: the cell is a pattern-too-costly warning after its budget, the short ones are judged', () => {
      const schema: TableSchema = { fields: [{ name: 'code', type: 'string', constraints: { pattern: backReference } }] };
      const cells = ['aaaa', 'aaa', 'a'.repeat(41), 'a'.repeat(45), 'a'.repeat(43), 'b'];
      const { result, ms } = timed(() => problemsOf(schema, `code\n${cells.join('\n')}\n`, 'code'));
      assert.deepEqual(
        result.map((problem) => [problem.rowNumber, problem.code, problem.severity, problem.code === 'pattern-too-costly' ? problem.params.pattern : undefined]),
        [
          [3, 'constraint-error', 'error', undefined],
          [4, 'pattern-too-costly', 'warning', backReference],
          [5, 'pattern-too-costly', 'warning', backReference],
          [6, 'pattern-too-costly', 'warning', backReference],
          [7, 'constraint-error', 'error', undefined],
        ],
      );
      // One budget spent: longer values are not tried again.
      assert.ok(ms < 20 * GUARDED_BUDGET_MS, `${ms} ms`);
    });

    it('keeps JavaScript semantics where RE2 differs (\\s, ., whole-value anchors) and the native engine for safe patterns', () => {
      // Risky shapes, so that RE2 runs them.
      const spaces = compileSafePattern('(?:\\w+\\s?)+')!;
      assert.equal(spaces.engine, 'linear');
      assert.equal(spaces.test('a\u00a0b'), true, 'a no-break space is \\s for JavaScript');
      assert.equal(spaces.test('a b!'), false);
      const dots = compileSafePattern('(?:.+,?)+')!;
      assert.equal(dots.test('a\rb'), false, '. does not match \\r');
      assert.equal(dots.test('ab'), true);
      const anchored = compileSafePattern('(?:(?:^|\\|)(Gratuit|Gratuit sous condition|Payant)\\|?)+$')!;
      assert.equal(anchored.engine, 'linear');
      assert.deepEqual(
        ['Gratuit|Payant', 'Payant|', 'Payant||', 'xPayant', 'Gratuit sous condition'].map((value) => anchored.test(value)),
        [true, true, false, false, true],
      );
      assert.equal(compileSafePattern('[0-9]{5}')!.engine, 'native');
      assert.equal(compileSafePattern('(?:(?:^|,)(^[A-Z]{2}[A-Z0-9]{4,33}$|Non concerné))+$')!.engine, 'native', 'IRVE identifiers: each turn starts with a comma');
      assert.equal(compileSafePattern('(a'), null);
    });
  });

  describe('the language server (real process)', function () {
    this.timeout(60_000);
    const workspace = mkdtempSync(path.join(tmpdir(), 'odl-hostile-'));
    after(() => rmSync(workspace, { recursive: true, force: true }));
    writeFileSync(path.join(workspace, 'schema.json'), JSON.stringify({ fields: [{ name: 'code', type: 'string', constraints: { pattern: '^(a+)+$' } }] }));
    let session: LspSession;
    before(async () => {
      session = await LspSession.start({ locale: 'en', rootPath: workspace, settings: { schemas: { 'hostile.csv': './schema.json' }, detectSchema: false } });
    });
    after(() => session.stop());

    it('checks 200 hostile cells and still answers a hover on another document', async () => {
      const hostile = pathToFileURL(path.join(workspace, 'hostile.csv')).href;
      const other = pathToFileURL(path.join(workspace, 'other.csv')).href;
      const start = performance.now();
      session.open(hostile, `code\n${`${manyA}\n`.repeat(200)}`);
      session.open(other, 'name,value\nx,1\n');
      const hover = session.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 1 } });
      const diagnostics: Diagnostic[] = await session.diagnostics(hostile, 1);
      await hover;
      assert.equal(diagnostics.filter((d) => d.code === 'constraint-error').length, 200);
      assert.ok(performance.now() - start < 10_000, `${performance.now() - start} ms`);
      assert.ok(session.isAlive());
    });
  });

  describe('the language server, with the schema detected from the header', function () {
    this.timeout(60_000);
    const workspace = mkdtempSync(path.join(tmpdir(), 'odl-hostile-detect-'));
    after(() => rmSync(workspace, { recursive: true, force: true }));

    it('detects the friches schema and refuses the hostile site_url cells at once', async () => {
      const session = await LspSession.start({ locale: 'en', rootPath: workspace });
      try {
        const uri = pathToFileURL(path.join(workspace, 'friches.csv')).href;
        const friches = readSchema('cnigfr/schema-friches/1.0.3');
        session.open(uri, csvFor(friches, 'site_url', [frichesUrl, frichesUrl + '~~~~~~~~~~', 'https://example.com/a|https://b.fr/x']));
        const diagnostics = await session.diagnostics(uri, 1);
        const detected = diagnostics.find((d) => d.code === 'schema-detected');
        assert.match(detected?.message ?? '', /cnigfr\/schema-friches@/, JSON.stringify(diagnostics.map((d) => d.code)));
        const siteUrl = friches.fields.findIndex((field) => field.name === 'site_url');
        const onSiteUrl = diagnostics.filter((d) => d.code === 'constraint-error' && d.range.start.character > 0 && d.message.includes('site_url'));
        assert.deepEqual(onSiteUrl.map((d) => d.range.start.line), [1, 2], `column ${siteUrl}: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
      } finally {
        await session.stop();
      }
    });
  });

  describe('the command line', function () {
    this.timeout(30_000);
    const workspace = mkdtempSync(path.join(tmpdir(), 'odl-hostile-cli-'));
    after(() => rmSync(workspace, { recursive: true, force: true }));

    it('reports the hostile cells of the three cases and the too-costly one, and exits', () => {
      const friches = readSchema('cnigfr/schema-friches/1.0.3');
      writeFileSync(path.join(workspace, 'friches.csv'), csvFor(friches, 'site_url', [frichesUrl]));
      const cerema = readSchema('CEREMA/schema-arrete-circulation-marchandises/0.6.1');
      writeFileSync(path.join(workspace, 'arretes.csv'), csvFor(cerema, 'PERIODE_JH', [longWeekdays]));
      writeFileSync(path.join(workspace, 'user.json'), JSON.stringify({ fields: [{ name: 'code', type: 'string', constraints: { pattern: '^(a+)+$' } }, { name: 'ref', type: 'string', constraints: { pattern: backReference } }] }));
      writeFileSync(path.join(workspace, 'user.csv'), `code,ref\n${manyA},${'a'.repeat(41)}\n`);
      const cases: [string, string, string, string[]][] = [
        ['friches.csv', 'cnigfr/schema-friches@1.0.3', 'site_url', ['constraint-error']],
        ['arretes.csv', 'CEREMA/schema-arrete-circulation-marchandises@0.6.1', 'PERIODE_JH', ['constraint-error']],
        ['user.csv', 'user.json', 'code', ['constraint-error']],
        ['user.csv', 'user.json', 'ref', ['pattern-too-costly']],
      ];
      for (const [file, schema, column, codes] of cases) {
        const run = runCli(['check', file, '--schema', schema, '--format', 'json'], { cwd: workspace });
        assert.equal(run.code, 1, run.stderr);
        const report = JSON.parse(run.stdout) as { files: { problems: { code: string; row: number; field: string }[] }[] };
        const found = report.files[0].problems.filter((problem) => problem.field === column && problem.row === 2);
        assert.deepEqual(
          found.map((problem) => problem.code).filter((code) => code === 'constraint-error' || code === 'pattern-too-costly'),
          codes,
          `${file} ${column}: ${JSON.stringify(found)}`,
        );
      }
    });
  });
});
