// The peers' verdicts, case for case: cases of frictionless-py's validation tests and of validata-core's
// custom-check tests, ported as data (test/fixtures/peers/<suite>/<case>/: the CSV, the schema, an
// expected.json with the peer's errors and the test it comes from), checked here as the CLI checks a file
// (checkOneFile: --schema, else the sidecar, else detection) and compared with what the peer reported. Every
// case agrees, or is listed in known-differences.json with the reason and what we report instead; a listed
// case that now agrees fails too (the entry is stale). The agreement per suite and per code is printed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkOneFile } from '../../server/src/cli/checkTask';
import type { FileReport } from '../../server/src/cli/checkFile';
import type { Problem } from '../../server/src/engine/problems/problem';

const root = path.join(__dirname, '../fixtures/peers');

/** [rowNumber, fieldNumber, code], numbered as the peer numbers them (null: not about a row / a field). */
type PeerError = [number | null, number | null, string];

interface Expected {
  source: { repository: string; file: string | null; test: string };
  /** The table, in the case folder. */
  file: string;
  /** The schema, passed as --schema (else the sidecar's, else none). */
  schema?: string;
  /** The peer's checklist options (frictionless-py's pick_errors, skip_errors, limit_errors). */
  options?: { pickErrors?: string[]; skipErrors?: string[]; limitErrors?: number };
  /** What the peer's test asserts: every error with its row and field, the codes of the errors, or validity alone. */
  check: 'errors' | 'codes' | 'validity';
  errors?: PeerError[];
  valid?: boolean;
}

interface KnownDifference {
  reason: string;
  /** What we report instead (normalized as compared), so that a change of ours is noticed. */
  ours: PeerError[] | boolean;
}

interface KnownDifferences {
  reasons: Record<string, string>;
  cases: Record<string, KnownDifference>;
}

/** How a suite reads our problems: which peer code each is, and how the peer numbers it. */
interface SuiteReading {
  peerErrors(report: FileReport): PeerError[];
}

const HEADER_CODES = new Set(['blank-label', 'duplicate-label', 'extra-label', 'incorrect-label', 'missing-label']);
/** Codes frictionless-py reports on a row, without a field number. */
const ROW_CODES = new Set(['blank-row', 'primary-key', 'foreign-key']);
/** frictionless-py's error tags, for pick_errors / skip_errors ("#header", "#row"). */
const TAGS: Record<string, Set<string>> = {
  '#header': HEADER_CODES,
  '#row': new Set(['blank-row', 'extra-cell', 'missing-cell', 'type-error', 'constraint-error', 'unique-error', 'primary-key', 'foreign-key']),
};

function errorsOf(report: FileReport): Problem[] {
  // The peers' reports list errors; our warnings and notes leave a file valid (exit code 0).
  return report.problems.filter((problem) => problem.severity === 'error');
}

/**
 * frictionless-py numbers as we do (the header is row 1) but reports labels without a row, row errors
 * (blank-row, keys) without a field, one missing-cell per missing cell, and a missing label after the
 * file's columns; an empty file is its source-error.
 */
const frictionless: SuiteReading = {
  peerErrors(report) {
    const rows: PeerError[] = [];
    const missingLabels = errorsOf(report)
      .filter((problem) => problem.code === 'missing-label')
      .sort((a, b) => Number(a.params.position) - Number(b.params.position));
    for (const problem of errorsOf(report)) {
      const code = problem.code === 'empty-file' ? 'source-error' : problem.code;
      const row = HEADER_CODES.has(code) ? null : (problem.rowNumber ?? null);
      if (code === 'missing-label') {
        rows.push([null, report.labels.length + missingLabels.indexOf(problem) + 1, code]);
      } else if (code === 'missing-cell') {
        const first = problem.fieldNumber ?? 1;
        for (let field = first; field < first + Number(problem.params.missingCount ?? 1); field++) rows.push([row, field, code]);
      } else {
        rows.push([row, ROW_CODES.has(code) ? null : (problem.fieldNumber ?? null), code]);
      }
    }
    return rows;
  },
};

/** Checks that stop on absent columns report it under their own code; Validata reports a check-error. */
const MISSING_COLUMNS_CHECK_ERRORS = new Set(['cohesive-columns-value', 'compare-columns-value', 'sum-columns-value']);

/** validata-core's tests assert the codes of the errors: ours named as Validata names them. */
const validata: SuiteReading = {
  peerErrors(report) {
    return errorsOf(report).map((problem): PeerError => {
      let code: string = problem.code;
      if (code === 'missing-label') code = 'missing-required-header';
      else if (code === 'custom-check-unsupported') code = 'check-error';
      else if (MISSING_COLUMNS_CHECK_ERRORS.has(code) && problem.params.variant === 'missing-columns') code = 'check-error';
      else if (code === 'french-gps-coordinates' && (problem.params.variant === 'swapped' || problem.params.variant === 'swap-reported')) code = 'reversed-french-gps-coordinates';
      return [null, null, code];
    });
  },
};

const SUITES: Record<string, SuiteReading> = { frictionless, validata };

