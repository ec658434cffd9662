// Golden files: every report format of `opendata-lint check` on test/fixtures/golden/inputs, compared
// byte for byte with test/fixtures/golden/expected. After an intended change, rebuild and regenerate:
//   npm run build && UPDATE_GOLDEN=1 npx mocha test/cli/golden.test.ts
// The reports are also checked for what they promise: SARIF valid against the OASIS SARIF 2.1.0 schema,
// JSON valid against docs/cli-report.schema.json, GitHub annotations that read back to the same problems.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseWorkflowCommand } from './githubCommands';
import { cliPath, root, runCli } from './runCli';

const inputs = 'test/fixtures/golden/inputs';
const expectedDir = path.join(root, 'test', 'fixtures', 'golden', 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

/** Each golden file and the options that produce it (all on the same inputs). */
const goldenRuns: Array<{ file: string; args: string[] }> = [
  { file: 'text.txt', args: [] },
  { file: 'text.fr.txt', args: ['--lang', 'fr'] },
  { file: 'report.json', args: ['--format', 'json'] },
  { file: 'github.txt', args: ['--format', 'github'] },
  { file: 'report.sarif', args: ['--format', 'sarif'] },
  { file: 'summary.md', args: ['--format', 'markdown'] },
  { file: 'summary.fr.md', args: ['--format', 'markdown', '--lang', 'fr'] },
];

/**
 * SARIF rules carry help taken from docs/problems.md, which every area edits: the golden file keeps a
 * placeholder there (checked apart below) so that a docs edit does not break it.
 */
const DOCS_PLACEHOLDER = '(from docs/problems.md)';
function withDocsPlaceholders(sarif: string): string {
  const log = JSON.parse(sarif);
  for (const rule of log.runs[0].tool.driver.rules) {
    rule.shortDescription.text = DOCS_PLACEHOLDER;
    rule.fullDescription.text = DOCS_PLACEHOLDER;
    rule.help = { text: DOCS_PLACEHOLDER, markdown: DOCS_PLACEHOLDER };
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** What the golden file holds for a run's output. */
function goldenForm(file: string, output: string): string {
  return file.endsWith('.sarif') ? withDocsPlaceholders(output) : output;
}

function check(args: string[]) {
  const result = runCli(['check', inputs, ...args]);
  // The inputs hold errors on purpose: exit code 1, nothing on stderr.
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stderr, '');
  return result.stdout;
}

describe('CLI golden reports', function () {
  this.timeout(60_000);
  const outputs = new Map<string, string>();
  before(() => {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run npm run build`);
    for (const run of goldenRuns) outputs.set(run.file, check(run.args));
  });

  for (const run of goldenRuns) {
    it(`${run.file}: opendata-lint check ${inputs} ${run.args.join(' ')}`.trim(), () => {
      const actual = goldenForm(run.file, outputs.get(run.file) ?? '');
      const file = path.join(expectedDir, run.file);
      if (update) writeFileSync(file, actual);
      assert.ok(existsSync(file), `${file} is missing: regenerate with UPDATE_GOLDEN=1`);
      assert.equal(actual, readFileSync(file, 'utf8'), `${run.file} differs from the golden file (after an intended change: npm run build && UPDATE_GOLDEN=1 npx mocha test/cli/golden.test.ts)`);
    });
  }

  it('gives the same output checking one file at a time as on worker threads', () => {
    for (const run of goldenRuns.filter((r) => r.file === 'report.json' || r.file === 'github.txt')) {
      assert.equal(check([...run.args, '--jobs', '1']), outputs.get(run.file));
      assert.equal(check([...run.args, '--jobs', '3']), outputs.get(run.file));
    }
  });

  it('holds no absolute path and no timing', () => {
    for (const [file, text] of outputs) {
      assert.ok(!text.includes(root), `${file} mentions ${root}`);
      assert.doesNotMatch(text, /\b\d+(\.\d+)?\s?(ms|s)\b|seconds|\d{4}-\d\d-\d\dT\d\d:/, `${file} holds a timing or a timestamp`);
    }
  });

  it('SARIF is valid against the official SARIF 2.1.0 JSON schema (draft-07, formats checked)', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    // The default Ajv class implements draft-07, the schema's dialect; formats (uri, uri-reference) come from ajv-formats.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(outputs.get('report.sarif') ?? '')), ajv.errorsText(validate.errors, { separator: '\n' }));
    const log = JSON.parse(outputs.get('report.sarif') ?? '');
    // And it says something: a rule per code with help, results located in their files.
    const run = log.runs[0];
    const ruleIds: string[] = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.deepEqual(ruleIds, [...ruleIds].sort());
    const docs = readFileSync(path.join(root, 'docs', 'problems.md'), 'utf8');
    for (const rule of run.tool.driver.rules) {
      assert.match(rule.helpUri, new RegExp(`docs/problems\\.md#${rule.id}$`));
      // Each code documented in docs/problems.md lends its entry to the rule's help.
      if (docs.includes(`\n## ${rule.id}\n`)) {
        assert.match(rule.help.markdown, /^\*\*What it means\.\*\*/, rule.id);
        assert.ok(rule.fullDescription.text.length > 20 && rule.help.text.endsWith(rule.helpUri), rule.id);
      }
    }
    const typeError = run.results.find((result: { ruleId: string }) => result.ruleId === 'type-error');
    assert.deepEqual(typeError.locations[0].physicalLocation.region, { startLine: 3, startColumn: 63, endLine: 3, endColumn: 73 });
    assert.equal(run.tool.driver.rules[typeError.ruleIndex].id, 'type-error');
    const uris = run.artifacts.map((artifact: { location: { uri: string } }) => artifact.location.uri);
    assert.ok(uris.includes('test/fixtures/golden/inputs/donn%C3%A9es%20%C3%A9t%C3%A9%2C%202024.csv'), uris.join('\n'));
  });

  it('JSON follows its documented, versioned schema (docs/cli-report.schema.json)', () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'docs', 'cli-report.schema.json'), 'utf8')));
    assert.ok(validate(JSON.parse(outputs.get('report.json') ?? '')), ajv.errorsText(validate.errors, { separator: '\n' }));
    const report = JSON.parse(outputs.get('report.json') ?? '');
    assert.equal(report.formatVersion, 1);
    const covoiturage = report.files.find((file: { path: string }) => file.path.endsWith('covoiturage.csv'));
    assert.deepEqual(covoiturage.schema, { ref: 'etalab/schema-lieux-covoiturage@0.3.1', title: 'Lieux de covoiturage', source: 'detected' });
    const date = covoiturage.problems.find((problem: { code: string }) => problem.code === 'type-error');
    assert.deepEqual(
      { row: date.row, fieldNumber: date.fieldNumber, field: date.field, value: date.value },
      { row: 3, fieldNumber: 7, field: 'date_maj', value: '24/06/2019' },
    );
  });

  it('GitHub annotations read back to the errors and warnings of the JSON report', () => {
    const report = JSON.parse(outputs.get('report.json') ?? '');
    const expected = report.files.flatMap((file: { path: string; problems: Array<Record<string, unknown>> }) =>
      file.problems
        .filter((problem) => problem.severity === 'error' || problem.severity === 'warning')
        .map((problem) => {
          const position = problem.position as { line: number; column: number; endLine: number };
          // Columns only on one-line annotations (GitHub ignores them on several lines).
          const col = position.line === position.endLine ? String(position.column) : undefined;
          return { command: problem.severity, file: file.path, line: String(position.line), col, code: problem.code, message: problem.message };
        }),
    );
    const annotations = (outputs.get('github.txt') ?? '')
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map((line) => parseWorkflowCommand(line))
      .map((command) => {
        assert.ok(command);
        return {
          command: command.command,
          file: command.properties.file,
          line: command.properties.line,
          col: command.properties.col,
          code: command.properties.title.split(' (')[0],
          message: command.message,
        };
      });
    assert.deepEqual(annotations, expected);
    // The escapes were exercised: a title with ':' ',' '%'; a value's line break is shown as \n (messages
    // write control characters visibly, see i18n/visibleControls.ts).
    assert.match(outputs.get('github.txt') ?? '', /title=duplicate-label \(taux%3A 5%25%2C brut\)::/);
    assert.ok(annotations.some((annotation) => annotation.message.includes('“2\\n3”')));
  });
});
