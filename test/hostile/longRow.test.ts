// A row of far more cells than the header (a file whose line breaks were lost) is reported cell by cell up
// to MAX_EXTRA_CELL_PROBLEMS, then once for the rest: millions of problems took gigabytes (a 21 MB line:
// 33 s and 3.9 GB, now 1.4 s and 0.7 GB, measured with the CLI).
import { strict as assert } from 'node:assert';
import { MAX_EXTRA_CELL_PROBLEMS } from '../../server/src/engine/checks/structure';
import { problemMessage } from '../../server/src/i18n';
import { validateText } from '../../server/src/engine/validate';
import { MAX_ROW_CHARS, StreamValidator } from '../../server/src/engine/validateStream';

describe('hostile input: a row of many thousand extra cells', () => {
  it('gives one problem per extra cell up to the limit, then one for the rest, covering it', () => {
    const cells = 50_000;
    const line = Array.from({ length: cells }, (_, i) => `x${i}`).join(',');
    const text = `a,b,c\n${line}\n`;
    const extra = validateText(text).problems.filter((p) => p.code === 'extra-cell');
    assert.equal(extra.length, MAX_EXTRA_CELL_PROBLEMS);
    const rest = extra[extra.length - 1];
    assert.equal(rest.params.variant, 'rest');
    assert.equal(rest.params.restCount, cells - 3 - (MAX_EXTRA_CELL_PROBLEMS - 1));
    assert.equal(rest.range.end.offset, text.length - 1, 'to the end of the row');
    assert.equal(extra[MAX_EXTRA_CELL_PROBLEMS - 2].fieldNumber, 3 + MAX_EXTRA_CELL_PROBLEMS - 1);
    assert.match(problemMessage(rest, 'en'), /^Row 2 has 50000 cells but the header has 3 columns: these last 49898 cells have no column either/);
    assert.match(problemMessage(rest, 'fr'), /ces 49898 dernières cellules n'ont pas de colonne non plus/);
  });

  it('reports each extra cell of an ordinary row as before', () => {
    const extra = validateText('a,b\n1,2,3,4\n').problems.filter((p) => p.code === 'extra-cell');
    assert.deepEqual(extra.map((p) => [p.fieldNumber, p.params.variant]), [[3, undefined], [4, undefined]]);
  });
});

describe('hostile input: a data row longer than the stream reads', () => {
  it('is one problem, skipped up to the next line feed; the rows after it are read with their numbers and lines', () => {
    const long = 'x,'.repeat(Math.ceil((MAX_ROW_CHARS * 3) / 4));
    const text = `a,b,c\n1,2,3\n${long}\n4,5,6\n7,8\n`;
    const validator = new StreamValidator();
    for (let i = 0; i < text.length; i += 1 << 20) validator.push(text.slice(i, i + (1 << 20)));
    const report = validator.end();
    const summary = report.problems.map((p) => [p.code, p.params.variant, p.rowNumber, p.range.start.line, p.range.start.offset]);
    assert.deepEqual(summary, [
      ['source-error', 'row-too-long', 3, 2, 12],
      ['missing-cell', undefined, 5, 4, text.length - 1],
    ]);
    assert.match(problemMessage(report.problems[0], 'en'), /^Row 3 is longer than 32 million characters/);
    assert.match(problemMessage(report.problems[0], 'fr'), /^La ligne 3 dépasse 32 millions de caractères/);
  });

  it('a header row that long (a file without any line break) is the one problem, and the reading stops there', () => {
    const text = Array.from({ length: Math.ceil(MAX_ROW_CHARS / 8) + 10 }, (_, i) => `c${i}`).join(',');
    assert.ok(text.length > MAX_ROW_CHARS);
    const validator = new StreamValidator();
    for (let i = 0; i < text.length; i += 1 << 20) validator.push(text.slice(i, i + (1 << 20)));
    const report = validator.end();
    assert.deepEqual(report.problems.map((p) => [p.code, p.params.variant, p.rowNumber, p.range.start.offset]), [['source-error', 'header-too-long', 1, 0]]);
    assert.match(problemMessage(report.problems[0], 'en'), /^The header row is longer than 32 million characters/);
  });
});