function compareErrors(a: PeerError, b: PeerError): number {
  const order = (value: number | null) => (value === null ? -1 : value);
  return order(a[0]) - order(b[0]) || order(a[1]) - order(b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

function matches(code: string, filters: string[]): boolean {
  return filters.some((filter) => filter === code || TAGS[filter]?.has(code));
}

/** Our errors as the peer's test would see them: its checklist options applied, in its order. */
function applyOptions(errors: PeerError[], options: Expected['options'] = {}): PeerError[] {
  let kept = [...errors].sort(compareErrors);
  if (options.pickErrors) kept = kept.filter((error) => matches(error[2], options.pickErrors as string[]));
  if (options.skipErrors) kept = kept.filter((error) => !matches(error[2], options.skipErrors as string[]));
  if (options.limitErrors !== undefined) kept = kept.slice(0, options.limitErrors);
  return kept;
}

/** The comparable form of a result: sorted errors (codes only when the peer asserts codes), or validity. */
function comparable(expected: Expected, errors: PeerError[] | boolean): PeerError[] | boolean {
  if (typeof errors === 'boolean') return errors;
  const sorted = [...errors].sort(compareErrors);
  return expected.check === 'codes' ? sorted.map(([, , code]): PeerError => [null, null, code]).sort(compareErrors) : sorted;
}

interface CaseResult {
  suite: string;
  name: string;
  agreed: boolean;
  known: boolean;
  /** Per code involved: whether both sides report the same errors of that code. */
  codes: Map<string, boolean>;
}

function codeAgreement(theirs: PeerError[] | boolean, ours: PeerError[] | boolean): Map<string, boolean> {
  const result = new Map<string, boolean>();
  if (typeof theirs === 'boolean' || typeof ours === 'boolean') {
    result.set('(validity only)', theirs === ours);
    return result;
  }
  // A file the peer finds valid counts under "(no error)": agreed when we find no error either.
  if (theirs.length === 0) result.set('(no error)', ours.length === 0);
  const codes = new Set([...theirs, ...ours].map((error) => error[2]));
  for (const code of codes) {
    const of = (errors: PeerError[]) => JSON.stringify(errors.filter((error) => error[2] === code));
    result.set(code, of(theirs) === of(ours));
  }
  return result;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const known = readJson<KnownDifferences>(path.join(root, 'known-differences.json'));
const results: CaseResult[] = [];

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

function printAgreement(): void {
  const lines: string[] = [];
  for (const suite of Object.keys(SUITES)) {
    const cases = results.filter((result) => result.suite === suite);
    if (cases.length === 0) continue;
    const agreed = cases.filter((result) => result.agreed).length;
    const listed = cases.filter((result) => !result.agreed && result.known).length;
    lines.push('', `${suite}: ${cases.length} cases, ${agreed} agree, ${cases.length - agreed} differ (${listed} listed as known differences)`);
    const byCode = new Map<string, { cases: number; agreed: number }>();
    for (const result of cases) {
      for (const [code, same] of result.codes) {
        const entry = byCode.get(code) ?? { cases: 0, agreed: 0 };
        entry.cases++;
        if (same) entry.agreed++;
        byCode.set(code, entry);
      }
    }
    const rows = [...byCode].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, { cases: count, agreed: same }]) => [code, String(count), String(same)]);
    lines.push(table([['code', 'cases', 'agreed'], ...rows]).replace(/^/gm, '  '));
  }
  console.log(lines.join('\n'));
}

describe('the peers’ verdicts, case for case', function () {
  after(printAgreement);

  it('every known difference names a case and a reason that exist', () => {
    for (const [id, entry] of Object.entries(known.cases)) {
      assert.ok(fs.existsSync(path.join(root, id, 'expected.json')), `${id}: no such case`);
      assert.ok(known.reasons[entry.reason], `${id}: unknown reason ${entry.reason}`);
    }
  });

  for (const suite of Object.keys(SUITES)) {
    describe(suite, () => {
      const dir = path.join(root, suite);
      for (const name of fs.readdirSync(dir).filter((entry) => fs.existsSync(path.join(dir, entry, 'expected.json'))).sort()) {
        it(name, async () => {
          const caseDir = path.join(dir, name);
          const expected = readJson<Expected>(path.join(caseDir, 'expected.json'));
          const outcome = await checkOneFile(path.join(caseDir, expected.file), {
            schema: expected.schema ? path.join(caseDir, expected.schema) : undefined,
            detect: true,
            cwd: caseDir,
          });
          assert.ok('report' in outcome, `${name}: ${'failure' in outcome ? outcome.failure : ''}`);
          const ourErrors = applyOptions(SUITES[suite].peerErrors(outcome.report), expected.options);
          const theirs = comparable(expected, expected.check === 'validity' ? (expected.valid as boolean) : (expected.errors as PeerError[]));
          const ours = comparable(expected, expected.check === 'validity' ? ourErrors.length === 0 : ourErrors);
          const agreed = JSON.stringify(theirs) === JSON.stringify(ours);
          const id = `${suite}/${name}`;
          const listed = known.cases[id];
          results.push({ suite, name, agreed, known: listed !== undefined, codes: codeAgreement(theirs, ours) });
          if (agreed) {
            assert.equal(listed, undefined, `${id} agrees with the peer now: remove it from known-differences.json`);
            return;
          }
          assert.ok(listed, `${id} differs from ${expected.source.repository} (${expected.source.test}) and is not a known difference:\n  theirs ${JSON.stringify(theirs)}\n  ours   ${JSON.stringify(ours)}`);
          assert.deepEqual(ours, comparable(expected, listed.ours), `${id}: we now report something else than known-differences.json says`);
        });
      }
    });
  }
});
