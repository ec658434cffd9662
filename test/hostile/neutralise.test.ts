// The helpers behind the hostile-output fixes: control characters made visible, formulas guarded in the
// catalogue export by the catalogue schema's field types.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOGUE_COLUMNS, CATALOGUE_NUMERIC_COLUMNS, neutraliseFormula } from '../../server/src/engine/metadata/catalogueExport';
import { visibleControls, visibleControlsButLayout } from '../../server/src/i18n/visibleControls';
import { plainLogLine } from '../../server/src/cli/reporters/github';

describe('hostile: neutralising helpers', () => {
  it('visibleControls writes C0, DEL, C1, line separators and bidi controls as escapes', () => {
    assert.equal(visibleControls('\r\n|\n|\r|\t'), '\\r\\n|\\n|\\r|\\t');
    assert.equal(visibleControls('\u001b[2J\u0007\u0000\u007f\u0085\u009b'), '\\x1b[2J\\x07\\x00\\x7f\\x85\\x9b');
    assert.equal(visibleControls('a\u202eb\u2066c\u2069\u2028'), 'a\\u202eb\\u2066c\\u2069\\u2028');
    // Printable text, accents and emoji are kept; the same string comes back when there is nothing to do.
    const plain = 'Gare de Lyon, é € 😀 \\x1b';
    assert.equal(visibleControls(plain), plain);
    assert.equal(visibleControlsButLayout('a\tb\nc\u001b'), 'a\tb\nc\\x1b');
  });

  it('plainLogLine leaves no workflow command in a plain GitHub log line', () => {
    assert.equal(plainLogLine('::error file=a::x.csv: 1 error'), '%3A%3Aerror file=a::x.csv: 1 error');
    assert.equal(plainLogLine('  ::warning::x'), '  %3A%3Awarning::x');
    assert.equal(plainLogLine('x ##[error]y'), 'x ##%5Berror]y');
    assert.equal(plainLogLine('a\n::error::b'), 'a\\n::error::b');
  });

  it('formula guard: text cells get a leading quote, numbers in numeric columns stay numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.equal(neutraliseFormula(`${start}1+1`, 'TITRE'), `'${start}1+1`);
    assert.equal(neutraliseFormula('-3', 'NOMBRE_RESSOURCES'), '-3');
    assert.equal(neutraliseFormula('+4.5e2', 'NOMBRE_RESSOURCES'), '+4.5e2');
    assert.equal(neutraliseFormula('-1+cmd', 'NOMBRE_RESSOURCES'), `'-1+cmd`);
    assert.equal(neutraliseFormula('2024-01-01', 'DATE_MAJ'), '2024-01-01');
    assert.equal(neutraliseFormula('Ville de Rennes', 'COLL_NOM'), 'Ville de Rennes');
  });

  it('the numeric columns are those the catalogue schema types as numbers', () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'schemas', 'catalog', 'scdl', 'catalogue', '0.1.3', 'schema.json'), 'utf8')) as { fields: Array<{ name: string; type: string }> };
    assert.deepEqual(schema.fields.map((field) => field.name), [...CATALOGUE_COLUMNS]);
    const numeric = schema.fields.filter((field) => field.type === 'integer' || field.type === 'number').map((field) => field.name);
    assert.deepEqual(numeric, [...CATALOGUE_NUMERIC_COLUMNS]);
  });
});
