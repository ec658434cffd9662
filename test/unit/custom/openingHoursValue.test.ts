// opening-hours-value: errors and warnings of opening_hours.js read into issues of our own (kind, position,
// words) and phrased by us in French and English, cached per distinct value, library loaded lazily.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorIssue, issueParams, issuesFromParams, warningIssue } from '../../../server/src/engine/checks/custom/openingHoursIssues';
import { judgeOpeningHours } from '../../../server/src/engine/checks/custom/openingHoursValue';
import { makeProblem } from '../../../server/src/engine/problems/makeProblem';
import { problemMessage } from '../../../server/src/i18n';
import { judgeValues, runCheck } from './customCheckKit';

/** The kind, position and word of each issue of a value. */
function issuesOf(value: string): string[] {
  return judgeOpeningHours(value).issues.map((issue) => [issue.kind, issue.position, issue.word, issue.hint].filter((part) => part !== undefined).join(' '));
}

describe('custom check opening-hours-value', () => {
  it('accepts valid OpenStreetMap opening hours', () => {
    const values = ['Mo-Fr 08:00-12:00,14:00-18:00', '24/7', 'Mo-Sa 08:00-18:00; PH off', 'Tu-Fr 09:00-13:00; Sa 10:00-12:00,14:00-17:00', 'Jul-Aug Tu-Fr 09:00-13:00'];
    for (const [value, issue] of judgeValues('opening-hours-value', values)) assert.equal(issue, undefined, value);
  });

  it('reports values the library cannot parse as errors, with the kind and place of the fault', () => {
    const issue = judgeValues('opening-hours-value', ['lundi 9h']).get('lundi 9h');
    assert.equal(issue?.code, 'opening-hours-value');
    assert.equal(issue?.severity, undefined); // the code's default: error
    assert.equal(issue?.params.variant, undefined);
    assert.deepEqual(issue?.params.issues, ['unknown-word']);
    assert.deepEqual(issue?.params.issuePositions, ['7']);
    assert.deepEqual(issue?.params.issueWords, ['9h']);
    assert.equal(issue?.params.suggestion, undefined);
    // The library's own text is kept nowhere, in no language.
    assert.equal(issue?.params.detail, undefined);
    assert.equal(issue?.params.detailFr, undefined);
  });

  it('reports values the library corrects but Validata refuses as errors, with a re-validated suggestion', () => {
    const issue = judgeValues('opening-hours-value', ['Mo-Fr 8h-12h']).get('Mo-Fr 8h-12h');
    assert.equal(issue?.severity, undefined); // the code's default: error
    assert.equal(issue?.params.variant, undefined);
    // Where Validata stops reading comes first; the library says "omit h" twice (once per hour) and "no minutes": each said once.
    assert.deepEqual(issue?.params.issues, ['validata-syntax', 'hour-letter', 'without-minutes']);
    assert.deepEqual(issue?.params.issuePositions, ['7', '8', '12']);
    assert.deepEqual(issue?.params.issueHints, ['', '', '08:00-12:00']);
    assert.equal(issue?.params.issueCounts, undefined); // no issue has a count
    assert.equal(issue?.params.suggestion, 'Mo-Fr 08:00-12:00');
    assert.equal(judgeOpeningHours(String(issue?.params.suggestion)).issues.length, 0);
  });

  it('takes Validata’s verdict: "Lu-Ve" is an error (the library would correct it to "Mo-Fr", offered as the fix)', () => {
    const issue = judgeValues('opening-hours-value', ['Lu-Ve']).get('Lu-Ve');
    assert.equal(issue?.severity, undefined);
    assert.deepEqual(issue?.params.issues, ['validata-syntax', 'english-abbreviation', 'english-abbreviation', 'no-time']);
    assert.equal(issue?.params.suggestion, 'Mo-Fr');
    const problem = makeProblem('opening-hours-value', { start: { offset: 0, line: 0, character: 0 }, end: { offset: 0, line: 0, character: 0 } }, issue!.params);
    assert.match(problemMessage(problem, 'fr'), /^Horaires d'ouverture incorrects : .* Validata, qui lit les horaires avec opening-hours-py, s’arrête à « Lu-Ve » \(caractère 1\) : .* Écrivez « Mo » au lieu de « Lu » \(caractère 1\), en abréviation anglaise\. .* Valeur proposée : « Mo-Fr »\.$/);
    assert.match(problemMessage(problem, 'en'), /^Incorrect opening hours: .* Validata, which reads opening hours with opening-hours-py, stops at “Lu-Ve” \(character 1\): .* Suggested value: “Mo-Fr”\.$/);
  });

  it('reports values the library reads cleanly but Validata refuses as errors, saying where Validata stops', () => {
    const values = ['Mo-Fr 08:00-12:00;Sa 09:00-12:00', 'Mo 08:00-12:00,Tu 08:00-12:00', 'Mo 08:00', 'Mo[-1] 10:00-12:00'];
    const issues = judgeValues('opening-hours-value', values);
    const brief = (value: string) => {
      const params = issues.get(value)?.params;
      return [issues.get(value)?.severity, params?.issues, params?.issueAbout, params?.issuePositions, params?.issueWords, params?.suggestion];
    };
    assert.deepEqual(brief('Mo-Fr 08:00-12:00;Sa 09:00-12:00'), [undefined, ['validata-syntax'], ['syntax'], ['18'], [';'], 'Mo-Fr 08:00-12:00; Sa 09:00-12:00']);
    assert.deepEqual(brief('Mo[-1] 10:00-12:00'), [undefined, ['validata-syntax'], ['nth-from-end'], ['4'], ['-1]'], undefined]);
    // Rules are separated by "; " or ", " (a space after): Validata stops after the comma.
    assert.deepEqual(brief('Mo 08:00-12:00,Tu 08:00-12:00').slice(0, 4), [undefined, ['validata-syntax'], ['syntax'], ['16']]);
    // A time without an end: the library says so first.
    assert.deepEqual(brief('Mo 08:00').slice(0, 2), [undefined, ['bad-time-range']]);
    const problem = makeProblem('opening-hours-value', { start: { offset: 0, line: 0, character: 0 }, end: { offset: 0, line: 0, character: 0 } }, issues.get('Mo[-1] 10:00-12:00')!.params);
    assert.match(problemMessage(problem, 'en'), /Validata refuses a day counted from the end of the month “-1]” \(character 4\)\.$/);
    assert.match(problemMessage(problem, 'fr'), /Validata refuse un jour compté depuis la fin du mois « -1] » \(caractère 4\)\.$/);
  });

  it('reports values Validata accepts but the library warns about as warnings', () => {
    const issue = judgeValues('opening-hours-value', ['Mo-Fr 10:00-02:00; Sa 10:00-12:00']).get('Mo-Fr 10:00-02:00; Sa 10:00-12:00');
    assert.equal(issue?.severity, 'warning');
    assert.equal(issue?.params.variant, 'warning');
    assert.deepEqual(issue?.params.issues, ['overrides-previous']);
  });

  it('offers no suggestion when the library had to guess one-letter day names', () => {
    const verdict = judgeOpeningHours('L-V 8h-17h');
    assert.equal(verdict.valid, true);
    assert.ok(verdict.issues.length > 0);
    assert.equal(verdict.prettified, undefined); // the library reads it "Sa-Su 08:00-17:00"
    assert.equal(judgeOpeningHours('Lu-Ve 9h-12h, 14h-18h').prettified, 'Mo-Fr 09:00-12:00,14:00-18:00');
  });

  it('warns about unconnected selectors in one rule (a missing ";")', () => {
    const verdict = judgeOpeningHours('Mo-Fr 08:00-12:00 Sa 09:00-12:00');
    assert.equal(verdict.valid, true);
    assert.deepEqual(issuesOf('Mo-Fr 08:00-12:00 Sa 09:00-12:00'), ['unconnected-selectors 19 Sa', 'unconnected-selectors 22 09:00-12:00']);
    assert.deepEqual(
      verdict.issues.map((issue) => [issue.count, issue.about]),
      [
        [2, 'weekdays'],
        [2, 'time ranges'],
      ],
    );
  });

  it('keeps one result per distinct value', () => {
    assert.equal(judgeOpeningHours('Mo 10:00-11:00'), judgeOpeningHours('Mo 10:00-11:00'));
  });

  it('skips empty cells and absent columns', () => {
    assert.deepEqual(runCheck('opening-hours-value', { column: 'horaires' }, [['horaires'], [''], ['Mo 10:00-12:00']]), []);
    assert.deepEqual(runCheck('opening-hours-value', { column: 'horaires' }, [['autre'], ['n importe quoi']]), []);
  });

  it('requires opening_hours lazily, never at the top of a module (LGPL, kept external)', () => {
    const dir = path.join(__dirname, '../../../server/src/engine/checks/custom');
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(source, /^import[^;]*from 'opening_hours'/m, file);
      assert.doesNotMatch(source, /^(?:const|let|var)[^;]*require\('opening_hours'\)/m, file);
    }
  });

  it('tells every expected value of the opening-hours corpus valid without warning', () => {
    const corpus = fs.readFileSync(path.join(__dirname, '../../fixtures/custom/opening-hours-expected.txt'), 'utf8').split('\n').filter(Boolean);
    assert.ok(corpus.length >= 50);
    for (const value of corpus) assert.deepEqual(judgeOpeningHours(value).issues, [], value);
  });
});

