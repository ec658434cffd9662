// coordinates-swapped: a point outside France whose latitude and longitude, exchanged, fall in France. On the
// schema's coordinate columns (latitude/longitude fields, geopoints in every format, IRVE coordonneesXY, the
// french-gps-coordinates check's params), on the columns detected without a schema, and on exactly the rows
// the map marks swapped.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { hygieneCheckers } from '../../../server/src/engine/checks/hygiene/hygieneChecker';
import { computeMapPoints } from '../../../server/src/engine/geo/points';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import { ChunkedText } from '../../../server/src/engine/incremental/chunkedText';
import { TablePass } from '../../../server/src/engine/incremental/tablePass';
import { defaultSeverity } from '../../../server/src/engine/problems/catalog';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import { sniffDialect } from '../../../server/src/engine/table/dialect';
import { validateText } from '../../../server/src/engine/validate';
import { problemMessage } from '../../../server/src/i18n';
import { propertyRuns } from '../../support/properties';

const root = path.resolve(__dirname, '../../..');
const catalogSchema = (name: string, version: string): TableSchema =>
  JSON.parse(readFileSync(path.join(root, 'schemas/catalog/etalab', name, version, 'schema.json'), 'utf8')) as TableSchema;

function swapped(text: string, schema?: TableSchema): Problem[] {
  const checkers = schema ? schemaCheckers(schema) : hygieneCheckers();
  return validateText(text, { checkers }).problems.filter((p) => p.code === 'coordinates-swapped');
}

/** [row, field, value] of each coordinates-swapped problem. */
const brief = (problems: Problem[]) => problems.map((p) => [p.rowNumber, p.fieldName, p.params.value]);

const latLonSchema: TableSchema = {
  fields: [
    { name: 'nom', type: 'string' },
    { name: 'Xlong', type: 'number' },
    { name: 'Ylat', type: 'number' },
  ],
};

