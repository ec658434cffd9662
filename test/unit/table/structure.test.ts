// Every structural problem code: where it points (line, character, offset) and its French and English message.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { problemMessage } from '../../../server/src/i18n';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { SchemaChecker } from '../../../server/src/engine/checks/schemaChecker';
import { compileSchema } from '../../../server/src/engine/schema/compile';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { validateText, type ValidateOptions } from '../../../server/src/engine/validate';

const fixtures = path.join(__dirname, '../../fixtures/table');

/** [line, character] of start and end, the compact way to read a range. */
type Span = [number, number, number, number];

function span(problem: Problem): Span {
  const { start, end } = problem.range;
  return [start.line, start.character, end.line, end.character];
}

function problems(text: string, options: ValidateOptions = {}): Problem[] {
  return validateText(text, options).problems;
}

function only(text: string, code: string, options: ValidateOptions = {}): Problem {
  const found = problems(text, options);
  assert.deepEqual(
    found.map((problem) => problem.code),
    [code],
    JSON.stringify(found.map((problem) => [problem.code, problem.params])),
  );
  return found[0];
}

/** The offsets of a range agree with its line/character positions in the text. */
function assertOffsetsMatch(text: string, problem: Problem): void {
  for (const position of [problem.range.start, problem.range.end]) {
    const before = text.slice(0, position.offset);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    assert.equal(position.character, position.offset - lineStart, `${problem.code} character`);
    assert.equal(position.line, (before.match(/\r\n|\r|\n/g) ?? []).length, `${problem.code} line`);
  }
}

function messages(problem: Problem): { en: string; fr: string } {
  return { en: problemMessage(problem, 'en'), fr: problemMessage(problem, 'fr') };
}

