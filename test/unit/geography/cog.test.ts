// The bundled COG (schemas/cog/cog-2026.tsv) against facts a reviewer can check in the Code officiel
// géographique 2026, the folding of commune names, and the UAI check letter.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledCog, Cog, COG_YEAR } from '../../../server/src/engine/values/cog/cog';
import { foldCommuneName, withoutQualifier } from '../../../server/src/engine/values/cog/communeNames';
import { diagnoseUai, uaiKey } from '../../../server/src/engine/values/uai';

describe('COG 2026 (bundled)', () => {
  const cog = bundledCog();

  it('knows its year, the one the README states', () => {
    assert.equal(cog.year, 2026);
    assert.equal(COG_YEAR, cog.year);
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    assert.match(readme, /COG 2026/);
  });

  it('76217 is Dieppe: SIREN 217602176, postcodes 76200 and 76370, Seine-Maritime, Normandie', () => {
    const dieppe = cog.current('76217');
    assert.deepEqual(
      dieppe && { name: dieppe.name, siren: dieppe.siren, postcodes: dieppe.postcodes, department: dieppe.department, region: dieppe.region },
      { name: 'Dieppe', siren: '217602176', postcodes: ['76200', '76370'], department: '76', region: '28' },
    );
    assert.equal(cog.bySiren('217602176')?.code, '76217');
    assert.equal(cog.department('76')?.name, 'Seine-Maritime');
    assert.equal(cog.region('28')?.name, 'Normandie');
  });

  it('76000 is no commune: it is a postcode (Rouen)', () => {
    assert.deepEqual(cog.entries('76000'), []);
    assert.deepEqual(cog.formerCode('76000'), []);
    assert.deepEqual(cog.byPostcode('76000').map((entry) => entry.code), ['76540']);
  });

  it('74011 is Annecy-le-Vieux, a delegated commune of Annecy 74010', () => {
    assert.deepEqual(cog.entries('74011').map((entry) => [entry.kind, entry.name, entry.commune]), [['delegated', 'Annecy-le-Vieux', '74010']]);
    assert.equal(cog.current('74011'), undefined);
    assert.equal(cog.current('74010')?.name, 'Annecy');
  });

  it('Laval is 53130 (postcode 53000), Épône 78217 (78680)', () => {
    assert.deepEqual(cog.current('53130')?.postcodes, ['53000']);
    assert.equal(cog.current('53130')?.name, 'Laval');
    assert.deepEqual(cog.current('78217')?.postcodes, ['78680']);
    assert.deepEqual(cog.byName('Epone').map((entry) => entry.code), ['78217']);
  });

  it('EPCI: Dieppe is a member of the CA de la Région Dieppoise (247600786); Ouessant of none', () => {
    assert.deepEqual(cog.epciOf('76217'), { siren: '247600786', type: 'CA', name: 'CA de la Région Dieppoise' });
    assert.equal(cog.epci('247600786')?.name, 'CA de la Région Dieppoise');
    assert.equal(cog.epciOf('29155'), undefined);
  });

  it('municipal arrondissements belong to their commune; former codes point to the current commune', () => {
    const first = cog.entries('75101')[0];
    assert.deepEqual([first.kind, first.commune, first.postcodes], ['arrondissement', '75056', ['75001']]);
    // 75001 was Alfortville's code in the Seine until 1968; it is also a postcode of Paris.
    assert.deepEqual(cog.formerCode('75001'), ['94002']);
    assert.ok(cog.byPostcode('75001').some((entry) => entry.code === '75101'));
  });

  it('reads a COG file and refuses one without its year', () => {
    const small = new Cog('# year\t2026\nR\t28\tNormandie\nD\t76\t28\tSeine-Maritime\nC\t76217\tDieppe\t217602176\t76200 76370\nA\t76466\tNeuville-lès-Dieppe\t76217\n');
    assert.deepEqual(small.entries('76466').map((entry) => [entry.kind, entry.region, entry.postcodes.join(' ')]), [['associated', '28', '76200 76370']]);
    assert.throws(() => new Cog('C\t76217\tDieppe\t\t\n'), /year/);
  });
});

describe('commune names are compared folded', () => {
  it('accents, case, hyphens, St/Ste, the article written after, CEDEX', () => {
    assert.equal(foldCommuneName('Saint-Étienne'), foldCommuneName('ST ETIENNE'));
    assert.equal(foldCommuneName('Sainte-Foy-lès-Lyon'), foldCommuneName('ste foy les lyon'));
    assert.equal(foldCommuneName('Havre (Le)'), foldCommuneName('Le Havre'));
    assert.equal(foldCommuneName("L'Haÿ-les-Roses"), foldCommuneName('l hay les roses'));
    assert.equal(foldCommuneName('DIEPPE CEDEX'), foldCommuneName('Dieppe'));
    // A qualifier in parentheses is part of some official names: kept, and tried without when nothing matches.
    assert.notEqual(foldCommuneName('Château-Chinon (Ville)'), foldCommuneName('Château-Chinon (Campagne)'));
    assert.equal(withoutQualifier('Dieppe (76)'), 'Dieppe');
    assert.equal(withoutQualifier('Havre (Le)'), undefined);
    assert.deepEqual(bundledCog().byName('Dieppe (76)').map((entry) => entry.code), ['76217']);
    assert.deepEqual(bundledCog().byName('Château-Chinon (Ville)').map((entry) => entry.code), ['58062']);
    assert.notEqual(foldCommuneName('Dieppe'), foldCommuneName('Dieppedalle'));
  });
});

describe('UAI (RNE) codes', () => {
  it('verifies the check letter of real codes (lycées Henri-IV, Louis-le-Grand)', () => {
    assert.equal(diagnoseUai('0750654D'), undefined);
    assert.equal(diagnoseUai('0750655e'), undefined);
    assert.equal(uaiKey('0750654'), 'D');
  });

  it('says what is wrong: the letter (with the right one), or the shape', () => {
    assert.deepEqual(diagnoseUai('0750655D'), { failure: 'key', expected: 'E' });
    assert.deepEqual(diagnoseUai('076002'), { failure: 'format' });
    assert.deepEqual(diagnoseUai('07506541'), { failure: 'format' });
  });
});
