// Unit tests of the pieces of the opening-hours converter: text folding, tokens, typo correction, canonical writing.
import { strict as assert } from 'node:assert';
import { correctTypo, editDistance } from '../../../server/src/engine/fixes/openingHours/fuzzyWords';
import { tokenize, type Token } from '../../../server/src/engine/fixes/openingHours/lexer';
import { foldText } from '../../../server/src/engine/fixes/openingHours/normalizeText';
import { selectorText, weekdaysText } from '../../../server/src/engine/fixes/openingHours/serializeModel';
import { MONTH_FULL_NAMES, WEEKDAY_FULL_NAMES } from '../../../server/src/engine/fixes/openingHours/vocabulary';

function kinds(text: string): string[] {
  return tokenize(foldText(text).text).map((t: Token) => {
    if (t.kind === 'time') return `time:${t.minutes}`;
    if (t.kind === 'word') return `word:${t.text}`;
    if (t.kind === 'number') return `${t.ordinal ? 'ord' : 'num'}:${t.value}`;
    if (t.kind === 'punct') return `punct:${t.char}`;
    return t.kind;
  });
}

describe('opening hours — text folding', () => {
  it('lowers case, drops accents, folds dashes, apostrophes and spaces, and maps back to the input', () => {
    const folded = foldText('Été – l’Août\u00a0Œuvre\r\nX');
    assert.equal(folded.text, "ete - l'aout oeuvre\nx");
    assert.equal(folded.origin.length, folded.text.length + 1);
    assert.equal(folded.origin[folded.text.indexOf('oe') + 1], 'Été – l’Août\u00a0Œ'.length - 1);
    assert.equal(folded.origin[folded.text.length], 'Été – l’Août\u00a0Œuvre\r\nX'.length);
  });
});

describe('opening hours — tokens', () => {
  it('reads times in every French form', () => {
    assert.deepEqual(kinds('9h 9h30 9 h 30 09:30 9.30 19 h 30 8 heures 8 heures 30'), [
      'time:540', 'time:570', 'time:570', 'time:570', 'time:570', 'time:1170', 'time:480', 'time:510',
    ]);
  });

  it('does not take the next hour for minutes ("12h 14h" is two times)', () => {
    assert.deepEqual(kinds('12h 14h-18h'), ['time:720', 'time:840', 'punct:-', 'time:1080']);
    assert.deepEqual(kinds('12h 14 h'), ['time:720', 'time:840']);
  });

  it('refuses impossible times and keeps them as numbers', () => {
    assert.deepEqual(kinds('25h'), ['num:25', 'word:h']);
    assert.deepEqual(kinds('9h75'), ['num:9', 'word:h', 'num:75']);
  });

  it('reads ordinals, the 7j/7 and 24h/24 idioms, and abbreviation dots', () => {
    assert.deepEqual(kinds('1er 3e 2ème'), ['ord:1', 'ord:3', 'ord:2']);
    assert.deepEqual(kinds('7j/7 7 jours sur 7 7/7'), ['allWeek', 'allWeek', 'allWeek']);
    assert.deepEqual(kinds('24h/24 24/24 H24'), ['allDay', 'allDay', 'allDay']);
    assert.deepEqual(kinds('lun. - ven. 9h.'), ['word:lun', 'punct:-', 'word:ven', 'time:540', 'punct:.']);
  });
});

describe('opening hours — typo correction', () => {
  it('measures edit distance with transpositions', () => {
    assert.equal(editDistance('samedi', 'samdi', 2), 1);
    assert.equal(editDistance('lundi', 'lnudi', 2), 1);
    assert.equal(editDistance('lundi', 'mardi', 5), 3);
    assert.equal(editDistance('lundi', 'dimanche', 1), 2);
  });

  it('corrects one typo in a long day or month name, never short words', () => {
    assert.equal(correctTypo('samdi', WEEKDAY_FULL_NAMES), 'samedi');
    assert.equal(correctTypo('mecredi', WEEKDAY_FULL_NAMES), 'mercredi');
    assert.equal(correctTypo('vendredis', WEEKDAY_FULL_NAMES), 'vendredi');
    assert.equal(correctTypo('juilet', MONTH_FULL_NAMES), 'juillet');
    assert.equal(correctTypo('mardo', WEEKDAY_FULL_NAMES), 'mardi');
    assert.equal(correctTypo('midi', WEEKDAY_FULL_NAMES), undefined);
    assert.equal(correctTypo('samedi', MONTH_FULL_NAMES), undefined);
  });
});

describe('opening hours — canonical writing', () => {
  it('writes runs of three or more days as ranges, others with commas', () => {
    assert.equal(weekdaysText([0, 1, 2, 3, 4]), 'Mo-Fr');
    assert.equal(weekdaysText([5, 6]), 'Sa,Su');
    assert.equal(weekdaysText([0, 2, 3, 4, 6]), 'Mo,We-Fr,Su');
  });

  it('writes months, dates and date ranges, whole months as months', () => {
    assert.equal(selectorText({ kind: 'months', from: 7, to: 8 }), 'Jul-Aug');
    assert.equal(selectorText({ kind: 'months', from: 8, to: 8 }), 'Aug');
    assert.equal(selectorText({ kind: 'monthList', months: [7, 8] }), 'Jul-Aug');
    assert.equal(selectorText({ kind: 'monthList', months: [1, 6, 7, 8, 12] }), 'Jan,Jun-Aug,Dec');
    assert.equal(selectorText({ kind: 'dateRange', from: { month: 4, day: 1 }, to: { month: 9, day: 30 } }), 'Apr-Sep');
    assert.equal(selectorText({ kind: 'dateRange', from: { month: 2, day: 1 }, to: { month: 2, day: 28 } }), 'Feb 01-28');
    assert.equal(selectorText({ kind: 'dateRange', from: { month: 8, day: 1 }, to: { month: 8, day: 15 } }), 'Aug 01-15');
    assert.equal(selectorText({ kind: 'dateRange', from: { month: 7, day: 14 }, to: { month: 8, day: 25 } }), 'Jul 14-Aug 25');
    assert.equal(selectorText({ kind: 'dateRange', from: { month: 12, day: 25 }, to: { month: 12, day: 25 } }), 'Dec 25');
    assert.equal(selectorText({ kind: 'dates', dates: [{ month: 1, day: 1 }, { month: 5, day: 1 }] }), 'Jan 01,May 01');
  });
});
