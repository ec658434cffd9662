// Every declared problem code is raised somewhere a test can see it: by checking the fixtures and the
// examples the way the CLI does, or, for a code no file can raise (an editor-only state, a setting), by
// a named test that raises it. A declared code nothing raises is dead weight in the docs and the catalog.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkOneFile, sidecarKindOf } from '../../../server/src/cli/checkTask';
import { allProblemCodes, type ProblemCode } from '../../../server/src/engine/problems/catalog';

const root = path.resolve(__dirname, '../../..');

/**
 * Codes no file on disk raises through the CLI, each with the test that raises it (relative to the
 * repository) and why a fixture cannot.
 */
const RAISED_BY_TESTS: Partial<Record<ProblemCode, { test: string; why: string }>> = {
  'binary-file': { test: 'test/unit/table/badInput.test.ts', why: 'a binary file (a PNG) built in the test: the UTF-16 fixture that once raised it is read now' },
  'encoding-misread': { test: 'test/unit/table/fileEncoding.test.ts', why: 'the editor reading a file in the wrong encoding: the CLI decodes the bytes itself' },
  'too-many-problems': { test: 'test/lsp/bigDocument.test.ts', why: 'the editor caps the problems it publishes; the CLI reports them all' },
  'pattern-too-costly': { test: 'test/hostile/patterns.test.ts', why: 'a pattern that backtracks for seconds: no fixture should cost that' },
  'schema-file-not-found': { test: 'test/unit/schema/catalog.test.ts', why: 'a reference to a missing file: fixtures name schemas that exist' },
  'schema-file-outside': { test: 'test/unit/schema/schemaOutside.test.ts', why: 'a link out of the folder, made in a temporary folder' },
  'schema-not-table-schema': { test: 'test/unit/schema/catalog.test.ts', why: 'a catalog entry that is not a Table Schema' },
  'schema-version-not-pinned': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar naming a schema without its version, built in the test' },
  // Sidecar checks: each needs its own small sidecar, built in memory by the metadata tests.
  'metadata-date-order': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-dialect-mismatch': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-keyword-format': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-licence-conflict': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-licence-not-approved': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-path-not-found': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-path-not-table': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-path-remote': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-placeholder': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-siret': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-temporal-coverage': { test: 'test/unit/metadata/crossChecks.test.ts', why: 'a sidecar built in the test' },
  'metadata-path-unsafe': { test: 'test/unit/metadata/badInput.test.ts', why: 'paths out of the folder, built in a temporary folder' },
  'metadata-resource-ref': { test: 'test/unit/metadata/badInput.test.ts', why: 'a datapackage naming a resource that does not exist, built in the test' },
  'metadata-too-large': { test: 'test/unit/metadata/badInput.test.ts', why: 'a sidecar of several megabytes: not kept in the repository' },
  'metadata-sidecar-unusable': { test: 'test/hostile/sidecarLink.test.ts', why: 'a sidecar that is a link out of its folder' },
  'schema-setting-not-shared': { test: 'test/lsp/schema.test.ts', why: 'the editor alone has settings beside the project’s: a language server session' },
  'json-schema-unusable': { test: 'test/unit/json/jsonDataset.test.ts', why: 'a Table Schema named with --schema for a JSON file: the fixtures are checked with the schema they name or match' },
};

/** Codes no fixture and no test raises yet, each with why and who can add one. The goal is this list empty. */
const NOT_RAISED_YET: Partial<Record<ProblemCode, string>> = {};

/** The Table Schemas (JSON with `fields`) in a file's folder. */
function tableSchemasBeside(file: string): string[] {
  const dir = path.dirname(file);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
    .filter((candidate) => {
      try {
        return Array.isArray((JSON.parse(fs.readFileSync(candidate, 'utf8')) as { fields?: unknown }).fields);
      } catch {
        return false;
      }
    });
}

function filesToCheck(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesToCheck(full);
    if (!entry.isFile()) return [];
    // JSON datasets: those of test/fixtures/json and the examples (elsewhere, .json files are schemas and settings).
    const jsonDataset = /\.(geo)?json$/i.test(entry.name) && (dir.includes(`${path.sep}fixtures${path.sep}json`) || /\.geojson$/i.test(entry.name) || dir.startsWith(path.join(root, 'examples')));
    return /\.(csv|tsv|txt)$/i.test(entry.name) || /(\.resource\.ya?ml|^datapackage\.ya?ml)$/i.test(entry.name) || jsonDataset ? [full] : [];
  });
}

describe('declared problem codes are raised', function () {
  this.timeout(120_000);
  const raised = new Set<string>();

  before(async () => {
    for (const file of [...filesToCheck(path.join(root, 'test/fixtures')), ...filesToCheck(path.join(root, 'examples'))]) {
      // As the CLI checks it (schema from its sidecar or detected), then against each Table Schema beside it.
      const schemas = sidecarKindOf(file) || /\.(geo)?json$/i.test(file) ? [] : tableSchemasBeside(file);
      for (const schema of [undefined, ...schemas]) {
        const outcome = await checkOneFile(file, { schema, detect: schema === undefined, cwd: path.dirname(file) });
        if ('report' in outcome) for (const problem of outcome.report.problems) raised.add(problem.code);
      }
    }
  });

  it('by the fixtures and examples, or by a named test', () => {
    const neverRaised = allProblemCodes().filter((code) => !raised.has(code) && !RAISED_BY_TESTS[code] && !NOT_RAISED_YET[code]);
    assert.deepEqual(neverRaised, [], `declared codes no fixture raises: add a fixture, or name the test that raises it`);
  });

  it('names, for each code no fixture raises, a test that exists and raises it', () => {
    for (const [code, { test }] of Object.entries(RAISED_BY_TESTS)) {
      const file = path.join(root, test);
      assert.ok(fs.existsSync(file), `${code}: ${test} does not exist`);
      assert.ok(fs.readFileSync(file, 'utf8').includes(code), `${code}: ${test} does not mention it`);
      assert.ok(!raised.has(code), `${code} is raised by a fixture now: remove it from RAISED_BY_TESTS`);
    }
    for (const code of Object.keys(NOT_RAISED_YET)) assert.ok(!raised.has(code) && !RAISED_BY_TESTS[code as ProblemCode], `${code} is raised now: remove it from NOT_RAISED_YET`);
  });
});
