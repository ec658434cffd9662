// Every example file of the schema.data.gouv.fr catalog gives the verdict its name announces, against
// the schema of its folder: a `valide` file has zero errors; an `invalide` file has exactly the errors its
// content shows (code, row and column asserted, not just a count).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { validateText } from '../../../server/src/engine/validate';

const root = path.resolve(__dirname, '../../fixtures/catalog-examples');

function csvExamples(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '_snapshot') return [];
    if (statSync(full).isDirectory()) return csvExamples(full);
    return name.endsWith('.csv') ? [path.relative(root, full)] : [];
  });
}

/** Validates an example against the schema its folder names (publisher/name/version/file). */
function verdict(file: string): { line: string; severity: string }[] {
  const [publisher, name, version] = file.split(path.sep);
  const loaded = loadTableSchema(`${publisher}/${name}@${version}`);
  if (!loaded.ok) throw new Error(`${file}: schema not loaded (${loaded.error.code})`);
  const decoded = decodeBytes(readFileSync(path.join(root, file)));
  const report = validateText(decoded.text, { checkers: schemaCheckers(loaded.schema), decoded });
  return report.problems.map((p) => ({ line: `${p.rowNumber} ${p.code} ${p.fieldName ?? '-'}`, severity: p.severity }));
}

const expectedInvalid: Record<string, string[]> = {
  'atlasante/schema-dae/1.0.0/exemple_invalide_structure.csv': [
      '1 missing-label com_cp',
      '1 missing-label expt_tel2',
      '1 incorrect-label lat_coor12',
      '1 extra-label adr_cp',
      '1 extra-label expt_insee',
  ],
  'etalab/schema-lieux-covoiturage/0.3.1/exemple-invalide.csv': [
      '2 opening-hours-value horaires',
      // insee 76000 beside com_lieu Dieppe: a postcode (Rouen's), not a commune; Dieppe is 76217.
      '3 commune-code-unknown insee',
      '3 type-error date_maj',
      // Xlong 49.921921, Ylat 1.065656: the row's longitude and latitude written the wrong way round.
      '3 coordinates-swapped Ylat',
      '3 opening-hours-value horaires',
  ],
  'scdl/subventions/2.1.1/exemple_invalide_erreurs_colonnes.csv': [
      '1 column-order -',
      '1 missing-label dispositifAide',
      '1 incorrect-label NOM_Beneficiaire',
      '2 french-siret-value idAttribuant',
      '2 constraint-error pourcentageSubvention',
      '3 french-siret-value idAttribuant',
      '3 constraint-error pourcentageSubvention',
      '4 french-siret-value idAttribuant',
      '4 constraint-error pourcentageSubvention',
      '5 french-siret-value idAttribuant',
      '5 type-error dateConvention',
      '5 french-siret-value idBeneficiaire',
      '5 constraint-error rnaBeneficiaire',
      '6 french-siret-value idAttribuant',
      '6 french-siret-value idBeneficiaire',
      '6 type-error montant',
      '6 type-error notificationUE',
      '7 constraint-error idAttribuant',
      '7 french-siret-value idAttribuant',
      '8 french-siret-value idAttribuant',
      '8 french-siret-value idBeneficiaire',
      '8 constraint-error datesPeriodeVersement',
      '8 type-error notificationUE',
      '9 french-siret-value idAttribuant',
      '9 one-of-required idBeneficiaire',
      '9 type-error pourcentageSubvention',
      '10 french-siret-value idAttribuant',
      '10 french-siret-value idBeneficiaire',
      '10 constraint-error montant',
      '11 french-siret-value idAttribuant',
      '11 french-siret-value idBeneficiaire',
      '12 french-siret-value idAttribuant',
      '12 constraint-error rnaBeneficiaire',
      '13 french-siret-value idAttribuant',
      '13 french-siret-value idBeneficiaire',
      '14 french-siret-value idAttribuant',
      '14 french-siret-value idBeneficiaire',
      '15 french-siret-value idAttribuant',
      '15 french-siret-value idBeneficiaire',
      '16 french-siret-value idAttribuant',
      '16 french-siret-value idBeneficiaire',
      '16 constraint-error nature',
      '17 french-siret-value idAttribuant',
      '17 french-siret-value idBeneficiaire',
      '18 french-siret-value idAttribuant',
      '18 french-siret-value idBeneficiaire',
      '19 french-siret-value idAttribuant',
      '20 french-siret-value idAttribuant',
      '20 french-siret-value idBeneficiaire',
      '21 french-siret-value idAttribuant',
      '21 french-siret-value idBeneficiaire',
      '22 french-siret-value idAttribuant',
      '22 french-siret-value idBeneficiaire',
      '23 french-siret-value idAttribuant',
      '24 french-siret-value idAttribuant',
      '24 french-siret-value idBeneficiaire',
      '25 french-siret-value idAttribuant',
      '25 french-siret-value idBeneficiaire',
      '26 french-siret-value idAttribuant',
      '26 french-siret-value idBeneficiaire',
      '27 french-siret-value idAttribuant',
      '27 french-siret-value idBeneficiaire',
      '28 french-siret-value idAttribuant',
      '28 french-siret-value idBeneficiaire',
      '29 french-siret-value idAttribuant',
      '30 french-siret-value idAttribuant',
      '30 french-siret-value idBeneficiaire',
      '30 constraint-error rnaBeneficiaire',
  ],
};

/**
 * Errors of `valide` examples that their authors did not see, and the COG does (issue #18): each is a real
 * mistake of the published file, asserted exactly.
 */
const knownInValid: Record<string, string[]> = {
  // code_insee_commune 75001 is a postcode (Paris 1er); the arrondissement's INSEE code is 75101, Paris's 75056.
  'etalab/schema-irve-statique/2.3.1/exemple-valide-statique.csv': ['2 commune-code-unknown code_insee_commune', '3 commune-code-unknown code_insee_commune'],
};

describe('catalog examples: each file gives the verdict its name announces', () => {
  const files = csvExamples();

  it('finds the CSV examples of the snapshot', () => {
    assert.equal(files.length, 11);
  });

  for (const file of files) {
    const invalid = /invalide/.test(path.basename(file));
    it(`${file} → ${invalid ? 'exactly its known errors' : 'no error'}`, () => {
      const found = verdict(file);
      if (invalid) assert.deepEqual(found.map((p) => p.line), expectedInvalid[file.split(path.sep).join('/')]);
      else assert.deepEqual(found.filter((p) => p.severity === 'error').map((p) => p.line), knownInValid[file.split(path.sep).join('/')] ?? []);
    });
  }
});
