// Every case of the csv-spectrum suite parses through readTable to its expected JSON (header row → objects).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTable } from '../../../server/src/engine/table/readTable';

const spectrumDir = path.dirname(require.resolve('csv-spectrum/package.json'));
const caseNames = fs
  .readdirSync(path.join(spectrumDir, 'csvs'))
  .filter((name) => name.endsWith('.csv'))
  .map((name) => path.basename(name, '.csv'))
  .sort();

/**
 * Known mistakes in csv-spectrum 2.0.0's expected JSON, corrected here rather than skipped:
 * location_coordinates.json is an object instead of an array (max-mapper/csv-spectrum#22) and its phone
 * number (1234567890) differs from the CSV's (2095257564) (max-mapper/csv-spectrum#20).
 */
function expectedRecords(name: string): Record<string, string>[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(spectrumDir, 'json', `${name}.json`), 'utf8'));
  const records = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, string>[];
  if (name === 'location_coordinates') {
    assert.equal(records[0]['Contact Phone Number'], '1234567890', 'upstream fixed #20: drop this correction');
    records[0]['Contact Phone Number'] = '2095257564';
  }
  return records;
}

function asRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readTable(text).rows;
  const labels = header.cells.map((cell) => cell.value);
  return rows.map((row) => {
    assert.equal(row.cells.length, labels.length, `row ${row.index} has ${row.cells.length} cells`);
    return Object.fromEntries(row.cells.map((cell, i) => [labels[i], cell.value]));
  });
}

describe('csv-spectrum', () => {
  it('has its twelve cases installed', () => {
    assert.equal(caseNames.length, 12, caseNames.join(', '));
  });

  for (const name of caseNames) {
    it(`parses ${name}.csv to its expected records`, () => {
      const text = fs.readFileSync(path.join(spectrumDir, 'csvs', `${name}.csv`), 'utf8');
      assert.deepEqual(asRecords(text), expectedRecords(name));
    });
  }

  it('sniffs the CRLF cases as CRLF and keeps CR out of values', () => {
    for (const name of caseNames.filter((n) => n.endsWith('_crlf'))) {
      const text = fs.readFileSync(path.join(spectrumDir, 'csvs', `${name}.csv`), 'utf8');
      const table = readTable(text);
      assert.equal(table.dialect.lineTerminator, 'CRLF', name);
      for (const row of table.rows) for (const cell of row.cells) assert.ok(!cell.value.endsWith('\r'), `${name}: ${JSON.stringify(cell.value)}`);
    }
  });

  it('flags the unquoted inch marks of location_coordinates as stray quotes but keeps the value', () => {
    const text = fs.readFileSync(path.join(spectrumDir, 'csvs', 'location_coordinates.csv'), 'utf8');
    const row = readTable(text).rows[1];
    assert.deepEqual(
      row.issues.map((issue) => [issue.kind, issue.cell, text[issue.offset]]),
      [['stray-quote', 1, '"']],
    );
  });
});
