// The CLI's pieces in memory: argument parsing, exit policy, escaping of GitHub commands and Markdown,
// the JSON entries for fixes and failures, SARIF URIs, and reading docs/problems.md for rule help.
import { strict as assert } from 'node:assert';
import { parseArgs, UsageError, type CheckRequest } from '../../server/src/cli/args';
import { annotationFor, escapeData, escapeProperty } from '../../server/src/cli/reporters/github';
import { jsonFile, jsonProblem } from '../../server/src/cli/reporters/json';
import { escapeMarkdown } from '../../server/src/cli/reporters/markdown';
import { firstSentence, parseProblemDocs } from '../../server/src/cli/reporters/problemDocs';
import { pathToUriReference, SARIF_MAX_RESULTS, sarifLog } from '../../server/src/cli/reporters/sarif';
import type { ReportContext } from '../../server/src/cli/reporters/context';
import { exitCodeFor, failedResult, fileResult, totalsOf } from '../../server/src/cli/results';
import type { FileReport } from '../../server/src/cli/checkFile';
import type { Problem } from '../../server/src/engine/problems/problem';
import { parseWorkflowCommand } from './githubCommands';

const context: ReportContext = { locale: 'en', cwd: '/work/data', root: '/work/data', color: false, quiet: false, version: 'test' };

function cellProblem(extra: Partial<Problem> = {}): Problem {
  return {
    code: 'type-error',
    severity: 'error',
    range: { start: { offset: 40, line: 2, character: 10 }, end: { offset: 44, line: 2, character: 14 } },
    rowNumber: 3,
    fieldNumber: 2,
    fieldName: 'date_maj',
    params: { variant: 'date', value: '30/12/2021' },
    ...extra,
  };
}

describe('CLI arguments', () => {
  it('collects report targets: the output by default, files with =path', () => {
    const request = parseArgs(['check', 'data', '--format', 'github', '--format=sarif=out/results.sarif', '--max-warnings', '3', '--jobs', '2']) as CheckRequest;
    assert.deepEqual(request.outputs, [{ format: 'github', file: undefined }, { format: 'sarif', file: 'out/results.sarif' }]);
    assert.equal(request.maxWarnings, 3);
    assert.equal(request.jobs, 2);
    assert.equal(request.severity, 'error');
    assert.deepEqual((parseArgs(['check', 'a.csv']) as CheckRequest).outputs, [{ format: 'text' }]);
  });

  it('refuses what would be misread', () => {
    assert.throws(() => parseArgs(['check', 'a.csv', '--changed-only', '--cached']), (error: unknown) => error instanceof UsageError && error.key === 'cli.error.badRef');
    assert.throws(() => parseArgs(['check', 'a.csv', '--format', 'sarif=']), UsageError);
    assert.throws(() => parseArgs(['check', 'a.csv', '--format', 'text', '--format', 'markdown']), (error: unknown) => error instanceof UsageError && error.key === 'cli.error.twoStdout');
  });
});

describe('CLI exit policy', () => {
  const counts = (errors: number, warnings: number) => ({ errors, warnings, infos: 0 });
  it('is 0 clean, 1 at the threshold or over the warning budget, 2 on usage or I/O errors', () => {
    assert.equal(exitCodeFor(counts(0, 5), { severity: 'error', usageError: false }), 0);
    assert.equal(exitCodeFor(counts(1, 0), { severity: 'error', usageError: false }), 1);
    assert.equal(exitCodeFor(counts(0, 1), { severity: 'warning', usageError: false }), 1);
    assert.equal(exitCodeFor(counts(0, 2), { severity: 'error', maxWarnings: 2, usageError: false }), 0);
    assert.equal(exitCodeFor(counts(0, 3), { severity: 'error', maxWarnings: 2, usageError: false }), 1);
    assert.equal(exitCodeFor(counts(4, 0), { severity: 'error', usageError: true }), 2);
  });
});

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('taux: 5%, brut'), 'taux%3A 5%25%2C brut');
  });

  it('writes an annotation that reads back to the same file, place, title and message', () => {
    const problem = cellProblem({ fieldName: 'taux: 5%, brut', params: { value: '12%\n3' } });
    const line = annotationFor(problem, 'data/a, b.csv', context);
    const command = parseWorkflowCommand(line);
    assert.ok(command);
    assert.equal(command.command, 'error');
    assert.deepEqual(command.properties, { file: 'data/a, b.csv', line: '3', endLine: '3', col: '11', endColumn: '14', title: 'type-error (taux: 5%, brut)' });
    assert.equal(line.split('\n').length, 1);
  });

  it('leaves columns out of an annotation spanning lines (GitHub ignores them there)', () => {
    const problem = cellProblem({ range: { start: { offset: 0, line: 3, character: 5 }, end: { offset: 9, line: 4, character: 2 } } });
    const command = parseWorkflowCommand(annotationFor(problem, 'a.csv', context));
    assert.deepEqual(command?.properties, { file: 'a.csv', line: '4', endLine: '5', title: 'type-error (date_maj)' });
  });
});

