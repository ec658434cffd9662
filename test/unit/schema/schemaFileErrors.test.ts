// A schema file that cannot be read or parsed: the reason kept as data (the errno code, the kind of syntax
// fault) and phrased by us in French and English, never Node's or the parsers' English.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadErrorMessage, loadTableSchema } from '../../../server/src/engine/schema/loadSchema';
import { t } from '../../../server/src/i18n';
import { temporaryDir } from '../../support/temporaryDir';

describe('schema files that cannot be used, in our words', () => {
  const dir = temporaryDir('odl-schema-errors-');

  function failure(name: string, content?: string) {
    if (content !== undefined) writeFileSync(path.join(dir, name), content);
    const result = loadTableSchema(`./${name}`, { baseDir: dir });
    assert.ok(!result.ok, name);
    const { key, params } = loadErrorMessage(result.error);
    return { error: result.error, fr: t(key, 'fr', params), en: t(key, 'en', params) };
  }

  it('says why a file cannot be read from its errno code', () => {
    mkdirSync(path.join(dir, 'dossier.schema.json'));
    const { error, fr, en } = failure('dossier.schema.json');
    assert.equal(error.code, 'schema-read-error');
    assert.ok(error.code === 'schema-read-error' && error.reason === 'EISDIR');
    assert.match(fr, /^Impossible de lire le fichier de schéma .*dossier\.schema\.json : c’est un dossier, pas un fichier\.$/);
    assert.match(en, /: this is a folder, not a file\.$/);
  });

  it('reads JSON.parse faults into kinds', () => {
    const cases: Array<[string, string, string]> = [
      ['{"fields": [{"name": "a"} {"name": "b"}]}', 'missing-comma', 'Il manque une virgule entre deux éléments.'],
      ['{"fields": [', 'unexpected-end', 'Le texte s’arrête avant la fin du JSON (il manque un « } » ou un « ] »).'],
      ['{"fields": [],}', 'property-name', 'Un nom de propriété entre guillemets doubles est attendu (une virgule de trop avant « } » ?).'],
      ['{"fields" []}', 'missing-colon', 'Il manque un « : » après un nom de propriété.'],
      ['{"fields": [}', 'unexpected-character', 'Caractère inattendu « } ».'],
      ['{"title": "a\tb"}', 'control-character', 'Une tabulation ou un saut de ligne dans un texte entre guillemets (écrivez \\t ou \\n).'],
      ['{} x', 'text-after-end', 'Du texte suit la fin du JSON.'],
    ];
    for (const [content, syntax, sentence] of cases) {
      const { error, fr, en } = failure('casse.json', content);
      assert.ok(error.code === 'schema-invalid-json' && error.syntax === syntax && error.format === 'json', `${content}: ${JSON.stringify(error)}`);
      assert.ok(fr.endsWith(` : ${sentence}`), fr);
      assert.match(fr, /^Le fichier de schéma .*casse\.json n'est pas du JSON valide à la ligne \d+, colonne \d+ : /);
      assert.doesNotMatch(en, /in JSON|Expected|position \d|is not valid JSON:? "/, en);
    }
  });

  it('reads YAML faults with the sidecars’ kinds', () => {
    const { error, fr } = failure('casse.schema.yaml', 'fields:\n  - name: id\n    type integer\n');
    assert.ok(error.code === 'schema-invalid-json' && error.format === 'yaml' && error.syntax === 'missing-colon');
    assert.match(fr, /n'est pas du YAML valide à la ligne 3, colonne 5 : Cette clé n’a pas de « : »/);
  });
});
