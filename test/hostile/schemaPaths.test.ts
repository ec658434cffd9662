// Issue #20, item 2: a sidecar's `schema:` must not make us read any file of the disk (absolute paths,
// file: URLs, `..` out of the folder, links), nor a device or a FIFO; nothing of a refused file appears in
// a message. The user's own --schema may name a file elsewhere, but only a regular file of at most 5 MB.
import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../lsp/lspSession';
import { makeFifo, runCliTimed, tempFolder } from './hostileCli';

const SECRET = 'TOPSECRET-CONTENT-1234';
const csv = 'nom,valeur\na,1\n';

interface JsonProblem {
  code: string;
  params?: Record<string, unknown>;
  message: string;
}

function sidecarProblems(stdout: string, sidecar: string): JsonProblem[] {
  const report = JSON.parse(stdout) as { files: { path: string; problems: JsonProblem[] }[] };
  const file = report.files.find((f) => path.basename(f.path) === sidecar);
  assert.ok(file, `no report for ${sidecar}: ${stdout.slice(0, 500)}`);
  return file.problems;
}

describe('hostile: schema paths of sidecars and of the user', function () {
  this.timeout(60_000);
  let dir: string;
  let outside: string;

  before(() => {
    outside = tempFolder('outside');
    writeFileSync(path.join(outside, 'secret.json'), `${SECRET}\n`);
    writeFileSync(path.join(outside, 'schema.json'), JSON.stringify({ fields: [{ name: 'nom' }, { name: 'valeur' }] }));
    dir = tempFolder('schema');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const refusedRefs: [string, () => string][] = [
    ['an absolute path', () => '/etc/passwd'],
    ['a file: URL', () => 'file:///etc/shadow'],
    ['/proc/self/environ', () => '/proc/self/environ'],
    ['/dev/zero', () => '/dev/zero'],
    ['.. out of the folder', () => path.relative(dir, path.join(outside, 'secret.json'))],
  ];
  for (const [label, ref] of refusedRefs) {
    it(`refuses ${label} in a sidecar's schema, quoting nothing of the file`, () => {
      const name = `t${refusedRefs.findIndex(([l]) => l === label)}`;
      writeFileSync(path.join(dir, `${name}.csv`), csv);
      writeFileSync(path.join(dir, `${name}.resource.yaml`), `path: ${name}.csv\nschema: ${JSON.stringify(ref())}\n`);
      const run = runCliTimed(['check', '--format', 'json', `${name}.resource.yaml`], { cwd: dir, timeoutMs: 15_000 });
      assert.equal(run.timedOut, false, 'the check did not finish');
      const problems = sidecarProblems(run.stdout, `${name}.resource.yaml`);
      const unsafe = problems.find((p) => p.code === 'metadata-path-unsafe');
      assert.ok(unsafe, JSON.stringify(problems));
      assert.ok(!run.stdout.includes(SECRET) && !run.stdout.includes('root:'), run.stdout);
    });
  }

  it('refuses a schema reached through a link out of the folder', () => {
    symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'linked.json'));
    writeFileSync(path.join(dir, 'link.csv'), csv);
    writeFileSync(path.join(dir, 'link.resource.yaml'), 'path: link.csv\nschema: linked.json\n');
    const run = runCliTimed(['check', '--format', 'json', 'link.resource.yaml'], { cwd: dir });
    const problems = sidecarProblems(run.stdout, 'link.resource.yaml');
    assert.ok(problems.some((p) => p.code === 'metadata-path-unsafe' && p.params?.variant === 'schema-outside'), JSON.stringify(problems));
    assert.ok(!run.stdout.includes(SECRET));
  });

  it("reads a schema reached with '..' when it stays in the working folder (the CLI's workspace)", () => {
    mkdirSync(path.join(dir, 'shared', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'shared', 'common.json'), JSON.stringify({ fields: [{ name: 'nom' }, { name: 'valeur' }] }));
    writeFileSync(path.join(dir, 'shared', 'sub', 'up.csv'), csv);
    writeFileSync(path.join(dir, 'shared', 'sub', 'up.resource.yaml'), 'path: up.csv\nschema: ../common.json\n');
    const inside = runCliTimed(['check', '--format', 'json', 'shared/sub/up.resource.yaml'], { cwd: dir });
    assert.ok(!sidecarProblems(inside.stdout, 'up.resource.yaml').some((p) => p.code === 'metadata-path-unsafe' || p.code.startsWith('schema-')), inside.stdout);
    // Run from the sidecar's own folder, `..` leads out of the working folder: refused.
    const fromBelow = runCliTimed(['check', '--format', 'json', 'up.resource.yaml'], { cwd: path.join(dir, 'shared', 'sub') });
    assert.ok(sidecarProblems(fromBelow.stdout, 'up.resource.yaml').some((p) => p.code === 'metadata-path-unsafe' && p.params?.variant === 'schema-outside'), fromBelow.stdout);
  });

  it('still reads a schema file of the folder tree', () => {
    mkdirSync(path.join(dir, 'schemas'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas', 'ok.json'), JSON.stringify({ fields: [{ name: 'nom' }, { name: 'autre' }] }));
    writeFileSync(path.join(dir, 'ok.csv'), csv);
    writeFileSync(path.join(dir, 'ok.resource.yaml'), 'path: ok.csv\nschema: schemas/ok.json\n');
    const run = runCliTimed(['check', '--format', 'json', 'ok.resource.yaml'], { cwd: dir });
    const problems = sidecarProblems(run.stdout, 'ok.resource.yaml');
    assert.ok(!problems.some((p) => p.code === 'metadata-path-unsafe' || p.code.startsWith('schema-')), JSON.stringify(problems));
  });

  it("--schema may name a file elsewhere, but not a device, a FIFO nor a file over 5 MB", () => {
    writeFileSync(path.join(dir, 'data.csv'), csv);
    const elsewhere = runCliTimed(['check', '--format', 'json', '--schema', path.join(outside, 'schema.json'), 'data.csv'], { cwd: dir });
    assert.equal(elsewhere.code, 0, elsewhere.stdout + elsewhere.stderr);
    makeFifo(path.join(dir, 'schema.fifo.json'));
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    for (const [ref, words] of [['/dev/zero', /not a regular file/], ['/dev/urandom', /not a regular file/], ['schema.fifo.json', /not a regular file/], ['big.json', /larger than 5 MB/]] as const) {
      const run = runCliTimed(['check', '--schema', ref, 'data.csv'], { cwd: dir, timeoutMs: 15_000, maxMemoryMb: 256 });
      assert.equal(run.timedOut, false, `--schema ${ref} did not finish`);
      assert.notEqual(run.code, 0);
      assert.match(run.stdout + run.stderr, words, `--schema ${ref}: ${run.stdout}${run.stderr}`);
    }
  });

  it('the language server refuses /dev/zero in a sidecar and in the settings, and stays alive', async () => {
    const session = await LspSession.start({ rootPath: dir, settings: { schema: '/dev/zero' } });
    try {
      writeFileSync(path.join(dir, 'lsp.csv'), csv);
      const sidecarUri = pathToFileURL(path.join(dir, 'lsp.resource.yaml')).href;
      session.open(sidecarUri, 'path: lsp.csv\nschema: /dev/zero\n', 'yaml');
      const diagnostics = await session.diagnostics(sidecarUri);
      assert.ok(diagnostics.some((d) => d.code === 'metadata-path-unsafe'), JSON.stringify(diagnostics));
      const tableUri = pathToFileURL(path.join(dir, 'lsp.csv')).href;
      session.open(tableUri, csv);
      const tableDiagnostics = await session.diagnostics(tableUri);
      assert.ok(tableDiagnostics.some((d) => /regular file|ordinaire/.test(d.message)), JSON.stringify(tableDiagnostics));
      assert.ok(session.isAlive());
    } finally {
      await session.stop();
    }
  });
});
