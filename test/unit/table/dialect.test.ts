// Dialect sniffing: delimiter, quote character, the comma-plus-space variant and the line terminator.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sniffDialect, terminatorText } from '../../../server/src/engine/table/dialect';
import { readTable } from '../../../server/src/engine/table/readTable';

const fixtures = path.join(__dirname, '../../fixtures/table');

function values(text: string): string[][] {
  return readTable(text).rows.map((row) => row.cells.map((cell) => cell.value));
}

describe('sniffDialect', () => {
  describe('delimiter', () => {
    const cases: [string, string, string][] = [
      ['comma', 'nom,commune,code\nMairie,Brest,29019\nPoste,Quimper,29232\n', ','],
      ['semicolon', 'nom;commune;code\nMairie;Brest;29019\nPoste;Quimper;29232\n', ';'],
      ['tab', 'nom\tcommune\tcode\nMairie\tBrest\t29019\n', '\t'],
      ['pipe', 'nom|commune|code\nMairie|Brest|29019\n', '|'],
      ['semicolon with commas in values', 'pole;vocation;point\nBornes;entrepôts, logistique;3.9815, 49.2527\n', ';'],
      ['comma with semicolons in quoted values', 'nom,jours\n"Mairie","lundi;mardi;jeudi"\nPoste,"samedi"\n', ','],
      ['tab with decimal commas', 'surface\tcommune\n12,5\tBrest\n8,25\tQuimper\n', '\t'],
      ['pipe with semicolons in values', 'a|b\n1;2|3\n', '|'],
      // A tie: both split every row in two. French files hold commas in values and labels far more often.
      ['semicolon, label with a comma, decimal commas', 'Surface (m², hors murs);Commune\n12,5;Paris\n8,25;Lyon\n', ';'],
      ['comma, line breaks inside quotes', 'nom,adresse,commune\n"Mairie","1 place\nde la Mairie; bât. A",Brest\n', ','],
    ];
    for (const [name, text, delimiter] of cases) {
      it(name, () => assert.equal(sniffDialect(text).delimiter, delimiter));
    }

    it('reads the decimal-comma tie right, cell by cell', () => {
      assert.deepEqual(values('Surface (m², hors murs);Commune\n12,5;Paris\n8,25;Lyon\n'), [
        ['Surface (m², hors murs)', 'Commune'],
        ['12,5', 'Paris'],
        ['8,25', 'Lyon'],
      ]);
    });

    it('defaults to a comma for one column and for an empty text', () => {
      assert.equal(sniffDialect('nom\nDupont\nMartin\n').delimiter, ',');
      assert.deepEqual(sniffDialect(''), { delimiter: ',', quoteChar: '"', skipInitialSpace: false, header: true, lineTerminator: 'LF' });
    });

    it('leaves out the last sampled line when the sample cuts a long file', () => {
      const row = 'Mairie;Brest;29019;"entrepôts, logistique"\n';
      const text = 'nom;commune;code;vocation\n' + row.repeat(Math.ceil((70 * 1024) / row.length));
      assert.ok(text.length > 64 * 1024);
      assert.equal(sniffDialect(text).delimiter, ';');
    });
  });

  describe('comma plus space (skipInitialSpace)', () => {
    it('detects the `, ` variant of the DAE 1.0.0 example and reads labels and values without the spaces', () => {
      const text = fs.readFileSync(path.join(fixtures, 'catalog/atlasante/schema-dae/1.0.0/exemple_valide.csv'), 'utf8');
      const table = readTable(text);
      assert.equal(table.dialect.delimiter, ',');
      assert.equal(table.dialect.skipInitialSpace, true);
      const [header, first] = table.rows;
      assert.equal(header.cells.length, 43);
      assert.deepEqual(header.cells.slice(0, 3).map((cell) => cell.value), ['nom', 'lat_coor1', 'long_coor1']);
      // "fab_siren,  fab_rais": two spaces, both skipped.
      assert.equal(header.cells[25].value, 'fab_rais');
      for (const row of table.rows) for (const cell of row.cells) assert.ok(!cell.value.startsWith(' '), JSON.stringify(cell.value));
      // Quoted values after `, ` are unquoted; inner double spaces are kept.
      assert.equal(first.cells[14].value, 'http://www.monsite.com/monimage1.jpg');
      assert.equal(first.cells[16].value, 'lundi|mardi');
      assert.equal(first.cells[18].value, "complément d'information sur  la disponibilité du DAE");
      // The raw span of a cell starts after the skipped spaces.
      assert.equal(text.slice(first.cells[1].start, first.cells[1].end), '48.8521329');
    });

    it('does not skip spaces when only some commas are followed by one', () => {
      const text = 'nom,adresse\nMairie,"1 place, Brest"\nPoste, 2 rue de Siam\nGare,Place\n';
      assert.equal(sniffDialect(text).skipInitialSpace, false);
      assert.equal(values(text)[2][1], ' 2 rue de Siam');
    });

    it('only applies to commas', () => {
      assert.equal(sniffDialect('a; b; c\n1; 2; 3\n').skipInitialSpace, false);
    });
  });

  describe('quote character', () => {
    it('takes single quotes when they wrap whole fields and double quotes never do', () => {
      const text = "'nom','adresse'\n'Mairie','1 place, Brest'\n'Poste','2 rue \"Siam\"'\n";
      const table = readTable(text);
      assert.equal(table.dialect.quoteChar, "'");
      assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.value)), [
        ['nom', 'adresse'],
        ['Mairie', '1 place, Brest'],
        ['Poste', '2 rue "Siam"'],
      ]);
    });

    it('keeps double quotes when apostrophes are only inside values', () => {
      const text = "commune;note\nL'Haÿ-les-Roses;d'après 'Le Monde'\n\"Saint-Ouen\";'ok'\n";
      const dialect = sniffDialect(text);
      assert.equal(dialect.quoteChar, '"');
      assert.equal(values(text)[1][0], "L'Haÿ-les-Roses");
    });

    it('keeps double quotes when both kinds wrap fields', () => {
      assert.equal(sniffDialect("a,b\n'x','y'\n\"z\",'w'\n").quoteChar, '"');
    });

    it('honours an explicit dialect (a sidecar) over sniffing, part by part', () => {
      const text = "a;b\n'1';2\n";
      const dialect = sniffDialect(text, { quoteChar: "'", skipInitialSpace: true, lineTerminator: 'CRLF', header: false });
      assert.deepEqual(dialect, { delimiter: ';', quoteChar: "'", skipInitialSpace: true, header: false, lineTerminator: 'CRLF' });
      assert.equal(sniffDialect(text, { delimiter: ',' }).delimiter, ',');
    });

    it('reads a file with no quote character at all when told so', () => {
      const table = readTable('a,b\n"1",2,\n', { quoteChar: '' });
      assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => [cell.value, cell.start, cell.end])), [
        [['a', 0, 1], ['b', 2, 3]],
        [['"1"', 4, 7], ['2', 8, 9], ['', 10, 10]],
      ]);
      // Ending on a delimiter must give an empty last cell inside the text, not past its end.
      const last = readTable('a,b\n1,', { quoteChar: '' }).rows[1].cells[1];
      assert.deepEqual([last.value, last.start, last.end], ['', 6, 6]);
    });
  });

  describe('line terminator', () => {
    const cases: [string, string, string][] = [
      ['LF', 'a,b\n1,2\n3,4\n', 'LF'],
      ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', 'CRLF'],
      ['CR (old Mac)', 'a;b\r1;2\r3;4\r', 'CR'],
      ['CRLF rows with LF inside quoted values (Excel)', 'a,b\r\n"x\ny\nz",2\r\n"p\nq\nr",3\r\n', 'CRLF'],
      ['LF rows with CRLF inside a quoted value', 'a,b\n"x\r\ny\r\nz\r\nw",2\n', 'LF'],
      ['no terminator at all', 'a,b', 'LF'],
    ];
    for (const [name, text, terminator] of cases) {
      it(name, () => assert.equal(sniffDialect(text).lineTerminator, terminator));
    }

    it('maps each terminator to its text', () => {
      assert.deepEqual((['LF', 'CRLF', 'CR'] as const).map(terminatorText), ['\n', '\r\n', '\r']);
    });
  });
});
