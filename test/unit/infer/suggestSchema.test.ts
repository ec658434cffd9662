// The published schema an inferred one resembles: every catalog example is recognised as its own schema,
// and a file that drifted from a schema (columns missing, renamed, or of another type) gets the
// difference in one sentence, in French and English.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { inferSchema, suggestSchema, suggestionParams, typesCompatible } from '../../../server/src/engine/infer';
import { decodeBytes } from '../../../server/src/engine/table/decode';
import { readTable } from '../../../server/src/engine/table/readTable';
import { t } from '../../../server/src/i18n';

const examples = path.resolve(__dirname, '../../fixtures/catalog-examples');

function csvExamples(dir = examples): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '_snapshot') return [];
    if (statSync(full).isDirectory()) return csvExamples(full);
    return name.endsWith('.csv') ? [path.relative(examples, full)] : [];
  });
}

/** The example with some columns dropped and others given another type of values. */
function drifted(file: string, drop: readonly string[], retype: Record<string, string>): string {
  const text = decodeBytes(readFileSync(path.join(examples, file))).text;
  const table = readTable(text);
  const header = table.rows[0].cells.map((cell) => cell.value);
  const keep = header.map((label, index) => (drop.includes(label) ? -1 : index)).filter((index) => index >= 0);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${table.rows
    .map((row, r) => keep.map((index) => (r > 0 && header[index] in retype ? retype[header[index]] : (row.cells[index]?.value ?? ''))).map(quote).join(','))
    .join('\n')}\n`;
}

describe('closest catalog schema', () => {
  for (const file of csvExamples()) {
    const [publisher, name, version] = file.split(path.sep);
    it(`${file} resembles ${publisher}/${name}@${version}`, () => {
      const inferred = inferSchema(decodeBytes(readFileSync(path.join(examples, file))).text);
      const suggestion = suggestSchema(inferred.schema);
      assert.ok(suggestion, 'no suggestion');
      assert.equal(`${suggestion.id}@${suggestion.version}`, `${publisher}/${name}@${version}`);
    });
  }

  it('says how a drifted stationnement file differs: columns that match, required ones missing, types that differ', () => {
    const text = drifted('etalab/schema-stationnement/0.1.5/exemple-valide.csv', ['nom', 'insee', 'nb_places', 'type_usagers', 'info'], { nb_pmr: 'quelques places' });
    const suggestion = suggestSchema(inferSchema(text).schema)!;
    assert.equal(`${suggestion.id}@${suggestion.version}`, 'etalab/schema-stationnement@0.1.5');
    assert.deepEqual([suggestion.matched, suggestion.total, suggestion.columns], [24, 30, 25]);
    assert.deepEqual(suggestion.requiredMissing, ['nom', 'insee', 'type_usagers', 'nb_places']);
    assert.deepEqual(suggestion.typeMismatches, [{ column: 'nb_pmr', field: 'nb_pmr', inferred: 'string', expected: 'integer' }]);
    assert.equal(
      t('infer.suggestion', 'fr', suggestionParams(suggestion)),
      'Ce fichier ressemble à `etalab/schema-stationnement@0.1.5` (Lieux de stationnement) : 24 colonnes sur 30 correspondent, 4 obligatoires manquent (nom, insee, type_usagers et nb_places). Types différents : nb_pmr (string ici, integer attendu). Le publier selon ce schéma permet de le réutiliser tel quel.',
    );
    assert.equal(
      t('infer.suggestion', 'en', suggestionParams(suggestion)),
      'This file looks like `etalab/schema-stationnement@0.1.5` (Lieux de stationnement): 24 of its 30 columns match, 4 required ones are missing (nom, insee, type_usagers and nb_places). Different types: nb_pmr (string here, integer expected). Publishing against it lets others reuse the file as it is.',
    );
  });

  it('suggests nothing for a file that only shares generic columns with catalog schemas', () => {
    const inferred = inferSchema('nom,commune,adresse,telephone\nLucioles,Brest,12 rue de Siam,02 98 44 12 30\n');
    assert.equal(suggestSchema(inferred.schema), undefined);
  });

  it('compares types as values can fill them', () => {
    assert.ok(typesCompatible('integer', 'number'));
    assert.ok(typesCompatible('date', 'string'));
    assert.ok(typesCompatible('boolean', 'any'));
    assert.ok(!typesCompatible('string', 'date'));
    assert.ok(!typesCompatible('number', 'integer'));
  });
});
