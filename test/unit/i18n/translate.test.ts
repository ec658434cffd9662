// The translator the server, the CLI and the client share: one locale rule, one way to fill a template.
import { strict as assert } from 'node:assert';
import { fillTemplate, normalizeLocale } from '../../../server/src/i18n/translate';

describe('translator shared by the client and the server', () => {
  it('reads French from any French locale, English otherwise', () => {
    for (const value of ['fr', 'FR', 'fr-FR', 'fr-ca', 'fr_CA.UTF-8']) assert.equal(normalizeLocale(value), 'fr', value);
    for (const value of ['en', 'en-US', 'de', 'frisian', '', undefined, null]) assert.equal(normalizeLocale(value), 'en', String(value));
  });

  it('fills placeholders, joins lists, leaves a missing one as written, and shows control characters as escapes', () => {
    assert.equal(fillTemplate('{file} : {count} lignes', { file: 'a.csv', count: 3 }, 'fr'), 'a.csv : 3 lignes');
    assert.equal(fillTemplate('{fields}', { fields: ['a', 'b'] }, 'en'), 'a, b');
    assert.equal(fillTemplate('{missing}', {}, 'en'), '{missing}');
    assert.equal(fillTemplate('“{file}”', { file: 'a\nb\u202e.csv' }, 'en'), '“a\\nb\\u202e.csv”');
    assert.equal(fillTemplate((p) => `${String(p.n)}!`, { n: 2 }, 'en'), '2!');
  });
});
