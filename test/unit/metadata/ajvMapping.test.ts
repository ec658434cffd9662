// ajv's errors on a sidecar → problems on the exact YAML node (the wrong value, the unknown key, the
// object lacking a property), in readable French and English, with near-miss suggestions.
import { strict as assert } from 'node:assert';
import { ajvProblems } from '../../../server/src/engine/metadata/ajvProblems';
import { validateDescriptor } from '../../../server/src/engine/metadata/descriptorSchemas';
import { NodeRanges } from '../../../server/src/engine/metadata/nodeRanges';
import { parseSidecarYaml } from '../../../server/src/engine/metadata/parseSidecarYaml';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { en, fr } from './metadataKit';

/** Schema problems of a text, as a resource sidecar or a datapackage. */
function mapped(text: string, kind: 'resource' | 'package' = 'resource'): Problem[] {
  const parsed = parseSidecarYaml(text);
  assert.deepEqual(parsed.problems, [], 'the YAML itself parses');
  return ajvProblems({ kind, ranges: new NodeRanges(parsed.doc!, parsed.positions), value: parsed.value, errors: validateDescriptor(kind, parsed.value) });
}

/** The 0-based line, start and end character of the n-th occurrence of `needle`. */
function at(text: string, needle: string, occurrence = 0): [number, number, number] {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} in the text`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return [line, character, character + needle.length];
}

function span(problem: Problem): [number, number, number] {
  assert.equal(problem.range.start.line, problem.range.end.line, 'one-line range');
  return [problem.range.start.line, problem.range.start.character, problem.range.end.character];
}

describe('metadata: ajv errors mapped to YAML nodes', () => {
  it('underlines a value outside an enumeration and phrases it as the brief asks, with the nearest value', () => {
    const text = 'path: bornes.csv\nfrequence: Annuel\n';
    const [problem] = mapped(text);
    assert.equal(problem.code, 'metadata-invalid');
    assert.deepEqual(span(problem), at(text, 'Annuel'));
    assert.match(fr(problem), /^`frequence` doit être l’une des valeurs : inconnue, ponctuelle, temps-reel, .*, … \(et non « Annuel »\)\. Vouliez-vous dire « annuelle » \?$/);
    assert.match(en(problem), /^`frequence` must be one of: inconnue, ponctuelle, .* \(not “Annuel”\)\. Did you mean “annuelle”\?$/);
    assert.equal(problem.params.suggestion, 'annuelle');
    assert.equal(problem.params.allowedCount, 25);
  });

  it('finds nested values and suggests the accent-free spelling, a licence by its usual name, a frequency by its data.gouv.fr code', () => {
    const text = 'path: bornes.csv\ncouverture_spatiale:\n  maille: départementale\nlicence: Licence Ouverte-LO\nfrequence: monthly\n';
    const problems = mapped(text);
    assert.deepEqual(problems.map((p) => [p.params.property, p.params.suggestion, span(p)]), [
      ['couverture_spatiale.maille', 'departementale', at(text, 'départementale')],
      ['licence', 'etalab-2.0', at(text, 'Licence Ouverte-LO')],
      ['frequence', 'mensuelle', at(text, 'monthly')],
    ]);
  });

  it('underlines the key of an unknown property, with the property it probably meant', () => {
    const text = 'path: bornes.csv\nfrequnce: annuelle\nproducteur:\n  non: Ville\n';
    const problems = mapped(text);
    assert.deepEqual(problems.map((p) => [p.code, p.params.property, p.params.suggestion, span(p)]), [
      ['metadata-unknown-property', 'frequnce', 'frequence', at(text, 'frequnce')],
      ['metadata-unknown-property', 'non', 'nom', at(text, 'non')],
    ]);
    assert.equal(problems[0].severity, 'warning');
    assert.equal(fr(problems[1]), 'Propriété inconnue `non` dans `producteur` : elle est ignorée. Vouliez-vous dire `nom` ?');
  });

  it('puts a missing property on the object that lacks it: the first key for the root, the item for a list element', () => {
    const root = 'title: Bornes\nfrequence: annuelle\n';
    const [missing] = mapped(root);
    assert.deepEqual([missing.params.variant, missing.params.missing, span(missing)], ['required-root', 'path', at(root, 'title')]);
    assert.match(fr(missing), /^Propriété obligatoire manquante : `path` \(le fichier CSV/);

    const inline = 'path: bornes.csv\nschema:\n  fields:\n    - name: id\n    - type: string\n';
    const [field] = mapped(inline);
    assert.deepEqual([field.params.variant, field.params.property, field.params.missing], ['required', 'schema.fields[1]', 'name']);
    assert.deepEqual(span(field), at(inline, 'type: string'));
  });

  it('collapses alternatives: a number for `schema` is one type error, an object is judged as a schema', () => {
    const number = mapped('path: bornes.csv\nschema: 42\n');
    assert.deepEqual(number.map((p) => [p.params.variant, p.params.expected]), [['type', ['string', 'object']]]);
    assert.equal(fr(number[0]), '`schema` doit être un texte ou un groupe de propriétés (clé: valeur, en retrait), et non un nombre entier. Mettez la valeur entre guillemets.');

    const text = 'path: bornes.csv\nschema:\n  fields: id, nom\n';
    const object = mapped(text);
    assert.deepEqual(object.map((p) => [p.params.variant, p.params.property]), [['type', 'schema.fields']]);
    assert.deepEqual(span(object[0]), at(text, 'id, nom'));
  });

  it('maps flow style, quoted keys and values inside a package’s resources', () => {
    const flow = '{path: bornes.csv, "frequence": Annuel}\n';
    assert.deepEqual(span(mapped(flow)[0]), at(flow, 'Annuel'));

    const pkg = 'resources:\n  - path: a.csv\n    licence: ODbL\n  - 3\n';
    const problems = mapped(pkg, 'package');
    assert.deepEqual(problems.map((p) => [p.params.property, p.params.variant, p.params.suggestion]), [
      ['resources[0].licence', 'enum', 'odbl-1.0'],
      ['resources[1]', 'type', undefined],
    ]);
    assert.deepEqual(span(problems[0]), at(pkg, 'ODbL'));
    assert.deepEqual(span(problems[1]), at(pkg, '3'));
  });

  it('follows an alias to the value it repeats', () => {
    const text = 'x-frequence: &f Annuel\npath: bornes.csv\nfrequence: *f\n';
    const [problem] = mapped(text);
    assert.deepEqual(span(problem), at(text, 'Annuel'));
  });

  it('says what a date, a web address, a duplicated keyword and a text-only value must look like', () => {
    const text = 'path: bornes.csv\ndate_publication: 31/12/2024\nurl: data.gouv.fr\nmots_cles: [irve, bornes, irve]\ntheme: 12\nname: Bornes IRVE\n';
    const problems = mapped(text);
    const byProperty = new Map(problems.map((p) => [String(p.params.property), p]));
    assert.equal(fr(byProperty.get('date_publication')!), '`date_publication` doit être une date au format AAAA-MM-JJ (par ex. 2024-03-31), et non « 31/12/2024 ».');
    assert.equal(en(byProperty.get('url')!), '`url` must be a full web address starting with https:// (not “data.gouv.fr”).');
    const duplicate = byProperty.get('mots_cles')!;
    assert.equal(fr(duplicate), '`mots_cles` contient deux fois la même valeur (éléments 1 et 3).');
    assert.deepEqual(span(duplicate), at(text, 'irve', 1));
    assert.match(fr(byProperty.get('theme')!), /doit être un texte, et non un nombre entier\. Mettez la valeur entre guillemets\./);
    assert.match(fr(byProperty.get('name')!), /^`name` est un identifiant : minuscules/);
  });

  it('accepts a SIRET written as a bare number (YAML reads it as an integer)', () => {
    assert.deepEqual(mapped('path: bornes.csv\nproducteur:\n  nom: Ville\n  siret: 21350238800019\n'), []);
  });

  it('says a sidecar must be a group of properties when the document is a list or empty', () => {
    for (const text of ['- path: bornes.csv\n', '']) {
      const [problem] = mapped(text);
      assert.equal(problem.params.variant, 'type-root');
      assert.equal(problem.range.start.line, 0);
    }
  });

  it('phrases a rule it has no message for by its keyword, in our words (never ajv’s English)', () => {
    const text = 'path: bornes.csv\ntitle: Bornes\n';
    const parsed = parseSidecarYaml(text);
    const ranges = new NodeRanges(parsed.doc!, parsed.positions);
    const error = { keyword: 'const', instancePath: '/title', schemaPath: '#/properties/title/const', params: { allowedValue: 'x' }, message: 'must be equal to constant' };
    const [problem] = ajvProblems({ kind: 'resource', ranges, value: parsed.value, errors: [error] });
    assert.deepEqual([problem.code, problem.params.variant, problem.params.keyword, problem.params.detail], ['metadata-invalid', 'other', 'const', undefined]);
    assert.equal(fr(problem), '`title` ne respecte pas le schéma de la fiche (sa règle `const`).');
    assert.equal(en(problem), "`title` does not follow the sidecar's schema (its `const` rule).");
  });
});