describe('coordinates-swapped', () => {
  it('is a registered warning', () => {
    assert.equal(defaultSeverity('coordinates-swapped'), 'warning');
  });

  describe('on latitude and longitude fields of the schema', () => {
    const text = 'nom,Xlong,Ylat\nDieppe,1.081183,49.921823\nDieppe inversé,49.921921,1.065656\n';
    const [problem, ...others] = swapped(text, latLonSchema);

    it('reports the swapped row only, on the latitude cell, with both values, both columns and where the swap lands', () => {
      assert.deepEqual(others, []);
      assert.equal(problem.severity, 'warning');
      assert.deepEqual([problem.rowNumber, problem.fieldNumber, problem.fieldName], [3, 3, 'Ylat']);
      const start = text.indexOf('1.065656');
      assert.deepEqual([problem.range.start.offset, problem.range.end.offset], [start, start + '1.065656'.length]);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], [2, 'Dieppe inversé,49.921921,'.length]);
      assert.deepEqual(problem.params, {
        value: ['1.065656', '49.921921'],
        latitudeField: 'Ylat',
        longitudeField: 'Xlong',
        longitudeFieldNumber: 2,
        territory: 'metropole',
        territoryFr: 'France métropolitaine',
        territoryEn: 'Metropolitan France',
      });
    });

    it('says so in English and French', () => {
      assert.equal(
        problemMessage(problem, 'en'),
        'Latitude 1.065656 (Ylat) and longitude 49.921921 (Xlong) put this point outside France; exchanged, they put it in metropolitan France: latitude and longitude are probably inverted.',
      );
      assert.equal(
        problemMessage(problem, 'fr'),
        'La latitude 1.065656 (Ylat) et la longitude 49.921921 (Xlong) placent ce point hors de France ; échangées, elles le placent en France métropolitaine : latitude et longitude sont probablement inversées.',
      );
    });

    it('reports the covoiturage example’s row 3 with its catalog schema', () => {
      const example = readFileSync(path.join(root, 'examples/lieux-covoiturage-invalide.csv'), 'utf8');
      assert.deepEqual(brief(swapped(example, catalogSchema('schema-lieux-covoiturage', '0.3.1'))), [[3, 'Ylat', ['1.065656', '49.921921']]]);
    });

    it('names an overseas territory where the swap lands', () => {
      const [reunion] = swapped('nom,Xlong,Ylat\nSaint-Denis,-20.8789,55.4481\n', latLonSchema);
      assert.equal(reunion.params.territory, 'reunion');
      assert.match(problemMessage(reunion, 'en'), /exchanged, they put it in France \(Réunion\)/);
      assert.match(problemMessage(reunion, 'fr'), /échangées, elles le placent en France \(La Réunion\)/);
    });
  });

  describe('on geopoint fields', () => {
    const geopoint = (format?: string): TableSchema => ({ fields: [{ name: 'id', type: 'integer' }, { name: 'emplacement', type: 'geopoint', ...(format ? { format } : {}) }] });

    it('reads the default "lon, lat" string: a "lat, lon" value is swapped, the problem covers its cell', () => {
      const text = 'id,emplacement\n1,"2.35222, 48.85661"\n2,"48.85661, 2.35222"\n';
      const [problem, ...others] = swapped(text, geopoint());
      assert.deepEqual(others, []);
      assert.deepEqual([problem.rowNumber, problem.fieldNumber, problem.fieldName], [3, 2, 'emplacement']);
      const start = text.indexOf('"48.85661, 2.35222"');
      assert.deepEqual([problem.range.start.offset, problem.range.end.offset], [start, start + '"48.85661, 2.35222"'.length]);
      assert.deepEqual(problem.params.value, ['2.35222', '48.85661']);
      assert.equal(problem.params.variant, 'one-cell');
      assert.equal(
        problemMessage(problem, 'en'),
        'Latitude 2.35222 and longitude 48.85661 (emplacement) put this point outside France; exchanged, they put it in metropolitan France: latitude and longitude are probably inverted.',
      );
      assert.match(problemMessage(problem, 'fr'), /^La latitude 2.35222 et la longitude 48.85661 \(emplacement\) placent ce point hors de France/);
    });

    it('reads the array format "[lon, lat]"', () => {
      const text = 'id,emplacement\n1,"[2.35222,48.85661]"\n2,"[48.85661,2.35222]"\n';
      assert.deepEqual(brief(swapped(text, geopoint('array'))), [[3, 'emplacement', ['2.35222', '48.85661']]]);
    });

    it('reads the object format', () => {
      const text = 'id,emplacement\n1,"{""lon"": 48.85661, ""lat"": 2.35222}"\n';
      const [problem] = swapped(text, geopoint('object'));
      assert.deepEqual([problem.rowNumber, problem.params.format], [2, 'object']);
    });

    it('reads IRVE coordonneesXY with the IRVE schema', () => {
      const valid = readFileSync(path.join(root, 'examples/irve-statique-valide.csv'), 'utf8');
      const schema = catalogSchema('schema-irve-statique', '2.3.1');
      assert.deepEqual(swapped(valid, schema), []);
      const lines = valid.split('\n');
      lines[2] = lines[2].replace('"[7.48710500,48.345345]"', '"[48.345345,7.48710500]"');
      const [problem, ...others] = swapped(lines.join('\n'), schema);
      assert.deepEqual(others, []);
      assert.deepEqual([problem.rowNumber, problem.fieldName, problem.params.value], [3, 'coordonneesXY', ['7.48710500', '48.345345']]);
    });
  });

  it('reads the columns of the french-gps-coordinates check, whatever their names', () => {
    const schema: TableSchema = {
      fields: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
      custom_checks: [{ name: 'french-gps-coordinates', params: { latitude: 'b', longitude: 'c' } }],
    };
    assert.deepEqual(brief(swapped('a,b,c\nx,48.85661,2.35222\ny,2.35222,48.85661\n', schema)), [[3, 'b', ['2.35222', '48.85661']]]);
  });

  describe('with the french-gps-coordinates check on the same columns', () => {
    const schema: TableSchema = {
      fields: [{ name: 'id' }, { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }],
      custom_checks: [{ name: 'french-gps-coordinates', params: { latitude: 'latitude', longitude: 'longitude' } }],
    };
    const problems = validateText('id,latitude,longitude\n1,2.35222,48.85661\n2,51.5072,-0.1276\n', { checkers: schemaCheckers(schema) }).problems;

    it('reports the swap once, as coordinates-swapped; the custom check keeps its error, as swap-reported', () => {
      assert.deepEqual(
        problems.map((p) => [p.rowNumber, p.code, p.severity, p.params.variant]),
        [
          [2, 'french-gps-coordinates', 'error', 'swap-reported'],
          [2, 'coordinates-swapped', 'warning', undefined],
          [3, 'french-gps-coordinates', 'error', undefined],
        ],
      );
      const custom = problems[0];
      assert.equal(custom.params.swappedValue, undefined);
      assert.match(problemMessage(custom, 'en'), /is not in France, metropolitan or overseas; its latitude and longitude look inverted \(see the coordinates-swapped warning/);
      assert.match(problemMessage(custom, 'fr'), /semblent inversées \(voir l'avertissement coordinates-swapped/);
    });
  });

  describe('without a schema, on the detected columns', () => {
    it('reports the swapped rows of latitude/longitude columns found by name', () => {
      const text = 'nom,latitude,longitude\nParis,48.85661,2.35222\nRennes,-1.6778,48.1173\nLyon,45.764,4.8357\n';
      assert.deepEqual(brief(swapped(text)), [[3, 'latitude', ['-1.6778', '48.1173']]]);
    });

    it('reports a combined column found by its name', () => {
      const text = 'nom,coordonnees\nParis,"48.85661, 2.35222"\nLyon,"45.764, 4.8357"\nRennes,"-1.6778, 48.1173"\n';
      const [problem] = swapped(text);
      assert.deepEqual([problem.rowNumber, problem.fieldName, problem.params.variant], [4, 'coordonnees', 'one-cell']);
    });

    it('decides on the first 200 rows, then checks every row, those of the sample included, in order', () => {
      const rows = Array.from({ length: 300 }, (_, i) => (i === 4 || i === 250 ? `p${i},2.35222,48.85661` : `p${i},48.85661,2.35222`));
      const text = `nom,lat,lon\n${rows.join('\n')}\n`;
      assert.deepEqual(swapped(text).map((p) => p.rowNumber), [6, 252]);
    });

    it('detects columns without a header by their values, named by their numbers', () => {
      const text = 'A,48.85661,2.35222\nB,45.764,4.8357\nC,43.29648,5.36978\nD,2.35222,48.85661\nE,47.21811,-1.55275\n';
      const problems = validateText(text, { checkers: hygieneCheckers(), dialect: { header: false } }).problems.filter((p) => p.code === 'coordinates-swapped');
      assert.deepEqual(brief(problems), [[4, '2', ['2.35222', '48.85661']]]);
    });

    it('finds nothing in a table without coordinates', () => {
      assert.deepEqual(swapped('nom,population\nRennes,220000\nLyon,520000\n'), []);
    });
  });

  it('leaves alone points in France, points outside France whose swap is outside too, empty and unreadable cells, and short rows', () => {
    const text = [
      'nom,Xlong,Ylat',
      'Paris,2.35222,48.85661',
      'La Réunion,55.5,-21.1',
      'Londres,-0.1276,51.5072',
      'Londres inversé,51.5072,-0.1276',
      'Vide,,',
      'Moitié,48.85661,',
      'Illisible,abc,2.35',
      'Lambert,351869.27,6789245.82',
      'Courte',
      '',
    ].join('\n');
    assert.deepEqual(swapped(text, latLonSchema), []);
    assert.deepEqual(computeMapPoints(text).columns, { kind: 'lat-lon', latitude: 'Ylat', longitude: 'Xlong', source: 'detected' }, 'detection finds the columns');
    assert.deepEqual(swapped(text), []);
  });

  describe('marks the rows the map marks swapped, and those only', () => {
    const text = readFileSync(path.join(root, 'test/fixtures/map/swapped.csv'), 'utf8');
    const mapRows = (schema?: TableSchema) =>
      computeMapPoints(text, { schema })
        .points.filter((p) => p.issues.includes('swapped'))
        .map((p) => p.row);

    it('without a schema', () => {
      const rows = mapRows();
      assert.deepEqual(rows, [3, 6, 8, 10, 12, 17, 20], 'Rennes, the four inverted overseas points, Lille (decimal commas) and Strasbourg');
      assert.deepEqual(swapped(text).map((p) => p.rowNumber), rows);
    });

    it('with a schema naming the columns', () => {
      const schema: TableSchema = { fields: [{ name: 'nom' }, { name: 'commune' }, { name: 'latitude', type: 'string' }, { name: 'longitude', type: 'string' }] };
      assert.deepEqual(swapped(text, schema).map((p) => p.rowNumber), mapRows(schema));
      assert.deepEqual(mapRows(schema), mapRows());
    });

    for (const name of ['communes.csv', 'irve.csv', 'lambert93.csv']) {
      it(`on the map's fixture ${name}`, () => {
        const fixture = readFileSync(path.join(root, 'test/fixtures/map', name), 'utf8');
        const rows = computeMapPoints(fixture).points.filter((p) => p.issues.includes('swapped')).map((p) => p.row);
        assert.deepEqual(swapped(fixture).map((p) => p.rowNumber), rows);
        if (name !== 'lambert93.csv') assert.ok(rows.length > 0, 'the fixture has swapped points');
      });
    }

    it('on random tables: points in France, overseas, swapped, abroad, empty or unreadable, with and without a schema', () => {
      const degrees = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => Number(v.toFixed(5)));
      const place = fc.oneof(
        fc.tuple(degrees(42, 51), degrees(-4.5, 8)),
        fc.tuple(degrees(-21.3, -20.9), degrees(55.25, 55.8)),
        fc.tuple(degrees(14.4, 14.9), degrees(-61.2, -60.8)),
        fc.tuple(degrees(-90, 90), degrees(-180, 180)),
      );
      const cell = (value: number, comma: boolean) => (comma ? `"${String(value).replace('.', ',')}"` : String(value));
      const row = fc.oneof(
        { weight: 6, arbitrary: fc.tuple(place, fc.boolean(), fc.boolean()).map(([[lat, lon], swap, comma]) => (swap ? [lon, lat] : [lat, lon]).map((v) => cell(v, comma)).join(',')) },
        { weight: 1, arbitrary: fc.constantFrom(',', 'abc,2.35', '48.1,', '02-déc.,48.39', '351869.27,6789245.82') },
      );
      const schema: TableSchema = { fields: [{ name: 'nom' }, { name: 'latitude', type: 'string' }, { name: 'longitude', type: 'string' }] };
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
          const table = `nom,latitude,longitude\n${rows.map((r, i) => `p${i},${r}`).join('\n')}\n`;
          for (const given of [undefined, schema]) {
            const onMap = computeMapPoints(table, { schema: given }).points.filter((p) => p.issues.includes('swapped')).map((p) => p.row);
            assert.deepEqual(swapped(table, given).map((p) => p.rowNumber), onMap);
          }
        }),
        propertyRuns(300),
      );
    });

    it('names the territory the map names', () => {
      const territories = Object.fromEntries(computeMapPoints(text).points.filter((p) => p.swappedTerritory).map((p) => [p.row, p.swappedTerritory]));
      assert.deepEqual(Object.fromEntries(swapped(text).map((p) => [p.rowNumber, p.params.territory])), territories);
      assert.deepEqual(territories, { 3: 'metropole', 6: 'reunion', 8: 'martinique', 10: 'guyane', 12: 'mayotte', 17: 'metropole', 20: 'metropole' });
    });
  });

  describe('in a big document', () => {
    const schema = latLonSchema;
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 7 === 3 ? `p${i},48.85661,2.35222` : `p${i},2.35222,48.85661`));
    const text = `nom,Xlong,Ylat\n${rows.join('\n')}\n`;
    const expected = () => swapped(table.text.slice(0, table.text.length), schema);
    const table = IncrementalTable.open(text, { schema });
    const fromTable = () => table.problems().problems.filter((p) => p.code === 'coordinates-swapped');

    it('reports what a whole-text validation reports (the incremental table, row by row)', () => {
      assert.equal(fromTable().length, 429);
      assert.deepEqual(fromTable(), expected());
    });

    it('follows edits: a row swapped back, a row newly swapped', () => {
      const row5 = text.indexOf('p3,48.85661,2.35222');
      table.applyEdits([{ start: row5 + 3, end: row5 + 3 + '48.85661,2.35222'.length, newText: '2.35222,48.85661' }]);
      const row11 = table.text.slice(0, table.text.length).indexOf('p8,2.35222,48.85661');
      table.applyEdits([{ start: row11 + 3, end: row11 + 3 + '2.35222,48.85661'.length, newText: '48.85661,2.35222' }]);
      while (table.step(Infinity));
      assert.deepEqual(fromTable(), expected());
      assert.deepEqual(fromTable().slice(0, 2).map((p) => p.rowNumber), [10, 12], 'p3 (row 5) swapped back, p8 (row 10) swapped');
    });

    it('without a schema: the whole-table pass over the chunked text reports it', () => {
      const plain = `nom,longitude,latitude\n${rows.join('\n')}\n`;
      const pass = new TablePass(new ChunkedText(plain), sniffDialect(plain), hygieneCheckers());
      while (pass.step(500));
      const found = pass.problems().filter((p) => p.code === 'coordinates-swapped');
      assert.equal(found.length, 429);
      assert.deepEqual(found, swapped(plain));
    });
  });
});
