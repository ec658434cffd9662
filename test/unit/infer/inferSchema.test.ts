// Schema inference: the fields it writes for the kinds of columns French local open data has, and the
// promise that the inferred schema validates the file it came from (every fixture, every catalog example,
// and random tables).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isPlaceholder } from '../../../server/src/engine/metadata/placeholders';
import { inferSchema, schemaJson } from '../../../server/src/engine/infer';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import type { TableSchemaField } from '../../../server/src/engine/schema/tableSchema';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { validateText } from '../../../server/src/engine/validate';
import { propertyRuns } from '../../support/properties';

const fixtures = path.resolve(__dirname, '../../fixtures');

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_snapshot' ? [] : csvFiles(full);
    return name.endsWith('.csv') ? [full] : [];
  });
}

function field(text: string, name: string): TableSchemaField {
  const found = inferSchema(text, { today: '2024-06-01' }).schema.fields.find((f) => f.name === name);
  assert.ok(found, `no field ${name}`);
  return found;
}

/** The descriptor without the placeholder title and description (and the example): what a test compares. */
function shape(f: TableSchemaField): Record<string, unknown> {
  const { name: _name, title: _title, description: _description, example: _example, ...rest } = f;
  return rest;
}

/** Problems of the inferred schema on its own file (errors of any kind). */
function selfErrors(text: string, decoded?: ReturnType<typeof decodeBytes>): string[] {
  const inferred = inferSchema(text);
  const report = validateText(text, { checkers: schemaCheckers(inferred.schema, { geography: false }), ...(decoded ? { decoded } : {}) });
  return report.problems.filter((p) => p.severity === 'error').map((p) => `${p.rowNumber} ${p.code} ${p.fieldName ?? '-'} ${JSON.stringify(p.params)}`);
}