describe('Markdown escaping', () => {
  it('keeps cell values from becoming HTML, links, emphasis or table columns; line breaks show as \\n', () => {
    assert.equal(escapeMarkdown('<b>gratuit</b> | [lien](x) *a* _b_\nsuite'), '&lt;b&gt;gratuit&lt;/b&gt; \\| \\[lien\\](x) \\*a\\* \\_b\\_\\\\nsuite');
  });
});

describe('JSON report entries', () => {
  it('carries the value, and marks a problem fixable only when the engine proposes a replacement', () => {
    const plain = jsonProblem(cellProblem(), 'en');
    assert.equal(plain.value, '30/12/2021');
    assert.equal(plain.fixable, undefined);
    assert.deepEqual(plain.position, { line: 3, column: 11, endLine: 3, endColumn: 15 });
    const siret = jsonProblem(cellProblem({ code: 'french-siret-value', params: { value: '1234567800019', variant: 'leading-zero-lost', suggestion: '01234567800019', messageKey: 'x' } }), 'fr');
    assert.equal(siret.fixable, true);
    assert.equal(siret.suggestion, '01234567800019');
    assert.equal('messageKey' in siret.params, false);
  });

  it('describes a file that could not be checked', () => {
    const file = jsonFile(failedResult('/work/data/sub/x.csv', 'EACCES'), context);
    assert.deepEqual(file, { path: 'sub/x.csv', status: 'failed', failure: 'EACCES', schema: null, counts: { errors: 0, warnings: 0, infos: 0 }, elsewhere: { errors: 0, warnings: 0, infos: 0 }, problems: [] });
  });
});

describe('SARIF pieces', () => {
  it('percent-encodes each path segment into a URI reference', () => {
    assert.equal(pathToUriReference('data/données été, 2024#1.csv'), 'data/donn%C3%A9es%20%C3%A9t%C3%A9%2C%202024%231.csv');
  });

  it('keeps at most the results GitHub code scanning accepts, errors first, and says so', () => {
    const warnings = Array.from({ length: SARIF_MAX_RESULTS }, (_, line) => cellProblem({ code: 'blank-row', severity: 'warning', rowNumber: line + 2, range: { start: { offset: line, line: line + 1, character: 0 }, end: { offset: line, line: line + 1, character: 0 } } }));
    const error = cellProblem({ range: { start: { offset: 1e6, line: 1e6, character: 0 }, end: { offset: 1e6 + 1, line: 1e6, character: 1 } } });
    const report: FileReport = { path: '/work/data/big.csv', encoding: 'utf-8', bom: false, dialect: { delimiter: ',', quoteChar: '"', skipInitialSpace: false, header: true, lineTerminator: 'LF' }, labels: [], rowCount: 1e6, problems: [...warnings, error] };
    const files = [fileResult(report.path, report)];
    const log = sarifLog({ files, totals: totalsOf(files), exitCode: 1 }, context) as { runs: Array<{ results: Array<{ level: string }>; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    const run = log.runs[0];
    assert.equal(run.results.length, SARIF_MAX_RESULTS);
    assert.equal(run.results.filter((result) => result.level === 'error').length, 1);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /^25000 of 25001 problems are in this report, the most severe first/);
  });

  it('reads rule help from docs/problems.md entries, in both languages', () => {
    const docs = parseProblemDocs(
      '# Title\n\n## blank-row\n**What it means.** A row whose cells are all *empty*. Really.\n\n**How to fix.** Delete it.\n\n*FR — La ligne est vide :\nsupprimez-la.*\n\n## other\nNo sections.\n',
    );
    const blank = docs.get('blank-row');
    assert.ok(blank);
    assert.equal(blank.meaning.en, 'A row whose cells are all empty. Really.');
    assert.equal(blank.meaning.fr, 'La ligne est vide : supprimez-la.');
    assert.equal(firstSentence(blank.meaning.en ?? ''), 'A row whose cells are all empty.');
    assert.deepEqual(docs.get('other')?.meaning, {});
  });
});
