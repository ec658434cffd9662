// Every message of the catalogs agrees with its counts: rendered with each parameter at 0 and 1, no French
// message says "1 valeurs" or "0 erreurs" (0 and 1 take the singular in French), no English one "1 rows",
// and none writes "erreur(s)" where the count is known. Parameters that are not counts (a row number, a
// value) take 0 and 1 too: the words after them are checked all the same, so a message built on a number
// always agrees.
import { strict as assert } from 'node:assert';
import type { ProblemParams } from '../../../server/src/engine/problems/problem';
import { counted, isPlural, plural } from '../../../server/src/engine/problems/messages/plural';
import { messageKeys, t } from '../../../server/src/i18n';

/** Keys left out, with why. */
const NOT_COUNTS = new Set([
  // Help texts: "1" there is an exit code, not a count.
  'cli.help',
  'cli.help.fix',
  'cli.infer.help',
  // `limit` is GitHub's fixed number of annotations (10).
  'cli.github.annotationLimit',
]);

/** Params where every name reads as `n` (a message's own choices, `variant` and `messageKey`, stay unset). */
function everyParamAt(n: number): ProblemParams {
  return new Proxy({} as ProblemParams, {
    get: (_target, name) => (typeof name === 'symbol' || name === 'variant' || name === 'messageKey' ? undefined : n),
  });
}

/** A count of 0 or 1 followed by a word ending in s (letters after it: not the end of the word). */
const FRENCH_AFTER_SMALL = /(?<![\d.,:/\-\u00a0\u202f])\b([01]) (\p{L}+s)(?!\p{L})/gu;
const ENGLISH_AFTER_ONE = /(?<![\d.,:/\-])\b1 (\p{L}+s)(?!\p{L})/gu;
/** French words ending in s in the singular too. */
const FRENCH_S = new Set(['fois', 'mois', 'pas', 'cas', 'temps', 'des', 'les', 'ses', 'sur', 'sous', 'sans', 'dans', 'plus', 'moins', 'après', 'près', 'très', 'vers', 'puis']);
/** English verbs after a number that is not a count ("row 1 repeats", "option 1 needs"). */
const ENGLISH_S = new Set(['is', 'was', 'has', 'does', 'of', 'as', 'plus', 'takes', 'needs', 'matches', 'names', 'repeats', 'its', 'this', 'yes']);

const ownWords = (text: string) => text.replace(/«[^»]*»/g, '«»').replace(/“[^”]*”/g, '“”').replace(/`[^`]*`/g, '``');

describe('i18n: plurals agree with their counts', () => {
  it('counts as French and English do', () => {
    assert.deepEqual([0, 1, 1.5, 2, '1', '1 234', '0,5'].map((n) => isPlural(n, 'fr')), [false, false, false, true, false, true, false]);
    assert.deepEqual([0, 1, 2, '1', '1 234'].map((n) => isPlural(n, 'en')), [true, false, true, false, true]);
    assert.equal(counted(1, 'fr', 'valeur', 'valeurs'), '1 valeur');
    assert.equal(counted(0, 'fr', 'erreur', 'erreurs'), '0 erreur');
    assert.equal(counted(0, 'en', 'error', 'errors'), '0 errors');
    assert.equal(plural(undefined, 'fr', 'a', 'b'), 'b');
  });

  it('renders no "1 valeurs", "0 erreurs", "1 rows" nor "(s)" in any message', () => {
    const failures: string[] = [];
    for (const key of messageKeys()) {
      if (NOT_COUNTS.has(key)) continue;
      for (const n of [0, 1]) {
        const fr = ownWords(t(key, 'fr', everyParamAt(n)));
        for (const match of fr.matchAll(FRENCH_AFTER_SMALL)) if (!FRENCH_S.has(match[2].toLowerCase())) failures.push(`${key} (fr, ${n}): ${match[0]} — ${fr}`);
        if (/\p{L}\((?:s|x|e|es)\)/u.test(fr)) failures.push(`${key} (fr, ${n}): (s) — ${fr}`);
      }
      const en = ownWords(t(key, 'en', everyParamAt(1)));
      for (const match of en.matchAll(ENGLISH_AFTER_ONE)) if (!ENGLISH_S.has(match[1].toLowerCase())) failures.push(`${key} (en, 1): ${match[0]} — ${en}`);
      if (/\p{L}\(s\)/u.test(en)) failures.push(`${key} (en): (s) — ${en}`);
    }
    assert.deepEqual(failures, []);
  });

  it('says a 1–1 tie of mixed formats without a majority', () => {
    const params: ProblemParams = { variant: 'number', value: '12,5', form: 'decimal-comma', majority: 'decimal-point', example: '12.5', fieldName: 'prix', majorityCount: 1, minorityCount: 1 };
    assert.equal(
      t('mixed-formats', 'fr', params),
      'Nombre écrit « 12,5 » au format virgule décimale, alors que la colonne « prix » utilise aussi souvent point décimal (par exemple « 12.5 ») : 1 valeur de chaque forme. Écrivez toute la colonne de la même façon.',
    );
    assert.equal(
      t('mixed-formats', 'en', params),
      'Number written “12,5” as decimal comma while column “prix” uses decimal point just as often (e.g. “12.5”): 1 value of each form. Write the whole column the same way.',
    );
    assert.match(t('mixed-formats', 'fr', { ...params, majorityCount: 3 }), /utilise surtout point décimal .* : 3 valeurs contre 1\./);
  });
});
