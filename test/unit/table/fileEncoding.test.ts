// The encoding of a file's bytes read in chunks, what an editor's text says about how it was decoded, and
// the conversion to UTF-8 (every byte of meaning kept, or nothing converted).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  convertToUtf8,
  decodeFileText,
  editorEncodingVerdict,
  encodingVerdictProblem,
  FileEncodingProbe,
  fileEncodingOf,
  LossyConversion,
} from '../../../server/src/engine/table/fileEncoding';
import { positionInText } from '../../../server/src/engine/table/positions';

const fixtures = path.resolve(__dirname, '../../fixtures/encoding');
const windows1252 = readFileSync(path.join(fixtures, 'creches-1252.csv'));
const utf8 = readFileSync(path.join(fixtures, 'creches-utf8.csv'));
const utf16 = readFileSync(path.join(fixtures, 'creches-utf16.csv'));
/** The text VS Code shows for a Windows-1252 file opened as UTF-8: one U+FFFD per byte that is not UTF-8. */
const garbled = new TextDecoder('utf-8').decode(windows1252);

describe('file encoding', () => {
  it('tells Windows-1252 from UTF-8 and UTF-16, with the first word that is not UTF-8 and its line', () => {
    const facts = fileEncodingOf(windows1252);
    assert.equal(facts.encoding, 'windows-1252');
    assert.equal(facts.firstWord, "l'établissement");
    assert.equal(facts.firstLine, 0);
    assert.equal(fileEncodingOf(utf8).encoding, 'utf-8');
    assert.deepEqual(fileEncodingOf(utf16), { encoding: 'utf-16le', bom: true });
    const noBom = Buffer.from('nom;commune\r\nÉcole;Brest\r\n', 'utf16le');
    assert.equal(fileEncodingOf(noBom).encoding, 'utf-16le');
  });

  it('reads in chunks of any size, a UTF-8 sequence cut between two chunks included', () => {
    const text = 'nom;commune\n' + 'Crèche;Saint-Étienne\n'.repeat(50) + 'Hôpital;Orléans\n';
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 7, 64]) {
      const probe = new FileEncodingProbe();
      for (let i = 0; i < bytes.length; i += size) probe.push(bytes.subarray(i, i + size));
      assert.equal(probe.result().encoding, 'utf-8', `chunks of ${size}`);
    }
    const late = Buffer.concat([bytes, Buffer.from('Forêt;Nîmes\n', 'latin1')]);
    const probe = new FileEncodingProbe();
    for (let i = 0; i < late.length; i += 5) if (!probe.push(late.subarray(i, i + 5))) break;
    const facts = probe.result();
    assert.equal(facts.encoding, 'windows-1252');
    assert.equal(facts.firstNonUtf8Offset, bytes.length + 3);
    assert.equal(facts.firstWord, 'Forêt');
    assert.equal(facts.firstLine, 52);
    // Read as a file is read: every chunk into the same buffer (the cut sequence's start must be kept, not viewed).
    for (const size of [2, 7, 64]) {
      const reused = Buffer.alloc(size);
      const probe = new FileEncodingProbe();
      for (let i = 0; i < bytes.length; i += size) {
        const read = bytes.copy(reused, 0, i, i + size);
        probe.push(reused.subarray(0, read));
      }
      assert.equal(probe.result().encoding, 'utf-8', `one buffer of ${size} bytes`);
    }
    // A sequence cut by the end of the bytes read is only judged when they are the whole file.
    const cut = new FileEncodingProbe();
    cut.push(Buffer.from('Crèche', 'utf8').subarray(0, 3));
    assert.equal(cut.result({ truncated: true }).encoding, 'utf-8');
    assert.equal(cut.result().encoding, 'windows-1252');
  });

  it('says the editor text is garbled when it holds U+FFFD where the bytes are Windows-1252, and counts them', () => {
    const verdict = editorEncodingVerdict(fileEncodingOf(windows1252), [garbled.slice(0, 100), garbled.slice(100)]);
    assert.equal(verdict.kind, 'garbled');
    assert.ok(verdict.kind === 'garbled');
    assert.equal(verdict.replaced, 20);
    assert.equal(verdict.first, garbled.indexOf('\uFFFD'));
    const right = decodeFileText(windows1252);
    assert.ok(right.startsWith("Nom de l'établissement;Type"));
    assert.deepEqual(editorEncodingVerdict(fileEncodingOf(windows1252), [right]).kind, 'not-utf-8');
    assert.deepEqual(editorEncodingVerdict(fileEncodingOf(utf8), [garbled]), { kind: 'utf-8' });
    const utf16AsUtf8 = new TextDecoder('utf-8').decode(utf16);
    assert.equal(editorEncodingVerdict(fileEncodingOf(utf16), [utf16AsUtf8]).kind, 'garbled');
  });

  it('makes an error on line 1 for a garbled text, and the command line’s warning for a text read right', () => {
    const verdict = editorEncodingVerdict(fileEncodingOf(windows1252), [garbled]);
    const problem = encodingVerdictProblem(verdict, garbled.indexOf('\r'), (offset) => positionInText(garbled, offset));
    assert.ok(problem);
    assert.equal(problem.code, 'encoding-misread');
    assert.equal(problem.severity, 'error');
    assert.deepEqual([problem.range.start.line, problem.range.start.character, problem.range.end.line], [0, 0, 0]);
    assert.deepEqual(problem.params, { encoding: 'Windows-1252', editorEncoding: 'windows1252', count: 20, line: 1, word: "l'établissement" });
    const right = decodeFileText(windows1252);
    const warning = encodingVerdictProblem(editorEncodingVerdict(fileEncodingOf(windows1252), [right]), 0, (offset) => positionInText(right, offset));
    assert.equal(warning?.code, 'encoding-error');
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning?.range.start.offset, right.indexOf('é'));
  });

  it('converts to UTF-8 keeping every other byte: delimiter, quotes, CRLF', () => {
    const converted = convertToUtf8(windows1252);
    assert.equal(converted.from, 'windows-1252');
    assert.deepEqual(Buffer.from(converted.bytes), utf8);
    assert.deepEqual(Buffer.from(convertToUtf8(utf16).bytes), utf8);
    // Windows-1252's 0x80–0x9F (’ € œ) come out right on every Node version.
    assert.equal(Buffer.from(convertToUtf8(Buffer.from([0x92, 0x80, 0x9c, 0x3b, 0x0d, 0x0a])).bytes).toString('utf8'), '’€œ;\r\n');
  });

  it('refuses a conversion that would not give the same bytes back', () => {
    // A UTF-16 file cut in the middle of a character (an odd length) does not decode whole.
    assert.throws(() => convertToUtf8(utf16.subarray(0, utf16.length - 1)), LossyConversion);
  });
});
