// The example CSV files published with the schemas of schema.data.gouv.fr: dialect sniffed right, every row
// read, no structural problem, and the same values as csv-parse.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { readTable } from '../../../server/src/engine/table/readTable';
import { validateText } from '../../../server/src/engine/validate';

const catalog = path.join(__dirname, '../../fixtures/table/catalog');

interface Expected {
  file: string;
  delimiter: string;
  skipInitialSpace?: boolean;
  lineTerminator: 'LF' | 'CRLF';
  rows: number;
  columns: number;
  /** [row, column, value]: a cell worth checking (quoted delimiter, accents, skipped spaces…). */
  cell: [number, number, string];
}

const examples: Expected[] = [
  { file: 'LaMednum/standard-mediation-num/1.0.1/exemple-valide.csv', delimiter: ',', lineTerminator: 'LF', rows: 2, columns: 32, cell: [0, 0, 'id'] },
  { file: 'atlasante/schema-dae/1.0.0/exemple_valide.csv', delimiter: ',', skipInitialSpace: true, lineTerminator: 'LF', rows: 4, columns: 43, cell: [1, 17, '24h/24|heures de nuit'] },
  { file: 'atlasante/schema-dae/1.0.0/exemple_invalide_structure.csv', delimiter: ',', skipInitialSpace: true, lineTerminator: 'LF', rows: 4, columns: 43, cell: [0, 1, 'lat_coor12'] },
  { file: 'cnigfr/sites-economiques-pole-eco/1.0.1/exemple-valide.csv', delimiter: ';', lineTerminator: 'CRLF', rows: 2, columns: 11, cell: [1, 2, 'entrepôts, logistique'] },
  { file: 'cnigfr/sites-economiques-site-eco/1.0.1/exemple-valide.csv', delimiter: ';', lineTerminator: 'CRLF', rows: 2, columns: 62, cell: [0, 0, 'site_id'] },
  { file: 'etalab/schema-irve-statique/2.3.1/exemple-valide-statique.csv', delimiter: ',', lineTerminator: 'LF', rows: 3, columns: 40, cell: [0, 0, 'nom_amenageur'] },
  { file: 'etalab/schema-lieux-covoiturage/0.3.1/exemple-invalide.csv', delimiter: ',', lineTerminator: 'LF', rows: 3, columns: 18, cell: [2, 1, 'Gare Routière de Dieppe'] },
  { file: 'etalab/schema-stationnement/0.1.5/exemple-valide.csv', delimiter: ',', lineTerminator: 'LF', rows: 3, columns: 30, cell: [1, 3, '3 rue de la Gare, 92300, Levallois-Peret'] },
  { file: 'openmaraude/schema-stationstaxi/0.1.2/exemple-valide.csv', delimiter: ';', lineTerminator: 'LF', rows: 18, columns: 8, cell: [2, 1, 'Gare – Frise'] },
  { file: 'scdl/subventions/2.1.1/exemple_valide.csv', delimiter: ',', lineTerminator: 'LF', rows: 30, columns: 16, cell: [0, 15, 'dispositifAide'] },
  { file: 'scdl/subventions/2.1.1/exemple_invalide_erreurs_colonnes.csv', delimiter: ',', lineTerminator: 'LF', rows: 30, columns: 15, cell: [0, 4, 'NOM_Beneficiaire'] },
];

function allCsvFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? allCsvFiles(full) : entry.name.endsWith('.csv') ? [path.relative(catalog, full)] : [];
  });
}

describe('schema catalog example files', () => {
  it('lists every example CSV of the fixtures', () => {
    assert.deepEqual(allCsvFiles(catalog).sort(), examples.map((example) => example.file).sort());
  });

  for (const example of examples) {
    describe(example.file, () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(catalog, example.file)));
      const { text, ...decoded } = decodeBytes(bytes);
      const table = readTable(text);

      it('is UTF-8 and its dialect is sniffed right', () => {
        assert.deepEqual([decoded.encoding, decoded.binary], ['utf-8', false]);
        assert.deepEqual(table.dialect, {
          delimiter: example.delimiter,
          quoteChar: '"',
          skipInitialSpace: example.skipInitialSpace ?? false,
          header: true,
          lineTerminator: example.lineTerminator,
        });
      });

      it('has every row, each as wide as the header, without quote issues', () => {
        assert.equal(table.rows.length, example.rows);
        for (const row of table.rows) {
          assert.equal(row.cells.length, example.columns, `row ${row.index}`);
          assert.deepEqual(row.issues, []);
        }
        const [r, c, value] = example.cell;
        assert.equal(table.rows[r].cells[c].value, value);
      });

      it('gives the same values as csv-parse', () => {
        const reference = parse(text, { delimiter: example.delimiter, ltrim: example.skipInitialSpace ?? false }) as string[][];
        assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.value)), reference);
      });

      it('has no structural problem', () => {
        assert.deepEqual(validateText(text, { decoded }).problems, []);
      });
    });
  }
});
