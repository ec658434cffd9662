// A file that is not a CSV (JSON, GeoJSON, XML, a workbook) is told apart from its first characters and
// gets one format-error, whole, streamed or edited; CSV files that merely look like it are read as CSV.
import * as assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { problemMessage } from '../../../server/src/i18n';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { detectNotCsvFormat, FORMAT_SAMPLE_CHARS, type NotCsvFormat } from '../../../server/src/engine/table/fileFormat';
import { IncrementalTable } from '../../../server/src/engine/incremental/incrementalTable';
import { notATable, validateText } from '../../../server/src/engine/validate';
import { StreamValidator } from '../../../server/src/engine/validateStream';
import { propertyRuns } from '../../support/properties';

const fixtures = path.resolve(__dirname, '..', '..', 'fixtures', 'formats');

/** What a whole text is taken for. */
function formatOf(text: string): NotCsvFormat | undefined {
  return detectNotCsvFormat(text.slice(0, FORMAT_SAMPLE_CHARS + 1), text.length <= FORMAT_SAMPLE_CHARS);
}

function codes(problems: readonly { code: string; params: { variant?: unknown } }[]): string[] {
  return problems.map((p) => (p.params.variant ? `${p.code}.${String(p.params.variant)}` : p.code));
}

/** A big GeoJSON: its first FORMAT_SAMPLE_CHARS characters are only the start of it. */
const bigGeoJson = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: 2000 }, (_, i) => ({ type: 'Feature', properties: { id: i, nom: `Zone ${i}` }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } })),
});

