// UTF-16 files (Excel's "Unicode text", some IRVE producers): decoded by their BOM or their NUL bytes, written
// back byte for byte, and reported with one `encoding-error` warning, the same from the bytes (CLI) as from
// the editor's text read right.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, encodeText } from '../../../server/src/engine/table/decode';
import { editorEncodingVerdict, encodingVerdictProblem, fileEncodingOf } from '../../../server/src/engine/table/fileEncoding';
import { positionInText } from '../../../server/src/engine/table/positions';
import { validateText } from '../../../server/src/engine/validate';
import { problemMessage as message } from '../../../server/src/i18n';

const fixtures = path.resolve(__dirname, '../../fixtures/encoding');
const utf8 = readFileSync(path.join(fixtures, 'creches-utf8.csv'));
const le = readFileSync(path.join(fixtures, 'creches-utf16.csv'));
const be = readFileSync(path.join(fixtures, 'creches-utf16be.csv'));
const text = utf8.toString('utf8').replace(/^\uFEFF/, '');

describe('UTF-16 files', () => {
  it('decodes UTF-16 LE and BE with a BOM, the BOM kept out of the text', () => {
    assert.deepEqual([le[0], le[1], be[0], be[1]], [0xff, 0xfe, 0xfe, 0xff]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const decoded = decodeBytes(bytes);
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.bom, true);
      assert.equal(decoded.binary, false, 'its NUL bytes do not make it binary');
      assert.equal(decoded.text, text);
      assert.equal(fileEncodingOf(bytes).encoding, encoding, 'the editor probe agrees');
    }
  });

  it('decodes UTF-16 without a BOM when every other byte is NUL', () => {
    const noBom = Buffer.from('nom;commune\r\nÉcole;Brest\r\n', 'utf16le');
    assert.deepEqual({ ...decodeBytes(noBom) }, { text: 'nom;commune\r\nÉcole;Brest\r\n', encoding: 'utf-16le', bom: false, binary: false });
    assert.equal(decodeBytes(Buffer.from(noBom).swap16()).encoding, 'utf-16be');
    // A PNG's NUL bytes are no UTF-16 pattern: still binary.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.equal(decodeBytes(png).binary, true);
  });

  it('encodes the text back into the very bytes read (LE and BE, BOM and surrogate pairs)', () => {
    assert.deepEqual(Buffer.from(encodeText(decodeBytes(le).text, 'utf-16le', true)), le);
    assert.deepEqual(Buffer.from(encodeText(decodeBytes(be).text, 'utf-16be', true)), be);
    const emoji = 'nom;note\n🚗 borne;ok\n';
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeText(emoji, encoding, true);
      assert.equal(decodeBytes(bytes).text, emoji);
      assert.equal(bytes.length, 2 + 2 * emoji.length);
    }
  });

  it('marks UTF-16 that does not encode back (an odd byte, a lone surrogate) as undecodable: nothing is written from it', () => {
    assert.equal(decodeBytes(le).undecodable, undefined);
    assert.equal(decodeBytes(Buffer.concat([le, Buffer.from([0x41])])).undecodable, true);
    const loneSurrogate = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\n', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from(';c\n', 'utf16le')]);
    assert.equal(decodeBytes(loneSurrogate).encoding, 'utf-16le');
    assert.equal(decodeBytes(loneSurrogate).undecodable, true);
  });

  it('raises encoding-error naming “UTF-16 LE” / “UTF-16 BE”, FR and EN, and the rows at their place in the text', () => {
    for (const [bytes, name] of [
      [le, 'UTF-16 LE'],
      [be, 'UTF-16 BE'],
    ] as const) {
      const decoded = decodeBytes(bytes);
      const { text: decodedText, ...facts } = decoded;
      const report = validateText(decodedText, { decoded: facts });
      const encoding = report.problems.find((p) => p.code === 'encoding-error');
      assert.ok(encoding);
      assert.equal(encoding.severity, 'warning');
      assert.deepEqual(encoding.params, { variant: 'utf-16', encoding: name });
      assert.deepEqual(encoding.range.start, { offset: 0, line: 0, character: 0 });
      const en = message(encoding, 'en');
      const fr = message(encoding, 'fr');
      assert.match(en, new RegExp(`${name}, not UTF-8`));
      assert.match(en, /data\.gouv\.fr/);
      assert.match(en, /Save it as UTF-8/);
      assert.match(fr, new RegExp(`${name} et non en UTF-8`));
      assert.match(fr, /Enregistrez-le en UTF-8/);
      // A row's problem is at its place in the decoded text, as in UTF-8 (a surrogate pair counts two characters).
      const rows = 'nom;commune\n🚗 École;Brest\nCrèche;Paris;en trop\n';
      const encoded = encodeText(rows, bytes === le ? 'utf-16le' : 'utf-16be', true);
      const { text: rowsText, ...rowsFacts } = decodeBytes(encoded);
      const extra = validateText(rowsText, { decoded: rowsFacts }).problems.find((p) => p.code === 'extra-cell');
      const utf8Extra = validateText(rows).problems.find((p) => p.code === 'extra-cell');
      assert.ok(extra && utf8Extra);
      assert.deepEqual(extra.range, utf8Extra.range);
      assert.deepEqual(extra.range.start, { offset: rows.indexOf('en trop'), line: 2, character: 'Crèche;Paris;'.length });
    }
  });

  it('gives the editor (text read right) the same warning as the command line (one verdict)', () => {
    for (const bytes of [le, be]) {
      const { text: decodedText, ...facts } = decodeBytes(bytes);
      const cli = validateText(decodedText, { decoded: facts }).problems.find((p) => p.code === 'encoding-error');
      const verdict = editorEncodingVerdict(fileEncodingOf(bytes), [decodedText]);
      assert.equal(verdict.kind, 'not-utf-8');
      const editor = encodingVerdictProblem(verdict, decodedText.indexOf('\n'), (offset) => positionInText(decodedText, offset));
      assert.ok(cli && editor);
      assert.equal(editor.code, cli.code);
      assert.equal(editor.severity, cli.severity);
      assert.deepEqual(editor.range, cli.range);
      const { editorEncoding, ...params } = editor.params;
      assert.deepEqual(params, cli.params);
      assert.equal(editorEncoding, bytes === le ? 'utf16le' : 'utf16be');
      assert.equal(message(editor, 'en'), message(cli, 'en'));
      assert.equal(message(editor, 'fr'), message(cli, 'fr'));
    }
  });
});