describe('structural problems', () => {
  describe('header', () => {
    it('blank-label: the empty label, as an empty range where it would be', () => {
      const text = 'nom,,commune\nMairie,x,Brest\n';
      const problem = only(text, 'blank-label');
      assert.deepEqual(span(problem), [0, 4, 0, 4]);
      assert.equal(problem.severity, 'error');
      assert.deepEqual([problem.rowNumber, problem.fieldNumber], [1, 2]);
      assert.deepEqual(messages(problem), {
        en: 'Column 2 has no name in the header.',
        fr: "La colonne 2 n'a pas de nom dans l'en-tête.",
      });
      assertOffsetsMatch(text, problem);
    });

    it('blank-label: a label made of spaces, underlined whole', () => {
      assert.deepEqual(span(only('a,  ,c\n1,2,3\n', 'blank-label')), [0, 2, 0, 4]);
    });

    it('duplicate-label: the second occurrence, naming the first column', () => {
      const text = 'nom;commune;nom\nMairie;Brest;x\n';
      const problem = only(text, 'duplicate-label');
      assert.deepEqual(span(problem), [0, 12, 0, 15]);
      assert.deepEqual([problem.fieldNumber, problem.fieldName, problem.params.firstFieldNumber], [3, 'nom', 1]);
      assert.deepEqual(messages(problem), {
        en: 'Column name “nom” is used more than once (also column 1).',
        fr: 'Le nom de colonne « nom » est utilisé plusieurs fois (aussi colonne 1).',
      });
      assertOffsetsMatch(text, problem);
    });

    it('label-whitespace: the padded label, with the trimmed name to use', () => {
      const text = 'nom,commune ,code\nMairie,Brest,29019\n';
      const problem = only(text, 'label-whitespace');
      assert.deepEqual(span(problem), [0, 4, 0, 12]);
      assert.equal(problem.severity, 'warning');
      assert.deepEqual(problem.params, { label: 'commune ', trimmed: 'commune' });
      assert.deepEqual(messages(problem), {
        en: 'Column name “commune ” starts or ends with spaces: use “commune”.',
        fr: 'Le nom de colonne « commune  » commence ou se termine par des espaces : utilisez « commune ».',
      });
    });

    it('label-whitespace: a quoted label keeps its quotes inside the range', () => {
      assert.deepEqual(span(only('"nom","  commune"\n1,2\n', 'label-whitespace')), [0, 6, 0, 17]);
    });
  });

  describe('rows', () => {
    it('extra-cell: each cell beyond the header, one problem each', () => {
      const text = 'a,b\n1,2,3,"4\n4"\n';
      const found = problems(text);
      assert.deepEqual(found.map((problem) => problem.code), ['extra-cell', 'extra-cell']);
      assert.deepEqual(found.map(span), [
        [1, 4, 1, 5],
        [1, 6, 2, 2],
      ]);
      assert.deepEqual(found.map((problem) => [problem.rowNumber, problem.fieldNumber]), [
        [2, 3],
        [2, 4],
      ]);
      assert.deepEqual(messages(found[0]), {
        en: 'Row 2 has 4 cells but the header has 2 columns: this cell has no column.',
        fr: "La ligne 2 contient 4 cellules alors que l'en-tête compte 2 colonnes : cette cellule n'a pas de colonne.",
      });
      for (const problem of found) assertOffsetsMatch(text, problem);
    });

    it('missing-cell: an empty range at the end of the short row, naming the first missing column', () => {
      const text = 'nom,commune,code\r\nMairie\r\nPoste,Quimper,29232\r\n';
      const problem = only(text, 'missing-cell');
      assert.deepEqual(span(problem), [1, 6, 1, 6]);
      assert.deepEqual([problem.rowNumber, problem.fieldNumber, problem.fieldName], [2, 2, 'commune']);
      assert.deepEqual(messages(problem), {
        en: 'Row 2 has 1 cell but the header has 3 columns: 2 cells missing from column “commune” on.',
        fr: "La ligne 2 contient 1 cellule alors que l'en-tête compte 3 colonnes : 2 cellules manquantes à partir de la colonne « commune ».",
      });
      assertOffsetsMatch(text, problem);
    });

    it('missing-cell: after a cell that spans lines, on the line where it ends', () => {
      const problem = only('nom,adresse,commune\nMairie,"1 place\nde la Mairie"\n', 'missing-cell');
      assert.deepEqual(span(problem), [2, 13, 2, 13]);
    });

    it('a file without a header: rows are measured against the schema, not against themselves', () => {
      const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string', constraints: { required: true } }] };
      const text = '1,english\n2,german,extra\n3\n';
      const checkers = [new SchemaChecker(compileSchema(schema))];
      const found = problems(text, { dialect: { header: false }, checkers });
      assert.deepEqual(
        found.map((problem) => [problem.rowNumber, problem.fieldNumber, problem.code, problem.fieldName]),
        [
          [2, 3, 'extra-cell', undefined],
          [3, 2, 'missing-cell', 'name'],
        ],
      );
      assert.deepEqual(messages(found[0]), {
        en: 'Row 2 has 3 cells but the schema has 2 fields (file without a header): this cell has no column.',
        fr: "La ligne 2 contient 3 cellules alors que le schéma compte 2 champs (fichier sans en-tête) : cette cellule n'a pas de colonne.",
      });
      assert.deepEqual(messages(found[1]), {
        en: 'Row 3 has 1 cell but the schema has 2 fields (file without a header): 1 cell missing from column “name” on.',
        fr: 'La ligne 3 contient 1 cellule alors que le schéma compte 2 champs (fichier sans en-tête) : 1 cellule manquante à partir de la colonne « name ».',
      });
    });

    it('a file without a header nor a schema: rows are measured against the first row', () => {
      const found = problems('1,english\n2,german\n3,french,extra\n4\n', { dialect: { header: false } });
      assert.deepEqual(
        found.map((problem) => [problem.rowNumber, problem.fieldNumber, problem.code]),
        [
          [3, 3, 'extra-cell'],
          [4, 2, 'missing-cell'],
        ],
      );
      assert.deepEqual(messages(found[0]), {
        en: 'Row 3 has 3 cells but the first row has 2 (file without a header): this cell has no column.',
        fr: "La ligne 3 contient 3 cellules alors que la première ligne en contient 2 (fichier sans en-tête) : cette cellule n'a pas de colonne.",
      });
    });

    it('blank-row: an empty line, and a line of delimiters only', () => {
      const text = 'a,b\n1,2\n\n,\n"",""\n3,4\n';
      const found = problems(text);
      assert.deepEqual(found.map((problem) => problem.code), ['blank-row', 'blank-row', 'blank-row']);
      assert.deepEqual(found.map(span), [
        [2, 0, 2, 0],
        [3, 0, 3, 1],
        [4, 0, 4, 5],
      ]);
      assert.deepEqual(found.map((problem) => problem.rowNumber), [3, 4, 5]);
      assert.deepEqual(messages(found[0]), { en: 'Row 3 is empty.', fr: 'La ligne 3 est vide.' });
    });
  });

  describe('source-error (quoting)', () => {
    it('unclosed-quote: points at the opening quote, however far the cell runs', () => {
      const text = 'nom,commune\nMairie,"Brest\nPoste,Quimper\nGare,Morlaix\n';
      const found = problems(text);
      const problem = found.find((p) => p.code === 'source-error')!;
      assert.equal(problem.params.variant, 'unclosed-quote');
      assert.deepEqual(span(problem), [1, 7, 1, 8]);
      assert.equal(text[problem.range.start.offset], '"');
      assert.equal(problem.severity, 'error');
      assert.deepEqual([problem.rowNumber, problem.fieldNumber], [2, 2]);
      assert.deepEqual(messages(problem), {
        en: 'This quote is never closed: everything after it, up to the end of the file, is read as one cell. Close the quote or remove it.',
        fr: "Ce guillemet n'est jamais fermé : tout ce qui suit, jusqu'à la fin du fichier, est lu comme une seule cellule. Fermez le guillemet ou supprimez-le.",
      });
      assert.equal(validateText(text).rowCount, 1, 'the rest of the file is one cell');
      assertOffsetsMatch(text, problem);
    });

    it('unclosed-quote: also reported when the quote is the last character of the file', () => {
      const text = 'a,b\n1,2\n"';
      const found = problems(text);
      // Both start at the quote; equal severities sort by code.
      assert.deepEqual(found.map((problem) => [problem.code, problem.params.variant]), [
        ['blank-row', undefined],
        ['source-error', 'unclosed-quote'],
      ]);
      assert.deepEqual(span(found[1]), [2, 0, 2, 1]);
    });

    it('unclosed-quote in the header', () => {
      const problem = problems('nom,"commune\n').find((p) => p.code === 'source-error')!;
      assert.deepEqual([problem.params.variant, problem.rowNumber, ...span(problem)], ['unclosed-quote', 1, 0, 4, 0, 5]);
    });

    it('text-after-quote: points at the first character after the closing quote', () => {
      const text = 'nom,surnom\r\nDupont,"Jean" dit "le grand"\r\n';
      const problem = only(text, 'source-error');
      assert.equal(problem.params.variant, 'text-after-quote');
      assert.deepEqual(span(problem), [1, 13, 1, 14]);
      assert.equal(problem.severity, 'error');
      assert.deepEqual(messages(problem), {
        en: 'Text after a closing quote: in CSV, a quoted cell must end at its closing quote. Put the whole value inside the quotes, doubling any inner quote ("").',
        fr: 'Texte après un guillemet fermant : en CSV, une cellule entre guillemets doit se terminer à son guillemet fermant. Mettez toute la valeur entre guillemets en doublant les guillemets intérieurs ("").',
      });
      assertOffsetsMatch(text, problem);
    });

    it('text-after-quote: on the right line after a quoted line break', () => {
      const problem = only('a,b\n1,"x\ny"z\n', 'source-error');
      assert.deepEqual(span(problem), [2, 2, 2, 3]);
    });

    it('stray-quote: a warning at the quote inside an unquoted cell (once per cell)', () => {
      const text = 'lieu,coordonnees\nModesto,37°36\'37.8"N 121°2\'17.9"W\n';
      const problem = only(text, 'source-error');
      assert.equal(problem.params.variant, 'stray-quote');
      assert.equal(problem.severity, 'warning');
      assert.deepEqual(span(problem), [1, 18, 1, 19]);
      assert.equal(text[problem.range.start.offset], '"');
      assert.deepEqual(messages(problem), {
        en: 'Quote inside a cell that is not quoted: other tools may read this row differently. Wrap the cell in quotes and double the inner quote ("").',
        fr: 'Guillemet au milieu d\'une cellule non entourée de guillemets : d\'autres outils pourraient lire cette ligne autrement. Entourez la cellule de guillemets et doublez le guillemet intérieur ("").',
      });
    });
  });

  describe('file', () => {
    it('mixed-line-endings: at the first terminator of the minority kind, with both counts', () => {
      const text = 'a,b\r\n1,2\r\n3,4\n5,6\r\n7,8\n';
      const problem = only(text, 'mixed-line-endings');
      // The range covers the line break itself: it ends at the start of the next line.
      assert.deepEqual(span(problem), [2, 3, 3, 0]);
      assert.equal(text.slice(problem.range.start.offset, problem.range.end.offset), '\n');
      assertOffsetsMatch(text, problem);
      assert.deepEqual(problem.params, { majority: 'CRLF', minority: 'LF', majorityCount: 3, minorityCount: 2 });
      assert.equal(problem.rowNumber, 3);
      assert.deepEqual(messages(problem), {
        en: 'Mixed line endings: 3 rows end with CRLF, 2 with LF (first here). Use one kind throughout.',
        fr: 'Fins de ligne mélangées : 3 lignes se terminent par CRLF, 2 par LF (la première ici). Utilisez partout le même type.',
      });
    });

    it('mixed-line-endings: a CRLF minority is underlined over both characters', () => {
      const problem = only('a,b\n1,2\n3,4\r\n5,6\n', 'mixed-line-endings');
      assert.deepEqual(span(problem), [2, 3, 3, 0]);
      assert.equal(problem.range.end.offset - problem.range.start.offset, 2);
    });

    it('mixed-line-endings: not raised for LF inside quoted values of a CRLF file (Excel)', () => {
      assert.deepEqual(problems('a,b\r\n"x\ny",2\r\n"p\nq",3\r\n'), []);
    });

    it('encoding-error: a Windows-1252 file, at its first non-UTF-8 character', () => {
      const decoded = decodeBytes(new Uint8Array(fs.readFileSync(path.join(fixtures, 'excel-fr-windows-1252.csv'))));
      const { text, ...how } = decoded;
      const problem = only(text, 'encoding-error', { decoded: how });
      assert.deepEqual(span(problem), [0, 14, 0, 15]);
      assert.equal(text[problem.range.start.offset], 'é');
      assert.equal(problem.severity, 'warning');
      assert.deepEqual(messages(problem), {
        en: 'The file is encoded in Windows-1252, not UTF-8: accented letters may be garbled for other tools. Save it as UTF-8.',
        fr: "Le fichier est encodé en Windows-1252 et non en UTF-8 : les lettres accentuées risquent d'être illisibles pour d'autres outils. Enregistrez-le en UTF-8.",
      });
    });

    it('encoding-error (mojibake): the two garbled characters', () => {
      const text = 'nom;ville\nCafÃ© du port;Brest\n';
      const problem = only(text, 'encoding-error');
      assert.deepEqual(span(problem), [1, 3, 1, 5]);
      assert.deepEqual(problem.params, { variant: 'mojibake', sample: 'Ã©' });
      assert.deepEqual(messages(problem), {
        en: 'Garbled characters such as “Ã©”: this UTF-8 text was once read as Windows-1252. Replace them with the intended letters (é, è, ç…).',
        fr: 'Caractères illisibles comme « Ã© » : ce texte UTF-8 a été lu un jour comme du Windows-1252. Remplacez-les par les lettres voulues (é, è, ç…).',
      });
    });

    it('empty-file: no text, or only blank lines', () => {
      for (const text of ['', '\n', '  \r\n\r\n']) {
        const problem = only(text, 'empty-file');
        assert.deepEqual(span(problem), [0, 0, 0, 0]);
        assert.equal(problem.severity, 'error');
      }
      assert.deepEqual(messages(only('', 'empty-file')), {
        en: 'The file is empty: a CSV needs at least a header row.',
        fr: "Le fichier est vide : un CSV doit au moins contenir une ligne d'en-tête.",
      });
    });

    it('header-only: a header and nothing else, with or without a final line break', () => {
      for (const text of ['nom,commune\n', 'nom,commune']) {
        const problem = only(text, 'header-only');
        assert.deepEqual(span(problem), [0, 0, 0, 0]);
        assert.equal(problem.severity, 'warning');
      }
      assert.deepEqual(messages(only('a\n', 'header-only')), {
        en: 'The file has a header but no data rows.',
        fr: "Le fichier contient un en-tête mais aucune ligne de données.",
      });
    });

    it('binary-file: from the bytes, or from an editor text full of NUL characters', () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
      const { text, ...how } = decodeBytes(png);
      const fromBytes = only(text, 'binary-file', { decoded: how });
      assert.deepEqual(span(fromBytes), [0, 0, 0, 0]);
      assert.equal(fromBytes.severity, 'error');
      assert.deepEqual(messages(fromBytes), {
        en: 'This file is not text (it contains binary data): it cannot be read as CSV.',
        fr: "Ce fichier n'est pas du texte (il contient des données binaires) : il ne peut pas être lu comme un CSV.",
      });
      only('PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000', 'binary-file');
    });
  });

  it('a clean file has no problem at all', () => {
    assert.deepEqual(problems('nom;commune;code\r\nMairie;"Brest";29019\r\n"Poste ""centrale""";Quimper;29232\r\n'), []);
  });

  it('sorts problems by position in the text', () => {
    const found = problems('a,a\n1\n\n1,2,3\n');
    assert.deepEqual(found.map((problem) => problem.code), ['duplicate-label', 'missing-cell', 'blank-row', 'extra-cell']);
    const offsets = found.map((problem) => problem.range.start.offset);
    assert.deepEqual(offsets, [...offsets].sort((x, y) => x - y));
  });
});
