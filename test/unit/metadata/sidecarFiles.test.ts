// Which sidecar describes a CSV (beside it, or in a datapackage of its folder or a parent), what the
// CSV reader takes from it, and the vocabularies the sidecar's JSON Schema and the SCDL agree on.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rootSchema, schemaAtPath } from '../../../server/src/engine/metadata/descriptorSchemas';
import { findSidecarFor } from '../../../server/src/engine/metadata/findSidecar';
import { sidecarKindOf } from '../../../server/src/engine/metadata/sidecarFiles';
import { frequencies, granularities, licences } from '../../../server/src/engine/metadata/vocabulary';
import { scratch } from './metadataKit';

describe('metadata: finding a CSV’s sidecar', () => {
  it('names sidecars by their file name', () => {
    assert.deepEqual(['a.resource.yaml', 'A.Resource.YML', 'datapackage.yaml', '.resource.yaml', 'a.yaml', 'a.csv'].map(sidecarKindOf), ['resource', 'resource', 'package', undefined, undefined, undefined]);
  });

  it('takes foo.resource.yaml beside foo.csv: schema reference, dialect and encoding', () => {
    const dir = scratch({ 'foo.csv': 'a;b\n', 'foo.resource.yaml': 'path: foo.csv\nschema: scdl/subventions@2.1.1\nencoding: ISO-8859-1\ndialect:\n  delimiter: ";"\n  header: false\n  lineTerminator: "\\r\\n"\n' });
    const binding = findSidecarFor(path.join(dir, 'foo.csv'))!;
    assert.equal(binding.file, path.join(dir, 'foo.resource.yaml'));
    assert.deepEqual(binding.schema, { ref: 'scdl/subventions@2.1.1', baseDir: dir });
    assert.deepEqual(binding.dialect, { delimiter: ';', header: false, lineTerminator: 'CRLF' });
    assert.equal(binding.encoding, 'windows-1252');
  });

  it('ignores a sidecar named after the CSV whose path names another file; reports one that does not parse', () => {
    const dir = scratch({ 'foo.csv': 'a\n', 'foo.resource.yaml': 'path: other.csv\n', 'bar.csv': 'a\n', 'bar.resource.yaml': 'path: [bar.csv\n' });
    assert.equal(findSidecarFor(path.join(dir, 'foo.csv')), undefined);
    assert.deepEqual(findSidecarFor(path.join(dir, 'bar.csv'))?.unusable, { reason: 'yaml' });
  });

  it('finds a CSV in a parent folder’s datapackage, inline or through a listed resource file, and an inline schema', () => {
    const dir = scratch({
      'data/a.csv': 'id\n1\n',
      'data/b.csv': 'id\n1\n',
      'data/b.resource.yaml': 'path: b.csv\nschema: etalab/schema-irve-statique@2.3.1\n',
      'datapackage.yaml': 'resources:\n  - path: data/a.csv\n    schema:\n      fields:\n        - name: id\n          type: integer\n  - data/b.resource.yaml\n',
    });
    const a = findSidecarFor(path.join(dir, 'data', 'a.csv'))!;
    assert.deepEqual([a.kind, a.segments, a.line, a.schema?.inline?.fields[0].name], ['package', ['resources', 0], 1, 'id']);
    const b = findSidecarFor(path.join(dir, 'data', 'b.csv'))!;
    assert.deepEqual([b.kind, b.file, b.schema?.ref], ['resource', path.join(dir, 'data', 'b.resource.yaml'), 'etalab/schema-irve-statique@2.3.1']);
    // Above the workspace folder nothing is looked for.
    assert.equal(findSidecarFor(path.join(dir, 'data', 'a.csv'), { stopAt: path.join(dir, 'data') }), undefined);
  });

  it('does not use a malformed inline schema (its errors are the sidecar’s)', () => {
    const dir = scratch({ 'f.csv': 'id\n', 'f.resource.yaml': 'path: f.csv\nschema:\n  fields:\n    - name: id\n      type: entier\n' });
    assert.equal(findSidecarFor(path.join(dir, 'f.csv'))?.schema, undefined);
  });
});

describe('metadata: vocabularies', () => {
  const scdl = JSON.parse(readFileSync(path.resolve(__dirname, '../../../schemas/catalog/scdl/catalogue/0.1.3/schema.json'), 'utf8')) as { fields: { name: string; constraints: { enum?: string[] } }[] };
  const scdlEnum = (name: string) => scdl.fields.find((f) => f.name === name)!.constraints.enum!;

  it('lists in the JSON Schema exactly the values of the vocabularies', () => {
    const enumAt = (p: string[]) => schemaAtPath('resource', p)!.alternatives.flatMap((s) => s.enum ?? []);
    assert.deepEqual(enumAt(['frequence']), frequencies.map((e) => e.value));
    assert.deepEqual(enumAt(['licence']), licences.map((e) => e.value));
    assert.deepEqual(enumAt(['couverture_spatiale', 'maille']), granularities.map((e) => e.value));
  });

  it('maps every value to a value of the SCDL catalogue', () => {
    for (const entry of frequencies) assert.ok(scdlEnum('FREQ_MAJ').includes(entry.scdl), entry.value);
    for (const entry of licences) assert.ok(scdlEnum('LICENCE').includes(entry.scdl), entry.value);
    for (const entry of granularities) assert.ok(scdlEnum('COUV_SPAT_MAILLE').includes(entry.scdl), entry.value);
  });

  it('documents every property of the sidecar in French and English', () => {
    const walk = (kind: 'resource' | 'package', prefix: string[]) => {
      const at = schemaAtPath(kind, prefix)!;
      for (const name of new Set(at.alternatives.flatMap((s) => Object.keys(s.properties ?? {})))) {
        const child = schemaAtPath(kind, [...prefix, name])!;
        if (['escapeChar', 'nullSequence', 'commentChar', 'caseSensitiveHeader', 'csvddfVersion', 'profile', 'bytes', 'hash', 'scheme', 'type', 'sources', 'homepage', 'primaryKey', 'missingValues', 'title', 'description', 'format', 'constraints', 'nom', 'email', 'telephone', 'id', 'version', 'created', 'contributors', 'keywords', 'image'].includes(name) && !child.doc?.description) continue;
        assert.ok(child.doc?.description && child.doc['x-description-en'], `${kind}: ${[...prefix, name].join('.')}`);
      }
    };
    walk('resource', []);
    walk('resource', ['producteur']);
    walk('resource', ['couverture_spatiale']);
    walk('resource', ['couverture_temporelle']);
    walk('resource', ['dialect']);
    walk('package', []);
    assert.ok(rootSchema('resource').description);
  });
});
