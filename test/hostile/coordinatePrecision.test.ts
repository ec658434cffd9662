// Issue #20, item 10: a fix that moves coordinates keeps the precision they were written with
// (`41,954574` stays 41.954574, not 41.95457), through the built CLI.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCliTimed, tempFolder } from './hostileCli';

describe('hostile: coordinate fixes keep the precision of the values they move', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = tempFolder('coords')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('merging latitude/longitude into a geopoint', () => {
    writeFileSync(path.join(dir, 'geo.json'), JSON.stringify({ fields: [{ name: 'nom', type: 'string' }, { name: 'coordonneesXY', type: 'geopoint', format: 'array' }] }));
    writeFileSync(path.join(dir, 'merge.csv'), 'nom;latitude;longitude\nA;41,954574;8,7369071\nB;43,1;5,93\n');
    const run = runCliTimed(['check', '--schema', 'geo.json', '--unsafe-fixes', 'merge.csv'], { cwd: dir });
    assert.match(run.stdout, /merge-coordinates/, run.stdout);
    const lines = readFileSync(path.join(dir, 'merge.csv'), 'utf8').split('\n');
    assert.equal(lines[1], 'A;[8.7369071,41.954574];41,954574;8,7369071');
    assert.equal(lines[2], 'B;[5.93,43.1];43,1;5,93', 'no digits added');
  });

  it('splitting a combined column into latitude and longitude', () => {
    writeFileSync(path.join(dir, 'latlon.json'), JSON.stringify({ fields: [{ name: 'nom', type: 'string' }, { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }] }));
    writeFileSync(path.join(dir, 'split.csv'), 'nom;coords\nA;"41.954574, 8.7369071"\n');
    const run = runCliTimed(['check', '--schema', 'latlon.json', '--unsafe-fixes', 'split.csv'], { cwd: dir });
    assert.match(run.stdout, /split-coordinates/, run.stdout);
    assert.equal(readFileSync(path.join(dir, 'split.csv'), 'utf8').split('\n')[1], 'A;41.954574;8.7369071;"41.954574, 8.7369071"');
  });
});
