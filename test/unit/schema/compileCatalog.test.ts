// Every Table Schema of the bundled catalog (schemas/catalog/index.json, including the table schemas inside
// data packages) compiles without exception and without schema problem, and its checkers run on sample values.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';

const catalogDir = path.join(__dirname, '../../../schemas/catalog');

interface IndexVersion {
  file: string;
  content: string;
}

function catalogTableSchemas(): { id: string; schema: TableSchema }[] {
  const index = JSON.parse(fs.readFileSync(path.join(catalogDir, 'index.json'), 'utf8')) as { schemas: Record<string, { versions: Record<string, IndexVersion> }> };
  const found: { id: string; schema: TableSchema }[] = [];
  for (const [name, entry] of Object.entries(index.schemas)) {
    for (const [version, info] of Object.entries(entry.versions)) {
      const id = `${name}@${version}`;
      if (info.content !== 'tableschema' && info.content !== 'datapackage') continue;
      const descriptor = JSON.parse(fs.readFileSync(path.join(catalogDir, info.file), 'utf8')) as Record<string, unknown>;
      if (info.content === 'tableschema') found.push({ id, schema: descriptor as TableSchema });
      else {
        const resources = Array.isArray(descriptor.resources) ? (descriptor.resources as { name?: string; schema?: unknown }[]) : [];
        resources.forEach((resource, i) => {
          const schema = resource.schema as TableSchema | undefined;
          if (schema && typeof schema === 'object' && Array.isArray(schema.fields)) found.push({ id: `${id}#${resource.name ?? i}`, schema });
        });
      }
    }
  }
  return found;
}

describe('the bundled catalog compiles', () => {
  const schemas = catalogTableSchemas();

  it('finds the catalog table schemas (169 Table Schemas and the ones inside data packages)', () => {
    assert.ok(schemas.length >= 169, `${schemas.length} table schemas`);
  });

  it('compiles every one without exception and without schema problem', () => {
    const problems: string[] = [];
    for (const { id, schema } of schemas) {
      const compiled = compileSchema(schema);
      assert.equal(compiled.fields.length, schema.fields.length, id);
      for (const issue of compiled.issues) problems.push(`${id} ${issue.fieldName ?? ''} ${issue.variant} ${JSON.stringify(issue.params)}`);
    }
    assert.deepEqual(problems, []);
  });

  it("runs every field's check on its example, an empty value and a garbage value without exception", () => {
    let examples = 0;
    for (const { id, schema } of schemas) {
      for (const field of compileSchema(schema).fields) {
        const example = field.field.example;
        const values = ['', '\u0000garbage »', example === undefined ? 'x' : typeof example === 'string' ? example : JSON.stringify(example)];
        for (const value of values) assert.doesNotThrow(() => field.check(value), `${id} ${field.name} ${JSON.stringify(value)}`);
        if (field.example !== undefined) {
          examples++;
          assert.equal(field.check(field.example), null, `${id} ${field.name}: the example kept for messages passes its field`);
        }
      }
    }
    assert.ok(examples > 3000, `${examples} usable examples`);
  });

  it('the IRVE schema compiles into the checkers the national file needs', () => {
    const irve = schemas.find(({ id }) => id === 'etalab/schema-irve-statique@2.3.1');
    assert.ok(irve);
    const compiled = compileSchema(irve.schema);
    const byName = new Map(compiled.fields.map((field) => [field.name, `${field.type}/${field.format}`]));
    assert.deepEqual(
      ['coordonneesXY', 'date_maj', 'contact_operateur', 'nbre_pdc', 'puissance_nominale', 'prise_type_2'].map((name) => byName.get(name)),
      ['geopoint/array', 'date/%Y-%m-%d', 'string/email', 'integer/default', 'number/default', 'boolean/default'],
    );
    assert.equal(compiled.fields.find((field) => field.name === 'nom_station')?.acceptsAnyText, true);
  });
});
