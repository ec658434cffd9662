// Bad sidecars: malformed YAML with positions, a YAML bomb, self-containing aliases, deep nesting, a huge
// file, a path outside the folder, a 1 GB CSV, circular datapackages, unknown schema references —
// clear problems, no hang, no crash.
import { strict as assert } from 'node:assert';
import { closeSync, openSync, writeSync, ftruncateSync } from 'node:fs';
import * as path from 'node:path';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { MAX_SIDECAR_CHARS, parseSidecarYaml } from '../../../server/src/engine/metadata/parseSidecarYaml';
import { FACT_BYTES } from '../../../server/src/engine/metadata/tableFacts';
import { check, en, fr, only, scratch, where } from './metadataKit';

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

describe('metadata: bad input', () => {
  it('reports YAML syntax errors where they are, in French and English, and checks nothing else', () => {
    const report = check('path: bornes.csv\ntitle: Bornes\ntitle: Bornes bis\n\tfrequence: annuelle\n');
    assert.deepEqual(where(report.problems), ['metadata-yaml-syntax 2:0-2:5', 'metadata-yaml-syntax 3:0-3:1']);
    assert.equal(fr(report.problems[0]), 'Cette clé est écrite deux fois dans le même bloc : n’en gardez qu’une.');
    assert.equal(en(report.problems[1]), 'Tabs cannot indent YAML: use spaces.');
    assert.equal(report.descriptor, undefined);
  });

  it('refuses a YAML bomb instead of expanding it', () => {
    const started = Date.now();
    const report = check(BOMB);
    assert.deepEqual(report.problems.map((p) => [p.code, p.params.variant]), [['metadata-yaml-aliases', 'count']]);
    assert.match(fr(report.problems[0]), /bombe YAML/);
    // Not a speed test: expanding the bomb would take minutes and gigabytes, refusing it takes milliseconds.
    assert.ok(Date.now() - started < 5_000);
  });

  it('refuses an alias inside the block it repeats (an infinite value), pointing at the alias', () => {
    const report = check('path: bornes.csv\nx-boucle: &moi\n  encore: *moi\n');
    assert.deepEqual(where(report.problems), ['metadata-yaml-aliases 2:10-2:14']);
    assert.equal(en(report.problems[0]), 'This alias (*moi) refers to a block that contains it: the value would be infinite.');
  });

  it('survives deep nesting and reports it', () => {
    const report = check(`path: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    assert.ok(report.problems.some((p) => p.code === 'metadata-yaml-syntax' && p.params.variant === 'RESOURCE_EXHAUSTION'), report.problems.map((p) => p.code).join());
  });

  it('does not parse a text too large to be a sidecar', () => {
    const parsed = parseSidecarYaml(`x-data: "${'a'.repeat(MAX_SIDECAR_CHARS)}"\n`);
    assert.equal(parsed.doc, undefined);
    assert.deepEqual(parsed.problems.map((p) => p.code), ['metadata-too-large']);
  });

  it('never reads a path outside the sidecar’s folder', () => {
    const dir = scratch({ 'secret.csv': 'a\n1\n', 'sub/x.txt': '' });
    for (const [value, variant] of [['../secret.csv', 'parent'], ['/etc/passwd', 'absolute'], ['C:\\Windows\\win.ini', 'absolute'], ['data/../../secret.csv', 'parent']]) {
      const report = check(`path: ${JSON.stringify(value)}\n`, path.join(dir, 'sub'));
      const [problem] = only(report, 'metadata-path-unsafe');
      assert.equal(problem?.params.variant, variant, value);
      assert.equal(report.resources[0].tablePath, undefined);
    }
  });

  it('reads only the beginning of a 1 GB CSV (sparse file) and says the dates come from the part read', () => {
    const dir = scratch();
    const file = path.join(dir, 'enorme.csv');
    const fd = openSync(file, 'w');
    try {
      const rows = ['date,valeur'];
      for (let i = 0; i < 120_000; i++) rows.push(`20${String(10 + (i % 10))}-0${1 + (i % 9)}-1${i % 10},${i}`);
      writeSync(fd, `${rows.join('\n')}\n`);
      // The rest is a hole: a 1 GB file that takes no disk space (and that nothing must read).
      ftruncateSync(fd, 1 << 30);
    } finally {
      closeSync(fd);
    }
    const report = check('path: enorme.csv\ncouverture_temporelle:\n  debut: 2012-01-01\n  fin: 2030-12-31\n', dir, 'enorme.resource.yaml');
    const facts = report.resources[0].facts!;
    assert.equal(facts.truncated, true);
    assert.ok(facts.rowsRead > 1000 && facts.rowsRead <= FACT_BYTES / 10, String(facts.rowsRead));
    const [coverage] = only(report, 'metadata-temporal-coverage');
    assert.equal(coverage.params.date, '2010-01-10');
    assert.match(fr(coverage), /\(dans le début du fichier lu\)\.$/);
  });

  it('does not go round in circles with a datapackage that lists itself or another package', () => {
    const text = 'resources:\n  - datapackage.yaml\n  - sub/datapackage.yaml\n  - path: a.csv\n';
    const dir = scratch({
      'a.csv': 'x\n1\n',
      'datapackage.yaml': text,
      'sub/datapackage.yaml': 'resources:\n  - ../datapackage.yaml\n',
    });
    const report = check(text, dir, 'datapackage.yaml');
    assert.deepEqual(
      only(report, 'metadata-resource-ref').map((p) => p.params.variant),
      ['circular', 'circular'],
    );
    assert.deepEqual(only(report, 'metadata-invalid').map((p) => p.params.variant), ['pattern', 'pattern']);
    // And a CSV of that folder finds its resource without looping.
    const binding = findSidecarFor(path.join(dir, 'a.csv'));
    assert.deepEqual([binding?.kind, binding?.segments, binding?.line], ['package', ['resources', 2], 3]);
  });

  it('lists the references that exist for an unknown schema, with a fix for a near miss', () => {
    const dir = scratch({ 'bornes.csv': 'a\n1\n' });
    const report = check('path: bornes.csv\nschema: etalab/schema-irve-statiqe@2.3.1\n', dir);
    const [problem] = only(report, 'schema-not-found');
    assert.equal(problem.params.suggestion, 'etalab/schema-irve-statique');
    assert.match(fr(problem), /Vouliez-vous dire : etalab\/schema-irve-statique/);
    const version = only(check('path: bornes.csv\nschema: etalab/schema-irve-statique@9.9\n', dir), 'schema-not-found')[0];
    assert.match(en(version), /has no version “9\.9” \(available: .*2\.3\.1/);
  });

  it('reports an empty sidecar, a sidecar that is a list, and a binary CSV without crashing', () => {
    assert.deepEqual(check('').problems.map((p) => p.params.variant), ['type-root']);
    assert.deepEqual(check('- a\n- b\n').problems.map((p) => p.params.variant), ['type-root']);
    const dir = scratch({ 'bin.csv': new Uint8Array([0, 1, 2, 0, 0, 0, 255, 0]) });
    const report = check('path: bin.csv\n', dir, 'bin.resource.yaml');
    assert.equal(report.resources[0].tablePath, path.join(dir, 'bin.csv'));
    assert.equal(report.resources[0].facts, undefined);
  });
});
