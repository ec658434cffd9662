// Decoding bytes: UTF-8 with and without BOM, Windows-1252 as French Excel writes it, binary files, mojibake.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, decodeWith, findMojibake, hasUtf8Bom, looksBinary, looksBinaryText } from '../../../server/src/engine/table/decode';
import { readTable } from '../../../server/src/engine/table/readTable';

const fixtures = path.join(__dirname, '../../fixtures/table');
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const decoded = decodeBytes(utf8('commune;libellé\nBesançon;€ 12\n'));
    assert.deepEqual(decoded, { text: 'commune;libellé\nBesançon;€ 12\n', encoding: 'utf-8', bom: false, binary: false });
  });

  it('reads UTF-8 with a BOM, keeps the BOM out of the text and says it was there', () => {
    const decoded = decodeBytes(withBom(utf8('nom,ville\nÉlodie,Besançon 😀\n')));
    assert.equal(decoded.text, 'nom,ville\nÉlodie,Besançon 😀\n');
    assert.equal(decoded.bom, true);
    assert.equal(decoded.encoding, 'utf-8');
    // The first label is "nom", not "\ufeffnom".
    assert.equal(readTable(decoded.text).rows[0].cells[0].value, 'nom');
  });

  it('reads a BOM-only file as an empty UTF-8 text', () => {
    assert.deepEqual(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf])), { text: '', encoding: 'utf-8', bom: true, binary: false });
    assert.equal(hasUtf8Bom(new Uint8Array([0xef, 0xbb])), false);
  });

  describe('a semicolon file saved by French Excel (Windows-1252)', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixtures, 'excel-fr-windows-1252.csv')));
    const decoded = decodeBytes(bytes);

    it('is not UTF-8: decoded as Windows-1252, one character per byte', () => {
      assert.equal(decoded.encoding, 'windows-1252');
      assert.equal(decoded.bom, false);
      assert.equal(decoded.binary, false);
      assert.equal(decoded.text.length, bytes.length);
    });

    it('gets every accented letter, the euro sign, the dash and the guillemets right', () => {
      const table = readTable(decoded.text);
      assert.equal(table.dialect.delimiter, ';');
      assert.equal(table.dialect.lineTerminator, 'CRLF');
      assert.deepEqual(
        table.rows.map((row) => row.cells.map((cell) => cell.value)),
        [
          ['commune', 'libellé', 'montant', 'date_versement'],
          ['Besançon', "Subvention à l'école Jean-Moulin", '1 234,50 €', '01/02/2024'],
          ['Évry-Courcouronnes', "Frais d'hébergement; repas", '99,90 €', '15/03/2024'],
          ['Saint-Étienne', 'Prêt de matériel – « fête »', '0,00 €', '30/04/2024'],
        ],
      );
    });

    it('points at the first byte that is not UTF-8 (the é of "libellé")', () => {
      assert.equal(decoded.firstNonUtf8Offset, 'commune;libell'.length);
      assert.equal(bytes[decoded.firstNonUtf8Offset!], 0xe9);
    });
  });

  describe('the first byte that breaks UTF-8', () => {
    // Bytes that look like a lead byte followed by continuation bytes but that UTF-8 still forbids.
    const cases: [string, number[]][] = [
      ['a lone continuation byte (€ in Windows-1252)', [0x80]],
      ['a lead byte at the very end', [0xc3]],
      ['an overlong two-byte form', [0xc0, 0xaf]],
      ['an overlong three-byte form (E0 80..9F)', [0xe0, 0x80, 0x80]],
      ['an encoded surrogate (ED A0..BF), as CESU-8 writes', [0xed, 0xa0, 0x80]],
      ['an overlong four-byte form (F0 80..8F)', [0xf0, 0x80, 0x80, 0x80]],
      ['a code point above U+10FFFF (F4 90..)', [0xf4, 0x90, 0x80, 0x80]],
      ['a lead byte followed by ASCII', [0xe9, 0x63, 0x6f]],
    ];
    for (const [name, bad] of cases) {
      it(name, () => {
        const prefix = utf8('ok;é;');
        const decoded = decodeBytes(new Uint8Array([...prefix, ...bad, 0x0a]));
        assert.equal(decoded.encoding, 'windows-1252');
        assert.equal(decoded.firstNonUtf8Offset, prefix.length);
      });
    }
  });

  it('spots binary bytes: a PNG image, NUL bytes, many control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.equal(decodeBytes(png).binary, true);
    assert.equal(looksBinary(utf8('a,b\u0000\n')), true);
    assert.equal(looksBinary(new Uint8Array(100).fill(1)), true);
    assert.equal(looksBinary(utf8('a\tb\r\n1\t2\f\n')), false);
    assert.equal(looksBinary(new Uint8Array()), false);
  });

  it('spots binary text when only the decoded text is known (an editor document)', () => {
    assert.equal(looksBinaryText('PK\u0003\u0004\u0014\u0000\u0006\u0000'), true);
    assert.equal(looksBinaryText('\u0001\u0002\u0003abcdefghijklmnopqrstuvwxyz'), true);
    assert.equal(looksBinaryText('nom;ville\r\nÉlodie;Besançon\r\n'), false);
    assert.equal(looksBinaryText(''), false);
  });

  it('maps every Windows-1252 byte as the WHATWG Encoding Standard does (0x80–0x9F too, whatever the Node version)', () => {
    const all = decodeWith(Uint8Array.from({ length: 256 }, (_, byte) => byte), 'windows-1252');
    assert.equal(all.length, 256);
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    assert.equal(all.slice(0x80, 0xa0), high);
    for (let byte = 0; byte < 256; byte++) {
      if (byte < 0x80 || byte >= 0xa0) assert.equal(all.charCodeAt(byte), byte, `byte ${byte}`);
    }
  });

  it('decodes a chunk with a known encoding', () => {
    assert.equal(decodeWith(new Uint8Array([0x80, 0xe9]), 'windows-1252'), '€é');
    assert.equal(decodeWith(utf8('€é'), 'utf-8'), '€é');
  });
});

describe('findMojibake', () => {
  const cases: [string, string, number][] = [
    ['é read as Windows-1252', 'nom,ville\nCafÃ©,Brest\n', 'nom,ville\nCaf'.length],
    ['è', 'TrÃ¨s bien', 2],
    ['ç', 'FranÃ§ois', 4],
    ['à (the à lead byte then a no-break space)', 'Ã\u00a0 Paris', 0],
    ['the right single quote ’', 'lâ€™Ã©cole', 1],
    ['a no-break space read twice', 'prix :Â\u00a0€', 6],
  ];
  for (const [name, text, offset] of cases) {
    it(`finds ${name}`, () => assert.equal(findMojibake(text), offset));
  }

  it('leaves correct French (and Portuguese) text alone', () => {
    assert.equal(findMojibake("L'Haÿ-les-Roses, Besançon, « île », São Paulo, ÀÉÈÇ — 12 €"), -1);
  });

  it('looks no further than the given limit', () => {
    const text = 'a'.repeat(100) + 'Ã©';
    assert.equal(findMojibake(text, 50), -1);
    assert.equal(findMojibake(text), 100);
  });
});
