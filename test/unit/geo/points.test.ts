// The map's points: columns from the schema or detected, positions as written with their row and lines,
// swapped / outside-France / shared-location marks, unreadable rows with reasons, and the popup fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { computeMapPoints, findCoordinateColumns, popupColumns, swapCoordinatesEdits, type MapPoint, type MapPointsResult, type TextReplacement } from '../../../server/src/engine/geo/points';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'map', name), 'utf8');

function pointOf(result: MapPointsResult, row: number): MapPoint {
  const point = result.points.find((p) => p.row === row);
  assert.ok(point, `row ${row} has a point`);
  return point;
}

describe('map points', () => {
  describe('latitude and longitude columns detected by name', () => {
    const result = computeMapPoints(fixture('communes.csv'));

    it('names the columns it read', () => {
      assert.deepEqual(result.columns, { kind: 'lat-lon', latitude: 'latitude', longitude: 'longitude', source: 'detected' });
      assert.equal(result.dataRows, 14);
    });

    it('gives each readable row its point, row number and line', () => {
      assert.deepEqual(
        result.points.map((p) => p.row),
        [2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15],
      );
      const paris = pointOf(result, 2);
      assert.deepEqual([paris.lat, paris.lon, paris.line, paris.endLine, paris.issues], [48.85661, 2.35222, 1, 1, []]);
    });

    it('draws a probably swapped point where the row puts it and names where the swap lands', () => {
      const rennes = pointOf(result, 4);
      assert.deepEqual([rennes.lat, rennes.lon], [-1.6778, 48.1173]);
      assert.deepEqual(rennes.issues, ['outside-france', 'swapped']);
      assert.equal(rennes.swappedTerritory, 'metropole');
    });

    it('marks a point outside France (and not a swap) as outside', () => {
      assert.deepEqual(pointOf(result, 5).issues, ['outside-france']);
      assert.deepEqual(pointOf(result, 8).issues, [], 'Réunion is France');
    });

    it('marks two differently named places at one location, each pointing at the other', () => {
      assert.deepEqual(pointOf(result, 6).issues, ['duplicate-location']);
      assert.deepEqual(pointOf(result, 6).sameLocationRows, [7]);
      assert.deepEqual(pointOf(result, 7).sameLocationRows, [6]);
    });

    it('follows a quoted cell over two lines', () => {
      const annexe = pointOf(result, 13);
      assert.deepEqual([annexe.line, annexe.endLine], [12, 13]);
      assert.deepEqual(pointOf(result, 14).line, 14);
      assert.equal(annexe.fields[0], 'Salle "des fêtes"\n(annexe)');
    });

    it('lists unreadable rows with the reason, the values, and the repair an Excel date allows', () => {
      assert.equal(result.unreadableCount, 3);
      assert.deepEqual(
        result.unreadable.map((u) => [u.row, u.reason, u.values]),
        [
          [10, 'unrecognized', ['abc', '<img src=y onerror=alert(3)>']],
          [11, 'excel-date', ['48.80', '02-déc.']],
          [12, 'empty', ['', '']],
        ],
      );
      assert.deepEqual(result.unreadable[1].suggestion, { lat: 48.8, lon: 2.12 });
    });

    it('keeps the name-like fields for popups, values as written (markup included, as text)', () => {
      assert.deepEqual(result.fieldLabels, ['nom', 'commune']);
      assert.deepEqual(pointOf(result, 3).fields, ['Mairie du 1er', 'Lyon']);
      assert.equal(pointOf(result, 9).fields[0], '<img src=x onerror=alert(1)>');
    });
  });

  it('reads IRVE coordonneesXY "[lon, lat]" and does not flag the points of one station', () => {
    const result = computeMapPoints(fixture('irve.csv'));
    assert.deepEqual(result.columns, { kind: 'combined', column: 'coordonneesXY', order: 'lon-lat', source: 'detected' });
    const gare = pointOf(result, 2);
    assert.deepEqual([gare.lat, gare.lon, gare.issues], [48.85661, 2.35222, []]);
    assert.deepEqual(pointOf(result, 3).issues, [], 'same station, same place: not a problem');
    const inverted = pointOf(result, 5);
    assert.deepEqual([inverted.lat, inverted.lon], [5.36978, 43.29648]);
    assert.deepEqual(inverted.issues, ['outside-france', 'swapped']);
    assert.deepEqual(result.unreadable.map((u) => [u.row, u.reason]), [[6, 'empty']]);
  });

  it('lists degrees Excel stored as fractions of a day as unreadable, with the × 24 point to check, not drawn', () => {
    const text = 'nom;latitude;longitude\nMairie;48,85661;2,35222\nAire;1,96909722222222;0,104166666666667\n';
    const result = computeMapPoints(text);
    assert.deepEqual(result.points.map((p) => p.row), [2]);
    assert.deepEqual(result.unreadable.map((u) => [u.row, u.reason, u.values]), [[3, 'excel-day-fraction', ['1,96909722222222', '0,104166666666667']]]);
    assert.deepEqual(result.unreadable[0].suggestion, { lat: 47.25833, lon: 2.5 });
  });

  it('converts Lambert-93 x/y columns to WGS84', () => {
    const result = computeMapPoints(fixture('lambert93.csv'));
    assert.deepEqual(result.columns, { kind: 'lambert93', x: 'x', y: 'y', source: 'detected' });
    const paris = pointOf(result, 2);
    assert.deepEqual([paris.lat, paris.lon], [48.89079, 2.33856]);
    assert.deepEqual(paris.transformations, ['decimal-comma', 'lambert93']);
    assert.deepEqual([pointOf(result, 4).lat, pointOf(result, 4).lon], [48.5734, 7.7521]);
    assert.deepEqual(result.unreadable.map((u) => [u.row, u.reason]), [[7, 'unrecognized']]);
  });

  it('uses a schema geopoint field ("lon, lat" by default) even when its name says nothing', () => {
    const schema: TableSchema = { fields: [{ name: 'nom', type: 'string' }, { name: 'emplacement', type: 'geopoint' }] };
    const text = 'nom,emplacement\nGare,"2.35222, 48.85661"\nPort,"-1.55275,47.21811"\n';
    const result = computeMapPoints(text, { schema });
    assert.deepEqual(result.columns, { kind: 'combined', column: 'emplacement', order: 'lon-lat', format: 'default', source: 'schema' });
    assert.deepEqual(result.points.map((p) => [p.lat, p.lon]), [
      [48.85661, 2.35222],
      [47.21811, -1.55275],
    ]);
    assert.equal(computeMapPoints(text).columns?.source, 'detected', 'without the schema, only the values tell');
  });

  it('reads a geopoint in the object format', () => {
    const schema: TableSchema = { fields: [{ name: 'geo', type: 'geopoint', format: 'object' }] };
    const result = computeMapPoints('geo\n"{""lon"": 2.35222, ""lat"": 48.85661}"\n', { schema });
    assert.deepEqual(result.points.map((p) => [p.lat, p.lon]), [[48.85661, 2.35222]]);
  });

  it("follows the schema's french-gps-coordinates check for the column pair", () => {
    const schema: TableSchema = {
      fields: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
      custom_checks: [{ name: 'french-gps-coordinates', params: { latitude: 'b', longitude: 'c' } }],
    };
    const result = computeMapPoints('a,b,c\nx,48.85661,2.35222\n', { schema });
    assert.deepEqual(result.columns, { kind: 'lat-lon', latitude: 'b', longitude: 'c', source: 'schema' });
    assert.deepEqual(result.points.map((p) => p.row), [2]);
  });

  it('says "schema" when detected columns are fields of the schema in force', () => {
    const schema: TableSchema = { fields: [{ name: 'nom' }, { name: 'lat', type: 'number' }, { name: 'lon', type: 'number' }] };
    const result = computeMapPoints('nom,lat,lon\nA,48.1,-1.6\nB,45.7,4.8\n', { schema });
    assert.equal(result.columns?.source, 'schema');
  });

  it('reads semicolon files with decimal commas, and marks rows too short to hold the coordinates', () => {
    const result = computeMapPoints('nom;Ylat;Xlong\nA;48,11730;-1,67780\nB\n');
    assert.deepEqual(result.columns, { kind: 'lat-lon', latitude: 'Ylat', longitude: 'Xlong', source: 'detected' });
    assert.deepEqual(result.points.map((p) => [p.lat, p.lon]), [[48.1173, -1.6778]]);
    assert.deepEqual(result.unreadable.map((u) => [u.row, u.reason]), [[3, 'missing-cell']]);
  });

  it('flags any shared location when the table has no name-like column', () => {
    const result = computeMapPoints('latitude,longitude\n48.1,-1.6\n48.1,-1.6\n45.7,4.8\n');
    assert.deepEqual(result.points.map((p) => p.issues.length), [1, 1, 0]);
  });

  it('finds no columns in a table without coordinates', () => {
    const result = computeMapPoints('nom,population\nRennes,220000\nLyon,520000\n');
    assert.deepEqual(result, { columns: null, fieldLabels: [], points: [], unreadable: [], unreadableCount: 0, dataRows: 2 });
    assert.equal(findCoordinateColumns('nom,population\nRennes,220000\n'), null);
  });

  it('finds the columns alone from the header and a sample (for the code lens)', () => {
    assert.deepEqual(findCoordinateColumns(fixture('communes.csv')), { kind: 'lat-lon', latitude: 'latitude', longitude: 'longitude', source: 'detected' });
  });

  it('caps the unreadable list but counts every row', () => {
    // Detection reads the first 200 rows: let them be good ones.
    const rows = Array.from({ length: 200 }, (_, i) => `r${i},48.${i},-1.6`).join('\n');
    const bad = Array.from({ length: 12 }, (_, i) => `bad${i},x,y`).join('\n');
    const result = computeMapPoints(`nom,latitude,longitude\n${rows}\n${bad}\n`, { maxUnreadable: 5 });
    assert.equal(result.unreadable.length, 5);
    assert.equal(result.unreadableCount, 12);
  });

  it('sends a value once per point: empty when it repeats an earlier one', () => {
    const result = computeMapPoints('nom,operateur,latitude,longitude\nIzivia,Izivia,48.1,-1.6\nA,B,45.7,4.8\n');
    assert.deepEqual(result.points.map((p) => p.fields), [
      ['Izivia', ''],
      ['A', 'B'],
    ]);
  });

  it('puts name-like columns first in popups, then places, then identifiers, never the coordinates', () => {
    const labels = ['id', 'latitude', 'longitude', 'adresse', 'nom_station', 'puissance'];
    assert.deepEqual(popupColumns(labels, [1, 2]), [4, 3, 0, 5]);
    const schema: TableSchema = { fields: [{ name: 'x1', title: 'Nom du lieu' }] };
    assert.deepEqual(popupColumns(['code', 'x1'], [], schema), [1, 0]);
  });

  describe('swapping a row\'s coordinates', () => {
    function apply(text: string, edits: TextReplacement[] | undefined): string {
      assert.ok(edits, 'an edit is offered');
      return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
    }

    it('exchanges the two cells as written, quotes included, and touches nothing else', () => {
      const text = 'nom;latitude;longitude\r\nA;48,1;-1,6\r\nB;"-1,6778";48,1173\r\n';
      assert.equal(apply(text, swapCoordinatesEdits(text, 3)), 'nom;latitude;longitude\r\nA;48,1;-1,6\r\nB;48,1173;"-1,6778"\r\n');
    });

    it('finds the row after a quoted cell spanning lines', () => {
      const text = fixture('communes.csv');
      const swapped = apply(text, swapCoordinatesEdits(text, 14));
      assert.match(swapped, /\nMairie,Lille,3\.06333,50\.63722\n/);
      assert.equal(swapped.length, text.length);
    });

    it('exchanges the two numbers inside one cell ([lon, lat], "lat, lon", WKT), keeping the notation', () => {
      const irve = fixture('irve.csv');
      assert.match(apply(irve, swapCoordinatesEdits(irve, 5)), /FR003;Station Inversée;"\[5\.36978, 43\.29648\]"/);
      const pair = 'nom,geo\nA,"48.1, -1.6"\nB,"45.7, 4.8"\nC,"43.3, 5.4"\n';
      assert.match(apply(pair, swapCoordinatesEdits(pair, 2)), /A,"-1\.6, 48\.1"/);
      const wkt = 'nom,wkt\nA,POINT(2.35 48.85)\nB,POINT(4.8 45.7)\nC,POINT(5.4 43.3)\n';
      assert.match(apply(wkt, swapCoordinatesEdits(wkt, 2)), /A,POINT\(48\.85 2\.35\)/);
    });

    it('swaps a geopoint in the object format as JSON', () => {
      const schema: TableSchema = { fields: [{ name: 'geo', type: 'geopoint', format: 'object' }] };
      const text = 'geo\n"{""lon"": 48.85, ""lat"": 2.35}"\n';
      assert.equal(apply(text, swapCoordinatesEdits(text, 2, { schema })), 'geo\n"{""lon"":2.35,""lat"":48.85}"\n');
    });

    it('offers nothing for the header, a missing row, a short row or a table without coordinates', () => {
      const text = 'nom,latitude,longitude\nA,48.1,-1.6\nB\n';
      assert.equal(swapCoordinatesEdits(text, 1), undefined);
      assert.equal(swapCoordinatesEdits(text, 9), undefined);
      assert.equal(swapCoordinatesEdits(text, 3), undefined);
      assert.equal(swapCoordinatesEdits('nom,population\nA,3\n', 2), undefined);
    });
  });
});
