// Writes the files of test/fixtures/formats/ that are not CSV (a workbook .xlsx and .ods, JSON, GeoJSON,
// XML), for the tests of the format-error problem. Run: node scripts/make-format-fixtures.mjs
// The workbooks are minimal but valid ZIP files, built by hand (Node has no ZIP writer): stored entries,
// CRC-32 from zlib (APPNOTE.TXT 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16 for the three records).
import { writeFileSync, mkdirSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/fixtures/formats/', import.meta.url));
mkdirSync(dir, { recursive: true });

/** A ZIP archive of `entries` ([name, text]) stored uncompressed, in that order, dated 2026-01-01. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const time = 0;
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const xlsx = zip([
  [
    '[Content_Types].xml',
    XML +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    XML +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  ],
  [
    'xl/workbook.xml',
    XML +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    XML +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  ],
  [
    'xl/worksheets/sheet1.xml',
    XML +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>nom</t></is></c><c r="B1" t="inlineStr"><is><t>commune</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Crèche</t></is></c><c r="B2" t="inlineStr"><is><t>Paris</t></is></c></row>' +
      '</sheetData></worksheet>',
  ],
]);
writeFileSync(dir + 'classeur.xlsx', xlsx);

const ods = zip([
  // OpenDocument 1.2, part 3, section 3.3: the first entry, stored, no extra field.
  ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
  [
    'META-INF/manifest.xml',
    XML +
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '</manifest:manifest>',
  ],
  [
    'content.xml',
    XML +
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
      '<office:body><office:spreadsheet><table:table table:name="Feuille1">' +
      '<table:table-row><table:table-cell office:value-type="string"><text:p>nom</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>commune</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell office:value-type="string"><text:p>Crèche</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Paris</text:p></table:table-cell></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>',
  ],
]);
writeFileSync(dir + 'classeur.ods', ods);

writeFileSync(
  dir + 'marches.json',
  JSON.stringify({ marches: [{ id: '2026-001', objet: 'Travaux de voirie, "lot 1"', montant: 125000.5, titulaires: [{ id: '12345678900011', typeIdentifiant: 'SIRET' }] }] }, null, 2) + '\n',
);

writeFileSync(
  dir + 'zfe.geojson',
  JSON.stringify(
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: '200054781-ZFE-001', date_debut: '2026-01-01', vp_critair: 'V3' },
          geometry: { type: 'Polygon', coordinates: [[[2.29, 48.86], [2.35, 48.86], [2.35, 48.84], [2.29, 48.84], [2.29, 48.86]]] },
        },
      ],
    },
    null,
    2,
  ) + '\n',
);

writeFileSync(dir + 'equipements.xml', XML + '<equipements>\n  <equipement nom="Crèche" commune="Paris"/>\n</equipements>\n');
