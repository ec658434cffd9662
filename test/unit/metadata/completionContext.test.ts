// Where the cursor is in a half-typed sidecar: the enclosing path (read from indentation), whether a
// key, a value or a list item is typed, what is typed and what it replaces.
import { strict as assert } from 'node:assert';
import { completionContextAt } from '../../../server/src/engine/metadata/completionContext';

/** The context at the `|` of a text (the bar is removed). */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const context = completionContextAt(text, offset);
  return { ...context, replaced: text.slice(context.replaceStart, context.replaceEnd) };
}

describe('metadata: completion context', () => {
  it('a key at the root, with the keys already written above and below', () => {
    const c = at('path: a.csv\nfre|\nlicence: etalab-2.0\n');
    assert.deepEqual([c.kind, c.parentPath, c.prefix, c.replaced, c.siblingKeys], ['key', [], 'fre', 'fre', ['path', 'licence']]);
  });

  it('a key inside a block, on an empty indented line', () => {
    const c = at('path: a.csv\ncouverture_spatiale:\n  nom: Brest\n  |\n');
    assert.deepEqual([c.kind, c.parentPath, c.prefix, c.siblingKeys], ['key', ['couverture_spatiale'], '', ['nom']]);
  });

  it('a value after `key: `, replacing what is already there up to a comment', () => {
    const c = at('frequence: ann|uelle  # tous les ans\n');
    assert.deepEqual([c.kind, c.key, c.prefix, c.replaced], ['value', 'frequence', 'ann', 'annuelle']);
    const nested = at('couverture_spatiale:\n  maille: |\n');
    assert.deepEqual([nested.kind, nested.parentPath, nested.key, nested.prefix], ['value', ['couverture_spatiale'], 'maille', '']);
  });

  it('inside a datapackage resource: keys and values of a list item', () => {
    const key = at('resources:\n  - path: a.csv\n    sch|\n');
    assert.deepEqual([key.kind, key.parentPath, key.prefix], ['key', ['resources', '*'], 'sch']);
    const value = at('resources:\n  - path: a.csv\n    schema: |\n');
    assert.deepEqual([value.kind, value.parentPath, value.key], ['value', ['resources', '*'], 'schema']);
    const first = at('resources:\n  - licence: |\n');
    assert.deepEqual([first.kind, first.parentPath, first.key], ['value', ['resources', '*'], 'licence']);
    const item = at('resources:\n  - a.resource.yaml\n  - |\n');
    assert.deepEqual([item.kind, item.parentPath], ['item', ['resources']]);
  });

  it('an item of a list at the same indentation as its key', () => {
    const c = at('mots_cles:\n- irve\n- mob|\n');
    assert.deepEqual([c.kind, c.parentPath, c.prefix, c.replaced], ['item', ['mots_cles'], 'mob', 'mob']);
  });

  it('a quoted value, and CRLF line endings', () => {
    const c = at('path: a.csv\r\nschema: "recharge|"\r\n');
    assert.deepEqual([c.kind, c.key, c.prefix, c.replaced], ['value', 'schema', 'recharge', '"recharge"']);
  });
});
