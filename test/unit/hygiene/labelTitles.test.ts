// Original labels kept in a metadata sidecar when a rename (label-style fix) changes them: inline schema
// fields renamed and titled, otherwise the resource's `x-field-titles`; a datapackage's resource found by
// its segments; YAML that cannot be edited safely is left alone.
import { strict as assert } from 'node:assert';
import { recordLabelTitles } from '../../../server/src/engine/infer/sidecarSchema';

describe('hygiene: original labels recorded in the sidecar', () => {
  it('renames an inline field and puts the old label as its title, right after its name', () => {
    const text = 'schema:\n  fields:\n    - name: Code postal # CP\n      type: string\n';
    assert.equal(recordLabelTitles(text, [], [{ from: 'Code postal', to: 'code_postal' }]), 'schema:\n  fields:\n    - name: code_postal # CP\n      title: Code postal\n      type: string\n');
  });

  it('writes into the resource of a datapackage, not at its top', () => {
    const text = 'name: ecoles\nresources:\n  - name: ecoles\n    path: ecoles.csv\n';
    assert.equal(
      recordLabelTitles(text, ['resources', 0], [{ from: 'Nom', to: 'nom' }]),
      'name: ecoles\nresources:\n  - name: ecoles\n    path: ecoles.csv\n    x-field-titles:\n      nom: Nom\n',
    );
  });

  it('keeps the first form of a label renamed twice', () => {
    const text = 'path: a.csv\nx-field-titles:\n  Nom_Complet: Nom complet\n';
    assert.equal(recordLabelTitles(text, [], [{ from: 'Nom_Complet', to: 'nom_complet' }]), 'path: a.csv\nx-field-titles:\n  nom_complet: Nom complet\n');
  });

  it('changes nothing without a rename, on broken YAML, or when x-field-titles is not a map', () => {
    assert.equal(recordLabelTitles('path: a.csv\n', [], [{ from: 'a', to: 'a' }]), undefined);
    assert.equal(recordLabelTitles('path: [a.csv\n', [], [{ from: 'Nom', to: 'nom' }]), undefined);
    assert.equal(recordLabelTitles('x-field-titles: oui\n', [], [{ from: 'Nom', to: 'nom' }]), undefined);
  });
});