describe('opening hours: what the library says, read into our issues', () => {
  it('reads the errors: kind, 1-based position and the words at fault', () => {
    const cases: Array<[string, string]> = [
      ['du lundi au vendredi 9h-12h', 'ambiguous-word 1 du'],
      ['Mo-Tr 08:00-12:00', 'foreign-word 4 Tr'],
      ['Jan-Mär 10:00-12:00', 'foreign-word 5 Mär'],
      ['Mo-Fr 08:00-12:00 blah', 'unknown-word 19 blah'],
      ['Mo-Fr 08:00-12:00, sauf jours fériés', 'unknown-word 20 sauf'],
      ['Mo-Fr 08:00-12:00 €', 'unknown-word 19 €'],
      ['Mo-Fr 25:00-26:00', 'bad-time 7 25:00'],
      ['Mo-Fr 08:00-12:60', 'bad-time 7 08:00-12:60'],
      ['Mo-Fr 08:00-', 'bad-time-range 7 08:00-'],
      ['Mo-Fr 08:00 12:00', 'bad-time-range 13 12'],
      ['Mo-Fr 08:00-1200', 'bad-time-range 7 08:00-1200'],
      ['Jan 32', 'impossible-day 5 32'],
      ['Feb 30', 'impossible-day 5 30'],
      ['Apr 31 10:00-12:00', 'impossible-day 5 31'],
      ['Mo[6] 10:00-12:00', 'bad-weekday-index 1 Mo[6'],
      ['Mo,Tu,,We 08:00-12:00', 'misplaced-comma 7'],
      ['week 54 Mo 10:00-12:00', 'bad-week 6 54'],
    ];
    for (const [value, expected] of cases) assert.deepEqual(issuesOf(value), [expected], value);
    assert.equal(judgeOpeningHours('Feb 30').issues[0].about, 'Feb');
    assert.equal(judgeOpeningHours('Jan-Mär 10:00-12:00').issues[0].about, 'month');
    assert.equal(judgeOpeningHours('du lundi au vendredi 9h-12h').issues[0].about, 'weekday');
  });

  it('reads the warnings: what to write instead, what to remove, what the library assumed', () => {
    const cases: Array<[string, string[]]> = [
      ['fermé', ['write-instead 1 fermé off']],
      ['Lu-Ve 08:00-12:00', ['english-abbreviation 1 Lu Mo', 'english-abbreviation 4 Ve Fr']],
      ['Mo-Fr 09:00-12:00 et 14:00-18:00', ['write-instead 19 et ,']],
      ['Mo-Fr 08:00–12:00', ['write-instead 12 – -']],
      ['Mo-Fr 08.00-12.00', ['hour-separator 9']],
      ['Mo-Fr 08:00-12:00;', ['empty-rule 18']],
      ['Mo-Fr 08:00-12:00,', ['trailing-separator 18 ,']],
      ['lundi', ['english-abbreviation 1 lundi Mo', 'no-time 1 lundi']],
      // The library takes "le" for Saturday in another language: no "write Sa instead of le" for a French article.
      ['le 10:00-12:00', []],
      ['2010 Jan 01 off', ['past 1 2010 Jan 01']],
      ['Mo-Fr 08:00-12:00 ""', ['empty-comment 19 ""']],
      ['Mo-Fr 10:00-02:00; Sa 10:00-12:00', ['overrides-previous 20 Sa 10:00-12:00']],
    ];
    for (const [value, expected] of cases) assert.deepEqual(issuesOf(value), expected, value);
  });

  it('phrases every issue in French and English, never with the library’s words', () => {
    const values = ['du lundi au vendredi 9h-12h', 'Mo-Fr 25:00-26:00', 'Mo-Fr 8h-12h', 'Mo-Fr 08:00-12:00 Sa 09:00-12:00', 'Feb 30', 'fermé'];
    for (const value of values) {
      const issue = judgeValues('opening-hours-value', [value]).get(value);
      assert.ok(issue, value);
      const problem = makeProblem('opening-hours-value', { start: { offset: 0, line: 0, character: 0 }, end: { offset: 0, line: 0, character: 0 } }, { value, ...issue.params }, { severity: issue.severity });
      const fr = problemMessage(problem, 'fr');
      const en = problemMessage(problem, 'en');
      assert.doesNotMatch(fr, /<---|Token|Please|Veuillez|Caractère inattendu/, fr);
      assert.doesNotMatch(en, /<---|Token|Please/, en);
    }
    const ambiguous = judgeValues('opening-hours-value', ['du lundi au vendredi 9h-12h']).get('du lundi au vendredi 9h-12h')!;
    const problem = makeProblem('opening-hours-value', { start: { offset: 0, line: 0, character: 0 }, end: { offset: 0, line: 0, character: 0 } }, ambiguous.params);
    assert.equal(
      problemMessage(problem, 'fr'),
      "Horaires d'ouverture incorrects : la valeur doit respecter la spécification OpenStreetMap opening_hours (ex. « Mo-Fr 08:30-12:00,14:00-17:30; Sa 09:00-12:00 »). « du » est ambigu (caractère 1) : selon la langue, il désigne des jours différents ; écrivez les jours en abréviations anglaises (Mo, Tu, We, Th, Fr, Sa, Su).",
    );
    assert.equal(
      problemMessage(problem, 'en'),
      'Incorrect opening hours: the value must follow the OpenStreetMap opening_hours syntax (e.g. “Mo-Fr 08:30-12:00,14:00-17:30; Sa 09:00-12:00”). “du” is ambiguous (character 1): it names a different day in different languages; write days as English abbreviations (Mo, Tu, We, Th, Fr, Sa, Su).',
    );
  });

  it('falls back to a kind of its own, with the position, for a message it does not know', () => {
    assert.deepEqual(errorIssue('Mo-Fr 08:00', 'Mo-Fr <--- (Some new explanation of a later version.)'), { kind: 'syntax', word: 'Mo-Fr', position: 1 });
    assert.deepEqual(errorIssue('x', 'Something went wrong'), { kind: 'syntax' });
    assert.deepEqual(warningIssue('Mo-Fr 08:00-12:00', { type: 'some_new_warning', message: 'New.', value: 'Mo-Fr 08:00-12:00', position: 5 }), { kind: 'correction', word: 'Mo-Fr', position: 1 });
    const problem = makeProblem('opening-hours-value', { start: { offset: 0, line: 0, character: 0 }, end: { offset: 0, line: 0, character: 0 } }, issueParams([{ kind: 'syntax', position: 7 }]));
    assert.match(problemMessage(problem, 'fr'), /La valeur n’est pas une syntaxe opening_hours valide au caractère 7\.$/);
    assert.match(problemMessage(problem, 'en'), /The value is not valid opening_hours syntax at character 7\.$/);
  });

  it('quotes the start of a long word only', () => {
    const [issue] = judgeOpeningHours(`${'x'.repeat(300)} 08:00`).issues;
    assert.deepEqual([issue.kind, issue.position, issue.word], ['unknown-word', 1, `${'x'.repeat(40)}…`]);
  });

  it('keeps the issues through the problem parameters', () => {
    const issues = judgeOpeningHours('Lu-Ve 08:00-12:00').issues;
    assert.deepEqual(issuesFromParams(issueParams(issues)), issues);
  });
});