describe('file formats that are not CSV', () => {
  describe('detected', () => {
    it('JSON: an object or an array that parses', () => {
      assert.equal(formatOf('{"marches": [{"id": "1"}]}'), 'json');
      assert.equal(formatOf('\n  [{"a": 1}, {"a": 2}]\n'), 'json');
      assert.equal(formatOf('[]'), 'json');
      assert.equal(formatOf('\ufeff{"a": 1}'), 'json');
    });

    it('GeoJSON: a JSON whose root type is a GeoJSON type, whole or cut', () => {
      assert.equal(formatOf('{"type": "Feature", "properties": {}, "geometry": null}'), 'geojson');
      assert.ok(bigGeoJson.length > FORMAT_SAMPLE_CHARS);
      assert.equal(formatOf(bigGeoJson), 'geojson');
      // The root type after other keys, and a nested type not taken for it.
      assert.equal(formatOf(`{"name": "zfe", "crs": {"type": "name"}, "type": "FeatureCollection", "features": []}`), 'geojson');
      assert.equal(formatOf('{"data": {"type": "Feature"}}'), 'json');
    });

    it('a big JSON: its head read as the start of a JSON document, cut anywhere', () => {
      const big = JSON.stringify({ marches: Array.from({ length: 3000 }, (_, i) => ({ id: `2026-${i}`, montant: 1234.5 + i, actif: true, note: null, objet: 'voirie \u00e9t\u00e9 "lot"' })) });
      // Leading blanks move the cut across every kind of token (a number, a literal, a string, an escape).
      for (let shift = 0; shift < 80; shift++) assert.equal(formatOf(' '.repeat(shift) + big), 'json', `shifted by ${shift}`);
    });

    it('XML: a declaration, or a root element alone on its line that is closed later', () => {
      assert.equal(formatOf('<?xml version="1.0"?><a/>'), 'xml');
      assert.equal(formatOf('<equipements xmlns="urn:x">\n  <equipement/>\n</equipements>\n'), 'xml');
    });

    it("a web page (a portal's error, login or preview page downloaded as .csv), and other doctypes as XML", () => {
      assert.equal(formatOf('<!DOCTYPE html>\n<html lang="fr">\n<head><title>404 - Page introuvable</title></head>\n<body></body></html>\n'), 'html');
      assert.equal(formatOf('\ufeff  <!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<html>'), 'html');
      assert.equal(formatOf('<html>\n<body>Connexion requise</body>\n</html>'), 'html');
      assert.equal(formatOf('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg/>'), 'xml');
      // A CSV whose first cell holds markup stays a CSV.
      assert.equal(formatOf('<b>nom</b>,ville\nA,B\n'), undefined);
      assert.equal(formatOf('<html_export>,ville\nA,B\n'), undefined);
    });

    it('workbooks: .xlsx and .ods by their ZIP entries, .xls by the OLE2 signature, in either reading of the bytes', () => {
      for (const [file, format] of [['classeur.xlsx', 'xlsx'], ['classeur.ods', 'ods']] as const) {
        const bytes = readFileSync(path.join(fixtures, file));
        assert.equal(formatOf(decodeBytes(bytes).text), format, `${file} as Windows-1252`);
        assert.equal(formatOf(new TextDecoder().decode(bytes)), format, `${file} as UTF-8 with replacement`);
      }
      const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
      assert.equal(formatOf(decodeBytes(xls).text), 'xls');
      assert.equal(formatOf(new TextDecoder().decode(xls)), 'xls');
    });
  });

  describe('CSV files that look like it are read as CSV', () => {
    const csvs: Record<string, string> = {
      'a first cell that starts like a JSON object': '{"a",b\n1,2\n',
      'a first cell holding a whole JSON object': '{"a":1},x\n{"a":2},y\n',
      'a one-column CSV of JSON values (one per line)': '{"a":1}\n{"a":2}\n{"a":3}\n',
      'a header in brackets': '[a],[b]\n1,2\n',
      'numbers in brackets': '[1,2\n3,4]\n',
      'a < in a cell': '<b>nom</b>,commune\nCrèche,Paris\n',
      'a header starting with <': '<id>,nom\n1,Paris\n',
      'a ZIP signature with no workbook entry': 'PK\u0003\u0004\u0014\u0000\u0006\u0000data.bin',
    };
    for (const [name, text] of Object.entries(csvs)) {
      it(name, () => assert.equal(formatOf(text), undefined));
    }

    it('every CSV of the tests and examples', () => {
      const root = path.resolve(__dirname, '..', '..', '..');
      const files = execSync('git ls-files', { cwd: root, encoding: 'utf8' });
      let checked = 0;
      // (The formats/ folders of the fixtures and of the editor-host workspace hold files saved as .csv that
      // are not CSV, on purpose.)
      for (const file of files.split('\n').filter((f) => /\.(csv|tsv|txt)$/i.test(f) && !/(^|\/)(fixtures|e2e-workspace)\/formats\//.test(f))) {
        assert.equal(formatOf(decodeBytes(readFileSync(path.join(root, file))).text), undefined, file);
        checked++;
      }
      assert.ok(checked > 100, `${checked} files`);
    });

    it('a long one-column CSV of JSON objects', () => {
      const text = 'valeur\n' + Array.from({ length: 2000 }, (_, i) => `{"a":${i}}`).join('\n');
      assert.equal(formatOf(text), undefined);
      assert.equal(formatOf(text.slice(7)), undefined);
    });
  });

  describe('one problem, for every driver', () => {
    const json = readFileSync(path.join(fixtures, 'marches.json'), 'utf8');

    it('validateText, the stream validator and notATable say the same', () => {
      assert.deepEqual(codes(validateText(json).problems), ['format-error.json']);
      const validator = new StreamValidator();
      for (let at = 0; at < bigGeoJson.length; at += 1000) validator.push(bigGeoJson.slice(at, at + 1000));
      assert.deepEqual(codes(validator.end().problems), ['format-error.geojson']);
      assert.equal(notATable(json)?.code, 'format-error');
      assert.equal(notATable('a,b\n1,2\n'), undefined);
    });

    it('a workbook is named before it is called binary', () => {
      const { text, ...decoded } = decodeBytes(readFileSync(path.join(fixtures, 'classeur.xlsx')));
      assert.equal(decoded.binary, true);
      assert.deepEqual(codes(validateText(text, { decoded }).problems), ['format-error.xlsx']);
    });

    it('the message says what the file is and what the tool reads, in English and French', () => {
      const problem = validateText(json).problems[0];
      assert.equal(problem.severity, 'error');
      assert.deepEqual([problem.range.start.offset, problem.range.end.offset], [0, 0]);
      assert.match(problemMessage(problem, 'en'), /^This file is JSON, not CSV: .* Name it \.json to have it checked as a JSON dataset/);
      assert.match(problemMessage(problem, 'fr'), /^Ce fichier est du JSON et non un CSV : .* Nommez-le \.json pour qu'il soit vérifié comme jeu de données JSON/);
      const { text, ...decoded } = decodeBytes(readFileSync(path.join(fixtures, 'classeur.xlsx')));
      const xlsx = validateText(text, { decoded }).problems[0];
      assert.match(problemMessage(xlsx, 'fr'), /classeur Excel \(\.xlsx\).*« Enregistrer sous… CSV UTF-8 \(délimité par des virgules\) »/);
      assert.match(problemMessage(xlsx, 'en'), /Excel workbook \(\.xlsx\).*CSV exported as UTF-8/);
    });

    it('an edited document: JSON made CSV and back', () => {
      const table = IncrementalTable.open(json);
      assert.deepEqual(codes(table.problems().problems), ['format-error.json']);
      table.applyEdits([{ start: 0, end: json.length, newText: 'a,b\n1,2\n' }]);
      while (table.step()) {
        /* checks the rows */
      }
      assert.deepEqual(codes(table.problems().problems), []);
      table.applyEdits([{ start: 0, end: 0, newText: '{"x": [\n' }]);
      table.applyEdits([{ start: 0, end: 'a,b\n1,2\n{"x": [\n'.length, newText: '{"x": [1, 2]}' }]);
      while (table.step()) {
        /* checks the rows */
      }
      assert.deepEqual(codes(table.problems().problems), ['format-error.json']);
    });

    it('an edited document says what a whole validation of its text says, edit after edit', () => {
      const pieces = fc.constantFrom('{', '}', '[', ']', '"a"', ':', ',', '1', 'x', '\n', ' ', '{"type": "Feature"}', 'a,b\n1,2\n', '<r>', '</r>', '<?xml');
      const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.array(pieces, { maxLength: 4 }).map((p) => p.join('')) });
      fc.assert(
        fc.property(fc.constantFrom('a,b\n1,2\n', '{"a": [1, 2]}', '', '<r>\n</r>'), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
          const table = IncrementalTable.open(start);
          let text = start;
          for (const { at, remove, insert } of edits) {
            const from = at % (text.length + 1);
            const to = Math.min(text.length, from + remove);
            table.applyEdits([{ start: from, end: to, newText: insert }]);
            text = text.slice(0, from) + insert + text.slice(to);
            while (table.step()) {
              /* checks the rows */
            }
            assert.deepEqual(codes(table.problems().problems), codes(validateText(text).problems), JSON.stringify(text));
          }
        }),
        propertyRuns(300),
      );
    });
  });
});
