// YAML syntax errors of a sidecar: the `yaml` package's error codes (and, where one code covers several
// faults, its message) read into kinds of our own, each phrased in French and English by us.
import { strict as assert } from 'node:assert';
import { readYamlError } from '../../../server/src/engine/text/yamlErrors';
import { problemMessage } from '../../../server/src/i18n';
import { yamlSyntaxPhrases } from '../../../server/src/engine/problems/messages/yamlSyntax';
import { check } from './metadataKit';

/** The kinds of a sidecar text's YAML problems. */
function kinds(text: string): string[] {
  return check(text).problems.filter((p) => p.code === 'metadata-yaml-syntax').map((p) => String(p.params.kind));
}

describe('metadata: YAML syntax errors in our words', () => {
  it('reads each fault of the yaml package into a kind', () => {
    const cases: Array<[string, string[]]> = [
      ['path: a.csv\ntitle: Bornes\ndescription\n', ['missing-colon']],
      ['path: a.csv\ntitle Bornes\nfrequence: annuelle\n', ['key-on-one-line']],
      ['path: a.csv\ncontact:\n\tnom: x\n', ['tab-indent']],
      ['path: a.csv\ntitle: "Bornes\n', ['unclosed-quote']],
      ["path: a.csv\ntitle: 'Bornes\n", ['unclosed-quote']],
      ['path: a.csv\nmots_cles: [a, b\n', ['unclosed-bracket']],
      ['path: a.csv\ncontact: {nom: a\n', ['unclosed-bracket']],
      ['path: a.csv\ntitle: a\ntitle: b\n', ['duplicate-key']],
      ['path: a.csv\ncontact:\n  nom: a\n   email: b\n', ['unexpected-colon', 'key-on-one-line']],
      ['path: a.csv\ntitle: @bornes\n', ['bad-scalar-start']],
      ['path: a.csv\n---\npath: b.csv\n', ['multiple-docs']],
      ['path: a.csv\ntitle: "a\\qb"\n', ['bad-escape']],
      ['path: a.csv\ntitle: "x"#c\n', ['missing-space']],
      ['path: a.csv\n]\n', ['stray-bracket']],
      ['path: a.csv\nmots_cles: [a,,b]\n', ['extra-comma']],
      ['path: &a &b x\n', ['multiple-anchors']],
      ['path: a.csv\ndescription: |x\n  b\n', ['block-header']],
      ['path: a.csv\ntitle: !!str !!str b\n', ['multiple-tags']],
      ['path: a.csv\ntitle: !!str *x\n', ['alias-props']],
      ['path: a.csv\nmots_cles: [a: b, x: y: z]\n', ['block-in-flow']],
      ['path: a.csv\ntitle: *inconnu\n', ['unknown-alias']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(kinds(text), expected, text);
  });

  it('falls back to a kind of its own for a code or a message it does not know', () => {
    assert.deepEqual(readYamlError({ code: 'IMPOSSIBLE', message: 'Map comment with trailing content' }), { kind: 'syntax' });
    assert.deepEqual(readYamlError({ code: 'MISSING_CHAR', message: 'Something new is missing' }), { kind: 'missing-char' });
    assert.deepEqual(readYamlError({ code: 'UNEXPECTED_TOKEN', message: 'Unexpected doc-end token' }), { kind: 'unexpected-text' });
    assert.deepEqual(readYamlError({ code: 'BAD_SCALAR_START', message: 'Plain value cannot start with reserved character `' }), { kind: 'bad-scalar-start', character: '`' });
  });

  it('phrases every kind in French and English, with no word of the parser', () => {
    for (const [kind, phrase] of Object.entries(yamlSyntaxPhrases)) {
      for (const locale of ['en', 'fr'] as const) {
        const text = phrase[locale]({});
        assert.ok(text.length > 10 && /\.$/.test(text), `${kind} ${locale}: ${text}`);
      }
    }
    const [problem] = check('path: a.csv\ntitle: Bornes\ndescription\n').problems;
    assert.equal(problemMessage(problem, 'fr'), 'Cette clé n’a pas de « : » : écrivez « clé: valeur », ou mettez la ligne en retrait sous la clé qu’elle continue.');
    assert.equal(problemMessage(problem, 'en'), 'This key has no “:”: write “key: value”, or indent the line under the key it continues.');
    assert.equal(problem.params.variant, 'MISSING_CHAR'); // the package's code stays in the data
    assert.equal(problem.params.detail, undefined); // its English message does not
  });

  it('names the alias that has no anchor', () => {
    const [problem] = check('path: a.csv\ntitle: *inconnu\n').problems;
    assert.equal(problemMessage(problem, 'fr'), 'Cet alias (*inconnu) ne correspond à aucune ancre (&inconnu) écrite plus haut.');
  });
});
