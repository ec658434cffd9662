// `opendata-lint infer <file.csv> [-o schema.json]`, run in memory: the JSON on standard output or in the
// file, the summary and the closest catalog schema on standard error, usage errors.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../../server/src/cli/main';
import { temporaryDir } from '../../support/temporaryDir';


const root = path.resolve(__dirname, '../../..');

async function run(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), cwd, env: { LANG: 'fr_FR.UTF-8' }, isTTY: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('CLI: infer', () => {
  it('prints the inferred schema, a summary in French, and the catalog schema the file resembles', async () => {
    const result = await run(['infer', 'test/fixtures/catalog-examples/etalab/schema-stationnement/0.1.5/exemple-valide.csv']);
    assert.equal(result.code, 0);
    const schema = JSON.parse(result.stdout);
    assert.equal(schema.name, 'exemple-valide');
    assert.equal(schema.fields.length, 30);
    assert.equal(schema.primaryKey, 'id');
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
      'Déduit de 2 lignes : 30 colonnes, 30 obligatoires, 22 typées au-delà du texte, clé primaire « id ». Complétez les titres et descriptions marqués « À compléter ».',
      'Ce fichier ressemble à `etalab/schema-stationnement@0.1.5` (Lieux de stationnement) : 30 colonnes sur 30 correspondent. Le publier selon ce schéma permet de le réutiliser tel quel.',
    ]);
  });

  it('writes the schema with -o, in English with --lang en', async () => {
    const dir = temporaryDir('odl-infer-cli-');
    const result = await run(['infer', path.join(root, 'test/fixtures/hygiene/commerces.csv'), '-o', 'out/schema.json', '--lang', 'en'], dir);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^out\/schema\.json: schema written\.\nInferred from 8 rows: 11 columns, 11 required, 3 typed beyond text\./);
    const schema = JSON.parse(readFileSync(path.join(dir, 'out/schema.json'), 'utf8'));
    assert.equal(schema.fields[0].title, 'À compléter : readable title of column “Nom du commerce”');
    assert.deepEqual(schema.fields.find((f: { name: string }) => f.name === 'Terrasse'), {
      name: 'Terrasse',
      title: 'À compléter : readable title of column “Terrasse”',
      description: 'À compléter : what column “Terrasse” holds (unit, source, rules)',
      example: 'non',
      type: 'boolean',
      trueValues: ['X', 'oui'],
      falseValues: ['non'],
      constraints: { required: true },
    });
  });

  it('answers usage errors with exit code 2', async () => {
    const missing = await run(['infer']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /indiquez le fichier CSV dont déduire un schéma/);
    const unreadable = await run(['infer', 'nope.csv']);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /Impossible de lire nope\.csv : fichier introuvable/);
    const help = await run(['infer', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^opendata-lint infer <fichier\.csv> \[-o schema\.json\]/);
  });
});
