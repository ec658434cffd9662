// SchemaChecker on fixture CSVs: cell problems (codes, rows, fields, exact ranges, parameters), table
// constraints (unique, primary and foreign keys), schema problems reported once, streaming offsets, messages.
import * as assert from 'node:assert/strict';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import { KeyIndex } from '../../../server/src/engine/checks/keyIndex';
import { detachKey } from '../../../server/src/engine/checks/tableConstraints';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { sniffDialect } from '../../../server/src/engine/table/dialect';
import { CsvScanner } from '../../../server/src/engine/table/scanner';
import { TablePipeline } from '../../../server/src/engine/validate';
import { resourceNameFor, resourceNameFromPath } from '../../../server/src/engine/metadata/resourceName';
import { problemMessage } from '../../../server/src/i18n';
import { assertPositionsConsistent, brief, check, covered, readFixture, readSchema } from './schemaCheckerTestKit';

const stations = readSchema('stations.schema.json');

describe('SchemaChecker', () => {
  describe('cells', () => {
    it('a valid file (CRLF, quoted cells, an embedded line break, missing values "NA") has no problem', () => {
      const text = readFixture('stations-valid.csv');
      assert.deepEqual(check(text, stations, { structure: true }).map(brief), []);
    });

    it('reports each wrong cell with its code, variant, row and field', () => {
      const text = readFixture('stations-errors.csv');
      assert.deepEqual(check(text, stations).map(brief), [
        '3 constraint-error.required nom_station',
        '3 constraint-error.enum implantation',
        '3 constraint-error.pattern code_insee',
        '3 type-error.geopoint coordonneesXY',
        '3 constraint-error.minimum nbre_pdc',
        '3 type-error.number puissance',
        '3 type-error.boolean gratuit',
        '3 type-error.date date_maj',
        '4 primary-key id_station',
        '4 type-error.integer nbre_pdc',
        '4 constraint-error.maximum puissance',
        '4 type-error.date date_maj',
        '5 constraint-error.pattern id_station',
        // 2B001 fits the pattern, but Haute-Corse has no commune 001 in the COG (its first is 2B002).
        '5 commune-code-unknown.not-in-department code_insee',
        '5 type-error.geopoint coordonneesXY',
        '5 constraint-error.minimum puissance',
      ]);
    });

    it('a cell whose quote is never closed is not read: the rest of the file is in it, the source-error says so', () => {
      const schema: TableSchema = {
        fields: [
          { name: 'id', type: 'integer', constraints: { unique: true } },
          { name: 'date', type: 'date', constraints: { required: true } },
          { name: 'note', type: 'string' },
        ],
        custom_checks: [{ name: 'one-of-required', params: { column1: 'date', column2: 'note' } }],
      };
      // Row 3's date opens a quote never closed: no type-error quoting the rest of the file, no key read;
      // the custom check sees no date (as for a missing cell).
      const text = 'id,date,note\n1,2024-01-02,a\n2,"15/03\n1,2024-01-03,b\n';
      assert.deepEqual(check(text, schema, { structure: true }).map(brief), ['3 one-of-required note', '3 source-error.unclosed-quote -', '3 missing-cell note']);
      // The same quote closed: its cell is read again (an invalid date holding a line break).
      assert.deepEqual(check(`${text}"`, schema).map(brief), ['3 type-error.date date']);
      // A header label never closed is not read either: the schema misses that column.
      // (Neither column of the one-of-required check is then in the file: it says so on the header.)
      assert.deepEqual(check('id,"date\n', schema, { structure: true }).map(brief), [
        '1 missing-label date',
        '1 one-of-required.missing-columns -',
        '- header-only -',
        '1 missing-label note',
        '1 source-error.unclosed-quote -',
      ]);
    });

    it('each range covers exactly the cell as written (quotes included), with consistent lines and characters', () => {
      const text = readFixture('stations-errors.csv');
      const problems = check(text, stations);
      assert.deepEqual(
        problems.map((problem) => covered(text, problem)),
        ['', 'voirie', '1234', '"[48.39, -4.49, 0]"', '0', '"22,5"', 'vrai', '15/03/2024', 'FRA29P29019001', 'deux', '500', '2024-02-30', 'fra29p29019003', '2B001', '"[200, 48.39]"', '-1'],
      );
      for (const problem of problems) assertPositionsConsistent(text, problem);
      const required = problems[0];
      const at = text.indexOf('FRA29P29019002,') + 'FRA29P29019002,'.length;
      assert.deepEqual([required.range.start, required.range.end], [
        { offset: at, line: 2, character: 15 },
        { offset: at, line: 2, character: 15 },
      ]);
      assert.deepEqual([required.rowNumber, required.fieldNumber, required.severity], [3, 2, 'error']);
    });

    it('parameters say what is expected: the example, the format, the allowed values, the reason', () => {
      const problems = check(readFixture('stations-errors.csv'), stations);
      const byBrief = new Map(problems.map((problem) => [brief(problem), problem.params]));
      assert.deepEqual(byBrief.get('3 constraint-error.enum implantation')?.allowed, ['Voirie', 'Parking public', 'Parking privé à usage public']);
      assert.deepEqual(byBrief.get('3 constraint-error.pattern code_insee'), {
        variant: 'pattern',
        value: '1234',
        fieldType: 'string',
        fieldFormat: 'default',
        example: '29019',
        sample: 'texte',
        pattern: '([013-9]\\d|2[AB1-9])\\d{3}',
      });
      const date = byBrief.get('3 type-error.date date_maj');
      assert.deepEqual([date?.fieldFormat, date?.example, date?.sample, date?.reason], ['%Y-%m-%d', '2024-03-15', '2024-03-15', 'day-first']);
      assert.equal(byBrief.get('4 type-error.date date_maj')?.reason, 'calendar');
      assert.equal(byBrief.get('3 type-error.number puissance')?.reason, 'decimal-comma');
      assert.deepEqual(byBrief.get('3 type-error.boolean gratuit')?.trueValues, ['true', 'oui']);
      assert.equal(byBrief.get('5 type-error.geopoint coordonneesXY')?.reason, 'out-of-range');
      assert.deepEqual(byBrief.get('4 primary-key id_station'), { fields: ['id_station'], values: ['FRA29P29019001'], firstRowNumber: 2 });
    });

    it('renders every problem in French and English, with no placeholder left', () => {
      for (const problem of check(readFixture('stations-errors.csv'), stations)) {
        for (const locale of ['fr', 'en'] as const) {
          const message = problemMessage(problem, locale);
          assert.doesNotMatch(message, /\{[a-zA-Z]+\}|undefined/, `${brief(problem)} ${locale}: ${message}`);
        }
      }
    });

    it("messages use Validata's French wording and show the expected format with an example", () => {
      const problems = check(readFixture('stations-errors.csv'), stations);
      const fr = (key: string) => problemMessage(problems.find((problem) => brief(problem) === key) as Problem, 'fr');
      assert.equal(
        fr('3 type-error.date date_maj'),
        'Format de date incorrect : « 15/03/2024 ». La date doit être au format AAAA-MM-JJ, par exemple 2024-03-15. La valeur semble écrite jour en premier.',
      );
      assert.equal(fr('3 constraint-error.required nom_station'), 'Valeur manquante : la colonne « nom_station » est obligatoire.');
      assert.equal(fr('3 constraint-error.enum implantation'), 'Valeur non autorisée : « voirie ». Valeurs autorisées : « Voirie », « Parking public », « Parking privé à usage public ».');
      assert.match(fr('4 type-error.date date_maj'), /n'existe pas dans le calendrier/);
      assert.match(fr('3 constraint-error.pattern code_insee'), /Exemple de valeur correcte : 29019/);
      const en = problemMessage(problems.find((problem) => brief(problem) === '3 type-error.date date_maj') as Problem, 'en');
      assert.equal(en, 'Incorrect date format: “15/03/2024”. The date must be written YYYY-MM-DD, for example 2024-03-15. The value looks written day first.');
    });

    it('geojson: the message names what the format expects, a GeoJSON object or a TopoJSON topology', () => {
      const schema: TableSchema = { fields: [{ name: 'zone', type: 'geojson' }, { name: 'carte', type: 'geojson', format: 'topojson' }] };
      const problems = check('zone,carte\n"{""type"": ""Topology""}","{""type"": ""Point"", ""coordinates"": [2, 48]}"\n', schema);
      assert.deepEqual(problems.map(brief), ['2 type-error.geojson zone', '2 type-error.geojson carte']);
      assert.deepEqual(
        problems.map((problem) => problemMessage(problem, 'en')),
        [
          'Incorrect GeoJSON object: “{"type": "Topology"}”. A GeoJSON geometry or feature is expected, for example {"type": "Point", "coordinates": [2.3522, 48.8566]}.',
          'Incorrect TopoJSON object: “{"type": "Point", "coordinates": [2, 48]}”. A TopoJSON topology is expected (type "Topology", with its "objects" and "arcs"), for example {"type": "Topology", "objects": {}, "arcs": []}.',
        ],
      );
      assert.equal(
        problemMessage(problems[1], 'fr'),
        'Objet TopoJSON incorrect : « {"type": "Point", "coordinates": [2, 48]} ». Une topologie TopoJSON est attendue (type "Topology", avec ses "objects" et ses "arcs"), par exemple {"type": "Topology", "objects": {}, "arcs": []}.',
      );
    });

    it('short rows: absent cells are left to the structure checks (missing-cell), not reported as missing values', () => {
      const text = 'id_station,nom_station,implantation,code_insee,coordonneesXY,nbre_pdc,puissance,gratuit,date_maj,observations\nFRA29P29019001,Brest\n';
      assert.deepEqual(check(text, stations).map(brief), []);
      assert.deepEqual(check(text, stations, { structure: true }).map((problem) => problem.code), ['missing-cell']);
    });

    it('without a header row, columns are read by position', () => {
      const text = 'FRA29P29019001,Brest,Voirie,29019,"[-4.49, 48.39]",x,22,oui,2024-03-15,\n';
      const problems = check(text, stations, { validate: { dialect: { header: false } } });
      assert.deepEqual(problems.map(brief), ['1 type-error.integer nbre_pdc']);
      assert.equal(covered(text, problems[0]), 'x');
    });
  });

  describe('table constraints', () => {
    const keyed = (extra: Partial<TableSchema>, fields: TableSchema['fields']): TableSchema => ({ fields, ...extra });

    it('unique: points at the duplicate and names the first row; missing and invalid values are not compared', () => {
      const schema = keyed({}, [{ name: 'code', type: 'integer', constraints: { unique: true } }, { name: 'nom' }]);
      const text = 'code,nom\n1,a\n2,b\n01,c\n,d\n,e\nx,f\nx,g\n2,h\n';
      const problems = check(text, schema);
      assert.deepEqual(problems.map(brief), ['4 unique-error code', '7 type-error.integer code', '8 type-error.integer code', '9 unique-error code']);
      assert.deepEqual([problems[0].params, covered(text, problems[0])], [{ value: '01', firstRowNumber: 2 }, '01']);
      assert.deepEqual(problems[3].params, { value: '2', firstRowNumber: 3 });
      assert.deepEqual(problemMessage(problems[0], 'fr'), 'Valeur en double : « 01 » figure déjà ligne 2 ; chaque valeur de la colonne « code » doit être unique.');
    });

    it('primary key over two columns: one problem on the row, with both values', () => {
      const schema = keyed({ primaryKey: ['annee', 'commune'] }, [{ name: 'annee', type: 'year' }, { name: 'commune' }, { name: 'montant', type: 'number' }]);
      const text = 'annee,commune,montant\n2024,29019,1\n2024,29020,2\n2023,29019,3\n2024,29019,4\n2024,,5\n2024,,6\n';
      const problems = check(text, schema);
      assert.deepEqual(problems.map(brief), ['5 primary-key annee']);
      assert.deepEqual(problems[0].params, { fields: ['annee', 'commune'], values: ['2024', '29019'], firstRowNumber: 2 });
      assert.equal(covered(text, problems[0]), '2024,29019,4');
    });

    it('a single-column primary key that is also unique is reported once (primary-key)', () => {
      const schema = keyed({ primaryKey: 'id' }, [{ name: 'id', constraints: { unique: true } }]);
      assert.deepEqual(check('id\na\nb\na\n', schema).map(brief), ['4 primary-key id']);
    });

    it('foreign key to the same table: references found anywhere in the file, missing ones reported at the end', () => {
      const schema = keyed({ foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }] }, [
        { name: 'id', type: 'integer' },
        { name: 'parent', type: 'integer' },
      ]);
      // `03` is the integer 3: keys compare as typed values.
      const text = 'id,parent\n1,\n2,3\n3,1\n4,9\n5,1.5\n6,03\n';
      const problems = check(text, schema);
      assert.deepEqual(problems.map(brief), ['5 foreign-key parent', '6 type-error.integer parent']);
      assert.deepEqual(problems[0].params, { fields: ['parent'], values: ['9'], referenceFields: ['id'], resource: '' });
      assert.equal(covered(text, problems[0]), '9');
      assert.match(problemMessage(problems[0], 'fr'), /Référence introuvable : « 9 » n'apparaît dans aucune ligne de la colonne « id »/);
    });

    it('foreign key whose reference.resource names the table itself: checked in the table, as Frictionless does', () => {
      const named = keyed({ foreignKeys: [{ fields: 'parent', reference: { resource: 'nested', fields: 'id' } }] }, [
        { name: 'id', type: 'integer' },
        { name: 'parent', type: 'integer' },
      ]);
      const text = 'id,parent\n1,\n2,1\n3,7\n';
      assert.deepEqual(check(text, named, { resourceName: 'nested' }).map(brief), ['4 foreign-key parent']);
      // Another resource's name: not at hand here.
      assert.deepEqual(check(text, named, { resourceName: 'communes' }).map(brief), []);
      assert.deepEqual(check(text, named).map(brief), []);
    });

    it('a resource is named by its sidecar, else after its file as Frictionless names it', () => {
      assert.equal(resourceNameFromPath('/data/Équipements Publics (2024).csv'), 'equipements-publics-2024');
      assert.equal(resourceNameFromPath('nested-invalid.csv'), 'nested-invalid');
      assert.equal(resourceNameFor('/data/x.csv', { resourceName: 'lieux' }), 'lieux');
      assert.equal(resourceNameFor('/data/x.csv', undefined), 'x');
    });

    it('KeyIndex keeps the rows of each value, so that removing a row (an edit) promotes the next one', () => {
      const marked = new Set<string>();
      const marks = { mark: (id: number, slot: number, on: boolean) => void (on ? marked.add(`${id}@${slot}`) : marked.delete(`${id}@${slot}`)), compareIds: (a: number, b: number) => a - b };
      const index = new KeyIndex(1, 0, marks);
      for (const [id, key] of [[2, 'a'], [3, 'b'], [5, 'a'], [9, 'a']] as const) index.addRow(id, [key]);
      assert.deepEqual([...marked].sort(), ['5@0', '9@0']);
      index.removeRow(2, ['a']);
      assert.equal(index.firstHolder(0, 'a'), 5);
      assert.deepEqual([...marked].sort(), ['9@0']);
      index.addRow(1, ['a']);
      assert.equal(index.firstHolder(0, 'a'), 1);
      assert.deepEqual([...marked].sort(), ['5@0', '9@0']);
      for (const id of [1, 9, 5]) index.removeRow(id, ['a']);
      assert.equal(index.firstHolder(0, 'a'), undefined);
      assert.deepEqual([...marked], []);
      // Rows of a single pass are never removed: the index keeps only the first row of each value.
      assert.throws(() => new KeyIndex(1, 0, marks, false).removeRow(1, ['a']));
    });

    it('a foreign key marks the rows whose value no row offers, and clears them once a row offers it', () => {
      const marked = new Set<number>();
      const marks = { mark: (id: number, _slot: number, on: boolean) => void (on ? marked.add(id) : marked.delete(id)), compareIds: (a: number, b: number) => a - b };
      for (const removable of [true, false]) {
        const index = new KeyIndex(0, 1, marks, removable);
        index.addRow(2, ['x', 'a']);
        index.addRow(3, ['a', 'b']);
        assert.deepEqual([...marked], [2]);
        index.addRow(4, ['b', 'x']);
        assert.deepEqual([...marked], []);
        if (removable) {
          index.removeRow(4, ['b', 'x']);
          assert.deepEqual([...marked], [2]);
        }
        marked.clear();
      }
    });

    it('keys kept for the whole table are copies equal to the values (long strings no longer pin their chunk)', () => {
      const chunk = `${'x'.repeat(1000)}FRA68E680210015,`;
      const slice = chunk.slice(1000, 1015);
      for (const key of [slice, 'short', 42, true, '']) assert.equal(detachKey(key), key);
    });

    it('a foreign key to another table is not checked here; one naming unknown fields is a schema problem', () => {
      const other = keyed({ foreignKeys: [{ fields: 'parent', reference: { resource: 'communes', fields: 'code' } }] }, [{ name: 'parent' }]);
      assert.deepEqual(check('parent\nx\n', other).map(brief), []);
      const broken = keyed({ foreignKeys: [{ fields: 'nope', reference: { resource: '', fields: 'id' } }], primaryKey: 'absent' }, [{ name: 'id' }]);
      assert.deepEqual(check('id\nx\n', broken).map((problem) => [problem.code, problem.params.variant, problem.params.key]), [
        ['schema-error', 'unknown-field', 'primaryKey'],
        ['schema-error', 'unknown-field', 'foreignKeys'],
      ]);
    });
  });

  describe('the schema itself', () => {
    it('an unknown type is reported once, on its column label, and its cells are not checked', () => {
      const schema: TableSchema = { fields: [{ name: 'a', type: 'text' }, { name: 'b', type: 'integer' }] };
      const text = 'a,b\nx,1\ny,2\n';
      const problems = check(text, schema);
      assert.deepEqual(problems.map(brief), ['1 schema-error.unknown-type a']);
      assert.deepEqual([covered(text, problems[0]), problems[0].severity, problems[0].fieldNumber], ['a', 'warning', 1]);
      assert.equal(problemMessage(problems[0], 'fr'), 'Le schéma donne au champ « a » le type inconnu « text » : ses valeurs ne sont pas vérifiées.');
    });

    it('a schema problem about a field the file lacks goes on the header row', () => {
      const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'b', type: 'string', constraints: { pattern: '(' } }] };
      const problems = check('a\nx\n', schema);
      assert.deepEqual(problems.map(brief), ['1 missing-label b', '1 schema-error.invalid-pattern b']);
      assert.equal(problems[1].fieldNumber, undefined);
    });
  });

  describe('streaming', () => {
    it('chunked input gives the same problems at the same offsets', () => {
      const text = readFixture('stations-errors.csv');
      const whole = check(text, stations, { structure: true });
      for (const size of [7, 64, 1000]) {
        const dialect = sniffDialect(text);
        const pipeline = new TablePipeline(dialect, [new SchemaChecker(compileSchema(stations))]);
        const scanner = new CsvScanner(dialect);
        let pending = '';
        let base = 0;
        for (let at = 0; at < text.length; at += size) {
          const chunk = pending + text.slice(at, at + size);
          const final = at + size >= text.length;
          const consumed = scanner.scan(chunk, base, final, pipeline.onRow);
          pending = chunk.slice(consumed);
          base += consumed;
        }
        const streamed = pipeline.finish();
        assert.deepEqual(streamed.map((problem) => [brief(problem), problem.range]), whole.map((problem) => [brief(problem), problem.range]), `chunks of ${size}`);
      }
    });
  });
});