describe('schema inference', () => {
  describe('types and formats', () => {
    it('dates with the pattern the file uses, datetimes, times, and mixed date spellings', () => {
      assert.deepEqual(shape(field('d\n12/03/2024\n1/4/2024\n', 'd')), { type: 'date', format: '%d/%m/%Y', constraints: { required: true } });
      assert.deepEqual(shape(field('d\n2024-03-12\n2024-04-01\n', 'd')), { type: 'date', constraints: { required: true } });
      assert.deepEqual(shape(field('d;x\n12.03.2024;1\n01.04.2024;\n', 'd')), { type: 'date', format: '%d.%m.%Y', constraints: { required: true } });
      assert.deepEqual(shape(field('d\n2024-03-12 14:30\n2024-04-01 08:05\n', 'd')), { type: 'datetime', format: '%Y-%m-%d %H:%M', constraints: { required: true } });
      assert.deepEqual(shape(field('h\n08:30\n14:00\n', 'h')), { type: 'time', format: '%H:%M', constraints: { required: true } });
      assert.deepEqual(shape(field('d\n12/03/2024\n2024-04-01\n', 'd')), { type: 'date', format: 'any', constraints: { required: true } });
    });

    it('numbers with their decimal comma, integers, years, and codes that must stay text', () => {
      assert.deepEqual(shape(field('id;taux\n1;0,92\n2;1,5\n', 'taux')), { type: 'number', decimalChar: ',', constraints: { required: true } });
      assert.deepEqual(shape(field('id;montant\n1;1 234,50\n2;12,5\n', 'montant')), { type: 'number', decimalChar: ',', groupChar: ' ', constraints: { required: true } });
      assert.deepEqual(shape(field('places\n40\n-3\n\n7\n', 'places')), { type: 'integer', constraints: { required: true } });
      assert.deepEqual(shape(field('annee\n2021\n2022\n', 'annee')), { type: 'year', constraints: { required: true } });
      // Leading zeros: a number would lose them.
      assert.deepEqual(shape(field('numero\n007\n123\n', 'numero')), { type: 'string', constraints: { required: true, unique: true } });
    });

    it('booleans with the words of the file', () => {
      assert.deepEqual(shape(field('t\noui\nnon\nX\noui\n', 't')), { type: 'boolean', trueValues: ['X', 'oui'], falseValues: ['non'], constraints: { required: true } });
      assert.deepEqual(shape(field('a;t\n1;X\n2;\n3;X\n', 't')), { type: 'boolean', trueValues: ['X'], falseValues: [] });
      // 1 and 0 alone are numbers.
      assert.equal(field('t\n1\n0\n1\n', 't').type, 'integer');
    });

    it('French codes as text with their pattern: INSEE, postcode, SIREN, SIRET, phone', () => {
      assert.deepEqual(shape(field('code_insee\n29019\n2A004\n01053\n', 'code_insee')), { type: 'string', constraints: { required: true, pattern: '([013-9]\\d|2[AB1-9])\\d{3}' } });
      assert.deepEqual(shape(field('Code postal\n29200\n01000\n', 'Code postal')), { type: 'string', constraints: { required: true, pattern: '\\d{5}' } });
      // A column of distinct SIRENs (SIRETs) identifies its rows.
      assert.deepEqual(shape(field('siren\n130025265\n213502388\n', 'siren')), { type: 'string', constraints: { required: true, unique: true, pattern: '\\d{9}' } });
      assert.deepEqual(shape(field('siret;nom\n21350238800019;a\n13002526500013;a\n', 'siret')), { type: 'string', constraints: { required: true, unique: true, pattern: '\\d{14}' } });
      assert.deepEqual(shape(field('nom;siret\nA;21350238800019\nB;21350238800019\n', 'siret')), { type: 'string', constraints: { required: true, pattern: '\\d{14}' } });
      assert.deepEqual(shape(field('tel\n02 98 44 12 30\n+33 2 98 80 21 45\n0298446700\n', 'tel')), {
        type: 'string',
        constraints: { required: true, pattern: '(?:(?:\\+|00)33 ?(?:\\(0\\) ?)?|0)[1-9](?:[ .-]?\\d{2}){4}' },
      });
      // A SIREN column with a wrong checksum is not given the pattern's promise.
      assert.equal(field('siren\n130025265\n123456789\n', 'siren').constraints?.pattern, undefined);
    });

    it('latitude and longitude numbers with their bounds; a "lon, lat" or [lon, lat] column as a geopoint', () => {
      const text = 'nom,latitude,longitude\nA,48.39,-4.48\nB,47.99,-4.10\n';
      assert.deepEqual(field(text, 'latitude').constraints, { required: true, minimum: -90, maximum: 90 });
      assert.deepEqual(field(text, 'longitude').constraints, { required: true, minimum: -180, maximum: 180 });
      assert.deepEqual(shape(field('nom;coordonnees\nA;-4.48, 48.39\nB;-4.10, 47.99\n', 'coordonnees')), { type: 'geopoint', constraints: { required: true } });
      assert.deepEqual(shape(field('nom;coordonneesXY\nA;[-4.48,48.39]\nB;[-4.10,47.99]\n', 'coordonneesXY')), { type: 'geopoint', format: 'array', constraints: { required: true } });
      // "lat, lon" is no Table Schema point: the column stays text rather than hold wrong points.
      assert.equal(field('nom;coordonnees\nA;48.39, -4.48\nB;47.99, -4.10\n', 'coordonnees').type, 'string');
    });

    it('e-mail addresses and URLs as string formats', () => {
      assert.deepEqual(shape(field('courriel\ncontact@brest.fr\naccueil@quimper.bzh\n', 'courriel')), { type: 'string', format: 'email', constraints: { required: true } });
      assert.deepEqual(shape(field('site\nhttps://brest.fr\nhttp://quimper.bzh/creches\n', 'site')), { type: 'string', format: 'uri', constraints: { required: true } });
    });
  });

  describe('constraints and descriptive properties', () => {
    it('enum for short lists of text, not for free text nor for values seen once', () => {
      const rows = ['type;nom', ...['Crèche', 'Halte-garderie', 'Crèche', 'Micro-crèche', 'Crèche', 'Halte-garderie', 'Micro-crèche'].map((type, i) => `${type};Structure ${i}`)];
      const text = `${rows.join('\n')}\n`;
      assert.deepEqual(field(text, 'type').constraints, { required: true, enum: ['Crèche', 'Halte-garderie', 'Micro-crèche'] });
      assert.deepEqual(field(text, 'nom').constraints, { required: true });
    });

    it('unique and primary key for a column that identifies rows, required only where no cell is empty', () => {
      const inferred = inferSchema('id_structure;nom;places\nS1;Lucioles;40\nS2;Ti Bugale;\nS3;Ar Vro;24\n');
      assert.equal(inferred.schema.primaryKey, 'id_structure');
      assert.deepEqual(inferred.schema.fields[0].constraints, { required: true, unique: true });
      assert.equal(inferred.schema.fields[2].constraints, undefined);
      assert.deepEqual(inferred.columns.map((c) => [c.name, c.required, c.unique]), [
        ['id_structure', true, true],
        ['nom', true, false],
        ['places', false, false],
      ]);
      // A repeated identifier is not a key.
      assert.equal(inferSchema('id;nom\n1;a\n1;b\n').schema.primaryKey, undefined);
    });

    it('leaves titles and descriptions as placeholders, names the schema after the file, gives examples except of personal data', () => {
      const inferred = inferSchema('Nom de la structure;Courriel\nLucioles;jean.dupont@gmail.com\n', { fileName: 'Petite enfance 2024.csv', today: '2024-06-01' });
      const { schema } = inferred;
      assert.equal(schema.name, 'petite-enfance-2024');
      assert.equal(schema.created, '2024-06-01');
      assert.ok(isPlaceholder(schema.title) && isPlaceholder(schema.description));
      assert.ok(schema.fields.every((f) => isPlaceholder(f.title) && isPlaceholder(f.description)));
      assert.equal(schema.fields[0].title, 'À compléter : titre lisible de la colonne « Nom de la structure »');
      assert.equal(schema.fields[0].example, 'Lucioles');
      assert.equal(schema.fields[1].example, undefined);
      assert.equal(inferSchema('a\n1\n', { locale: 'en' }).schema.fields[0].title, 'À compléter : readable title of column “a”');
      assert.ok(schemaJson(schema).endsWith('}\n'));
      assert.deepEqual(JSON.parse(schemaJson(schema)), schema);
    });

    it('reads a file saved by Excel: BOM, semicolons, quotes and CRLF', () => {
      const decoded = decodeBytes(Buffer.from('\uFEFF"Nom";"Places"\r\n"Lucioles";"40"\r\n"Ti Bugale";"36"\r\n', 'utf8'));
      const inferred = inferSchema(decoded.text);
      assert.deepEqual(inferred.columns.map((c) => [c.name, c.type]), [
        ['Nom', 'string'],
        ['Places', 'integer'],
      ]);
      assert.equal(inferred.rowCount, 2);
      assert.deepEqual(selfErrors(decoded.text, decoded), []);
    });
  });

  describe('the inferred schema validates the file it came from', () => {
    for (const file of [...csvFiles(path.join(fixtures, 'hygiene')), ...csvFiles(path.join(fixtures, 'catalog-examples'))]) {
      it(path.relative(fixtures, file), () => {
        const decoded = decodeBytes(readFileSync(file));
        assert.deepEqual(selfErrors(decoded.text, decoded), []);
      });
    }

    it('random tables of dates, numbers, codes, booleans and text (property)', () => {
      const cell = fc.oneof(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`),
        fc.integer({ min: -5000, max: 5000 }).map(String),
        fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => n.toFixed(3).replace('.', ',')),
        fc.constantFrom('oui', 'non', 'X', 'Oui', ''),
        fc.constantFrom('29019', '2A004', '01053', '75056'),
        fc.string({ maxLength: 12 }).filter((s) => !/[;"\r\n]/.test(s)),
      );
      const column = fc.tuple(fc.constantFrom('a', 'date', 'montant', 'code_insee', 'id', 'ouvert', 'annee'), fc.array(cell, { minLength: 1, maxLength: 8 }));
      fc.assert(
        fc.property(fc.array(column, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 8 }), (columns, rowCount) => {
          const labels = columns.map(([label], i) => `${label}_${i}`);
          const rows = Array.from({ length: rowCount }, (_, r) => columns.map(([, values]) => values[r % values.length]).join(';'));
          // A row of empty cells is a blank row, not a record: keep at least one cell filled.
          const text = `${labels.join(';')}\n${rows.map((row, r) => (row.replace(/;/g, '') === '' ? `x${r}${row.slice(0)}` : row)).join('\n')}\n`;
          const errors = selfErrors(text).filter((line) => !/ (extra-cell|missing-cell|blank-row|source-error) /.test(line));
          assert.deepEqual(errors, [], text);
        }),
        propertyRuns(300),
      );
    });
  });
});
