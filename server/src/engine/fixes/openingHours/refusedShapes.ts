// Shapes of a text refused before any reading is tried: where a careful reader would hesitate (an exception to an
// exception, a hyphen pair beside a hyphen chain of days, "24/7" beside other hours). Each was found by probing.

import { isHardSep, sentenceAround, sepChar, timesKey, weekTableUnderFirstLine, type Item } from './items';
import { singleDays } from './datePhrases';
import { minutes } from './dayRanges';
import type { Token } from './lexer';
import type { DaySet } from './types';
import { FILLER_WORDS } from './vocabulary';

/**
 * "sauf le lundi (sauf JF)", "sauf le lundi hors juillet-août": an exception right after days excepted, with nothing
 * or a bracket between, is an exception to that exception (the day open then), not a second closing (found by
 * probing: every public holiday, or all of July and August, was closed).
 */
export function exceptionToAnException(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'except' || !it.days) return false;
    let j = k + 1;
    if (sepChar(items[j]) === '(' || sepChar(items[j]) === ',') j++;
    const next = items[j];
    if (next !== undefined && (next.kind === 'except' || next.kind === 'schoolHolidays') && (j > k + 1 || next.from === it.to)) return true;
    // "sauf le samedi (en août)": the same, the part of the year in brackets.
    if (sepChar(items[k + 1]) === '(' && next?.kind === 'scope') return true;
    // "sauf le samedi en août": the day excepted in that part of the year only; read as the part of the year of
    // the whole rule it left the rest of the year closed (found by probing).
    // (Alone in its sentence, "… . *sauf le mardi en août", it closes that day then, as it says.)
    let start = k;
    while (start > 0 && !isHardSep(items[start - 1])) start--;
    const ownDays = items.slice(start, k).some((before) => before.kind === 'days');
    return ownDays && j === k + 1 && next?.kind === 'scope';
  });
}

const DAY_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim']);

/**
 * "Lun-Mer-Ven : 9h-12h ; Mar-Jeu : 14h-17h": days joined by hyphens in chains of three or more (lists) beside a
 * pair ("Mar-Jeu", a range elsewhere): the pair may be a list too (found by probing: Wednesday got both).
 */
export function hyphenPairBesideChain(tokens: readonly Token[]): boolean {
  const isDay = (t: Token | undefined) => t?.kind === 'word' && DAY_WORDS.has(t.text.replace(/s$/, ''));
  const isHyphen = (t: Token | undefined) => t?.kind === 'punct' && t.char === '-';
  const lengths: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isDay(tokens[k]) || (isHyphen(tokens[k - 1]) && isDay(tokens[k - 2]))) continue;
    let n = 1;
    while (isHyphen(tokens[k + 2 * n - 1]) && isDay(tokens[k + 2 * n])) n++;
    if (n > 1) lengths.push(n);
  }
  return lengths.includes(2) && lengths.some((n) => n >= 3);
}

/** "Laverie 24/7, ouverte du lundi au samedi de 7h à 22h": "24/7" beside other hours is a name or a slogan. */
export function roundTheClockBesideHours(tokens: readonly Token[]): boolean {
  const roundTheClock = tokens.some((t, k) => t.kind === 'allDay' && tokens[k + 1]?.kind === 'allWeek' && tokens[k + 1].start === t.end);
  return roundTheClock && tokens.some((t) => t.kind === 'time');
}

/**
 * "9h-17h sans interruption le midi sauf le mercredi", "9h-17h, journée continue sauf le mercredi": what "sauf" takes
 * out is the continuity (Wednesday keeps a lunch break the text does not give), not the day (found by probing: the
 * day was closed, at "safe").
 */
export function exceptionToContinuity(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'qualifier' || it.qualifier !== 'continuous') return false;
    let j = k + 1;
    while (items[j]?.kind === 'sep' && !isHardSep(items[j])) j++;
    return items[j]?.kind === 'except';
  });
}

/**
 * "9h-18h (sur rendez-vous en juillet-août)", "(sans interruption en juillet-août)": a part of the year in brackets
 * beside a note is the note's, not the hours' (read as the hours' part of the year, it closed the rest of the year;
 * found by probing).
 */
export function periodOfABracketedNote(items: readonly Item[], tokens: readonly Token[]): boolean {
  return items.some((it, k) => {
    // (After hours only: "(Pour la période du 1er juin au 30 septembre) Du lundi …" heads them.)
    if (sepChar(it) !== '(' || !items.slice(0, k).some((x) => x.kind === 'time')) return false;
    const inside: Item[] = [];
    let j = k + 1;
    for (; j < items.length && sepChar(items[j]) !== ')'; j++) if (items[j].kind !== 'sep') inside.push(items[j]);
    if (!inside.some((x) => x.kind === 'scope') || inside.some((x) => x.kind === 'days' || x.kind === 'time')) return false;
    // The note: a comment, a part of the day, or words read as saying nothing ("entrée libre", "accès libre").
    const end = items[j]?.from ?? tokens.length;
    const skipped = tokens.some((t, at) => at >= it.to && at < end && t.kind === 'word' && !PREPOSITIONS.has(t.text) && !items.some((x) => x.from <= at && at < x.to));
    return skipped || inside.some((x) => x.kind === 'comment' || x.kind === 'qualifier');
  });
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'de', 'd', 'du', 'des', 'a', 'au', 'aux', 'le', 'la', 'les', 'l', 'et', 'pendant', 'durant', 'pour', 'periode']);

/**
 * "Ouvert du mardi au dimanche de 9h à 19h\nLundi : 9h-19h\n…\nDimanche : 9h-19h": a first line of days and hours
 * over a table of the whole week that disagrees with it (a day it names at other hours or closed, a day it leaves
 * out open) says two things; which is right is for a person to see (found by probing: the table won, "Mo-Su").
 */
export function summaryContradictsWeekTable(items: readonly Item[]): boolean {
  const week = weekTableUnderFirstLine(items);
  const summary = week?.firstLine.filter((it) => it.kind !== 'sep') ?? [];
  const [summaryDays] = summary;
  if (!week || summaryDays?.kind !== 'days' || summaryDays.days.nth.length > 0 || summary.length < 2 || !summary.slice(1).every((it) => it.kind === 'time')) return false;
  const summaryTimes = timesKey(summary);
  return [...week.cells].some(([d, cell]) => (summaryDays.days.plain.has(d) ? cell !== summaryTimes : cell !== 'off'));
}

/**
 * "Sur rendez-vous le lundi, du mardi au vendredi 9h-18h": a comment that opens the text, right before days listed
 * with a comma, may be the first day's only (Monday by appointment, the others at those hours) or all of them'
 * (found by probing).
 */
export function openingCommentBeforeCommaList(items: readonly Item[], tokens: readonly Token[]): boolean {
  const [comment, days] = items;
  if (comment?.kind !== 'comment' || days?.kind !== 'days' || days.from !== comment.to || !days.listed) return false;
  return tokens.slice(days.from, days.to).some((t) => t.kind === 'punct' && t.char === ',');
}

/**
 * "de 9h à 12h du lundi au vendredi, samedi toute la journée", "…, samedi sauf en août", "…, dimanche en juillet et
 * août", "…, samedi sur rendez-vous", "… et le samedi toute la journée": after hours written first, a day added to
 * their days with a comma or "et", then something said right after it or in brackets (a part of the day, an
 * exception, a part of the year, a comment), may be that day's alone (found by probing: read for every day, 140
 * offers, 40 at "safe").
 */
export function modifierAfterCommaDay(items: readonly Item[]): boolean {
  const said = new Set(['qualifier', 'except', 'scope', 'comment', 'schoolHolidays']);
  return items.some((it, k) => {
    // (In brackets too: "…, samedi (sauf août)", "…, dimanche (juillet-août)".)
    const bracket = sepChar(items[k + 1]) === '(' ? 1 : 0;
    const next = items[k + 1 + bracket];
    if (it.kind !== 'days' || !it.listed || next === undefined || !said.has(next.kind) || (!bracket && next.from !== it.to)) return false;
    // (A part of the day that confirms the hours, "(samedi matin uniquement)", is every day's.)
    if (next.kind === 'qualifier' && next.qualifier !== 'continuous') return false;
    return items[k - 1]?.kind === 'time';
  });
}

/**
 * "9h-18h, le samedi (sur rendez-vous)", "9h-18h, le samedi (toute la journée)": one day set apart after hours
 * with no days, its own note in brackets right after it: the hours may be every other day's, and that day's what
 * the note says (found by probing: "Sa 09:00-18:00 \"sur rendez-vous\"").
 */
export function bracketNoteOfDaySetApart(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'days' || sepChar(items[k - 1]) !== ',' || items[k - 2]?.kind !== 'time' || sepChar(items[k + 1]) !== '(') return false;
    if (items.slice(0, k - 2).some((before) => before.kind === 'days')) return false;
    const note = items[k + 2];
    return note?.kind === 'comment' || (note?.kind === 'qualifier' && note.qualifier === 'continuous');
  });
}

/**
 * "9h-19h, fermé le lundi, de mai à septembre", "Tous les jours 10h-19h, d'avril à octobre, fermé le lundi": a part
 * of the year set apart by commas in a sentence that also closes days may be the hours' or the closing's (found by
 * probing: the whole season closed, or the closing limited to it).
 */
export function periodBesideClosing(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    // (A "fermé" written again before it by the layout, "…, fermé le lundi, de mai à septembre", is not the text's.)
    const inserted = items[k - 1]?.kind === 'closed' && items[k - 1].from === items[k - 1].to ? 1 : 0;
    // (Days of the year listed are closed ones: "fermé le mardi, le 1er mai et le 25 décembre".)
    if (it.kind !== 'scope' || singleDays(it.selector) || sepChar(items[k - 1 - inserted]) !== ',') return false;
    const after = items[k + 1];
    if (!(after === undefined || sepChar(after) === ',' || isHardSep(after))) return false;
    // (Beside hours: a sentence that only closes, "Fermé le dimanche et les jours fériés, du 1er au 15 août", lists
    // what is closed.)
    const sentence = items.slice(...sentenceAround(items, k));
    return sentence.some((other) => other.kind === 'closed') && sentence.some((other) => other.kind === 'time');
  });
}

/**
 * "… de 9h à 12h. Le maire reçoit sur rendez-vous.", "…, l'urbanisme sur rendez-vous": a comment in a clause of its
 * own (no days, no hours) beside words set aside that name someone or something is said of them, not of the
 * opening (found by probing: the whole town hall read as open by appointment only). A comment alone in its clause
 * ("…. Sur rendez-vous."), or said of the subject before the schedule, is still the hours'.
 */
export function commentOfAnother(items: readonly Item[], tokens: readonly Token[]): boolean {
  if (!items.some((it) => it.kind === 'comment')) return false;
  const covered = new Set<number>();
  for (const it of items) for (let t = it.from; t < it.to; t++) covered.add(t);
  const clauseEnd = (it: Item | undefined) => it?.kind === 'sep' && ['.', ';', '\n', ',', '(', ')', ':'].includes(it.char);
  return items.some((it, k) => {
    if (it.kind !== 'comment') return false;
    let [a, b] = [k, k];
    while (a > 0 && !clauseEnd(items[a - 1])) a--;
    while (b < items.length - 1 && !clauseEnd(items[b + 1])) b++;
    const schedule = (other: Item) => other.kind === 'days' || other.kind === 'time' || other.kind === 'openAt' || other.kind === 'closeAt';
    if (items.slice(a, b + 1).some(schedule)) return false;
    // (Before the schedule, the words are the text's own subject: "La distribution est fixée sur rendez-vous, le jeudi …".)
    if (!items.slice(0, a).some(schedule)) return false;
    // The clause's tokens: from the end of the item before it to the start of the item after it.
    const from = a > 0 ? items[a - 1].to : 0;
    const to = b < items.length - 1 ? items[b + 1].from : tokens.length;
    for (let t = from; t < to; t++) {
      const token = tokens[t];
      if (!covered.has(t) && token.kind === 'word' && !FILLER_WORDS.has(token.text)) return true;
    }
    return false;
  });
}

/** The items inside the bracket opened at k, up to its ")" (or the end). */
function bracketAt(items: readonly Item[], k: number): readonly Item[] {
  let close = k + 1;
  while (close < items.length && sepChar(items[close]) !== ')') close++;
  return items.slice(k + 1, close);
}

/** Days that name weekdays (plain or ranked), not only public holidays. */
function namesWeekdays(days: DaySet | undefined): boolean {
  return days !== undefined && (days.plain.size > 0 || days.nth.length > 0);
}

/**
 * "Mardi et jeudi : 9h-12h (14h-17h sur RDV)": a comment in brackets with hours of its own, right after other hours,
 * is said of the bracket's hours only; one rule cannot say so, and the comment took both (found by probing).
 */
export function commentOfBracketedHours(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (sepChar(it) !== '(' || items[k - 1]?.kind !== 'time') return false;
    const inside = bracketAt(items, k);
    return inside.some((x) => x.kind === 'time') && inside.some((x) => x.kind === 'comment');
  });
}

/**
 * "Lundi au vendredi 9h-12h 14h-17h (14h-16h le vendredi)": a range in brackets for some days, inside one of the
 * ranges before it without being it, changes that half of the day or the whole day? Read as the whole day, it lost
 * Friday's morning (found by probing). "(9h-12h le vendredi)", one of the ranges itself, says that day keeps only it.
 */
export function partialDayChangeInBrackets(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (sepChar(it) !== '(') return false;
    const block: Item[] = [];
    for (let j = k - 1; j >= 0 && (items[j].kind === 'time' || (items[j].kind === 'sep' && [',', 'et'].includes(sepChar(items[j]) ?? ''))); j--) if (items[j].kind === 'time') block.push(items[j]);
    if (block.length < 2) return false;
    const inside = bracketAt(items, k);
    // (All of the day's ranges given again, "(le samedi 9h-12h et 14h-18h)", is the whole day.)
    if (!inside.some((x) => x.kind === 'days') || inside.filter((x) => x.kind === 'time').length >= block.length) return false;
    const span = (x: Item) => (x.kind === 'time' ? [minutes(x.range.start), minutes(x.range.end)] : [undefined, undefined]);
    return inside.some((x) => {
      const [s, e] = span(x);
      if (s === undefined || e === undefined) return false;
      return block.some((b) => {
        const [bs, be] = span(b);
        return bs !== undefined && be !== undefined && s >= bs && e <= be && (s !== bs || e !== be);
      });
    });
  });
}

/**
 * "Lundi au vendredi 9h-17h, samedi 9h-12h (fermé en août)": a part of the year closed in brackets right after the
 * last of several rules may close that rule's days only (the Saturday session that stops in summer) or the whole
 * text; "(sauf en août)" there is refused as well (found by probing: the weekdays were closed all August). After
 * a text of one rule it is that rule's, and the text's. (School holidays keep their own reading, the whole text's.)
 */
export function periodClosedAfterLastOfRules(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (sepChar(it) !== '(' || items[k - 1]?.kind !== 'time') return false;
    const [closed, scope, end] = [items[k + 1], items[k + 2], items[k + 3]];
    if (closed?.kind !== 'closed' || scope?.kind !== 'scope' || sepChar(end) !== ')') return false;
    return items.slice(0, k).filter((x) => x.kind === 'days').length > 1;
  });
}

/**
 * "de 9h à 12h, et de 14h à 17h sauf le mercredi", "le matin 9h-12h, l'après-midi 14h-17h sauf mercredi", "9h-12h
 * (et 14h-17h sauf mercredi)": days excepted right after a later range of the day set apart from the one before it
 * (a comma, a semicolon, a bracket, or its own part of the day) may be excepted from that range only (found by
 * probing: the whole day closed, at "safe"). Joined by "et" alone ("de 9h à 12h et de 14h à 17h sauf le mercredi")
 * the exception stays the rule's.
 */
export function exceptAfterLaterRange(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'except' || !it.days) return false;
    let j = k - 1;
    if (sepChar(items[j]) === '(') j--;
    if (items[j]?.kind !== 'time') return false;
    let setApart = false;
    let b = j - 1;
    for (; b >= 0 && items[b].kind !== 'time'; b--) {
      const x = items[b];
      if (x.kind === 'qualifier' || ['(', ',', ';', '\n', ':'].includes(sepChar(x) ?? '')) setApart = true;
      else if (x.kind !== 'sep' || x.char === '.') return false;
    }
    return setApart && b >= 0;
  });
}

/**
 * "dimanche et lundi de Pâques", "les jours fériés et le lundi de Pâques : 10h-12h", "jours fériés et 1er mai : fermé":
 * weekdays or holidays listed with days of the year named one by one are a list of days, each its own; one rule would
 * take the dates as the weekdays' period, a day that never comes (found by probing: "easter +1 day Su"). After
 * "fermé", where each is closed in turn, the list is read ("fermé le dimanche et le 25 décembre").
 */
export function daysListedWithDates(items: readonly Item[]): boolean {
  const oneByOne = (x: Item | undefined) => x?.kind === 'scope' && singleDays(x.selector);
  const joined = (x: Item | undefined) => x !== undefined && (sepChar(x) === 'et' || sepChar(x) === ',');
  return items.some((it, k) => {
    if (it.kind !== 'days') return false;
    // (Past "fermé" said again before each item of a closed list.)
    const after = items[k + 2]?.kind === 'closed' ? items[k + 3] : items[k + 2];
    const listed = (joined(items[k + 1]) && oneByOne(after)) || (joined(items[k - 1]) && oneByOne(items[k - 2]));
    if (!listed) return false;
    // ("fermé le dimanche et le lundi de Pâques": "de Pâques" may be said of both days, Easter Sunday and Monday.)
    if (namesWeekdays(it.days) && [after, items[k - 2]].some((x) => x?.kind === 'scope' && x.selector.kind === 'feasts')) return true;
    let b = k - 1;
    while (b >= 0 && (items[b].kind === 'days' || items[b].kind === 'scope' || joined(items[b]) || sepChar(items[b]) === ':')) b--;
    return items[b]?.kind !== 'closed';
  });
}

/**
 * "Tous les jours 7h-20h, 1er mai inclus", "…, lundi de Pâques compris": a day of the year said included is open as
 * the others, not the only day of the rule (found by probing: "May 01 07:00-20:00", open one day a year).
 */
export function dateSaidIncluded(items: readonly Item[], tokens: readonly Token[]): boolean {
  return items.some((it) => {
    if (it.kind !== 'scope' || !singleDays(it.selector)) return false;
    const next = tokens[it.to];
    return next?.kind === 'word' && ['inclus', 'incluse', 'inclue', 'compris', 'comprise'].includes(next.text);
  });
}

/**
 * "Lundi au samedi matin : 9h-12h, après-midi : 14h-18h": a range of days ending on a morning, beside afternoon hours,
 * is every morning up to that day's and the afternoons of the others, or every morning and afternoon (found by
 * probing: Saturday's afternoon opened, at "safe"). Not said.
 */
export function rangeEndingOnAMorning(items: readonly Item[]): boolean {
  const afternoon = items.some((it) => (it.kind === 'qualifier' && it.qualifier === 'afternoon') || (it.kind === 'time' && it.range.start.kind === 'clock' && it.range.start.minutes >= 12 * 60));
  // (Afternoons given days of their own, "…, et de 14h à 18h du lundi au vendredi", say it.)
  if (!afternoon || items.filter((it) => it.kind === 'days').length > 1) return false;
  return items.some((it, k) => {
    const next = items[k + 1];
    return it.kind === 'days' && !it.listed && !it.allDays && it.days.plain.size > 1 && next?.kind === 'qualifier' && next.qualifier === 'morning' && next.from === it.to;
  });
}

/**
 * "Lundi au vendredi 8h-12h 13h-17h samedi 8h-12h dimanche", "Lundi 9h-12h et 14h-17h mardi": in a text that writes its
 * days first, a day alone at the end, right after hours, with none of its own: the same hours as the day before, a
 * cell cut short, or the last range's (found by probing: it took the afternoon, the days before lost theirs)? Not said.
 */
export function bareDayAtTheEnd(items: readonly Item[], tokens: readonly Token[]): boolean {
  const content = items.filter((it) => it.kind !== 'sep' && it.kind !== 'comment');
  const [first, last, before] = [content[0], content[content.length - 1], content[content.length - 2]];
  // (Days first: specific days, not "7 jours sur 7" before hours that have their own days after them.)
  const daysFirst = first?.kind === 'days' && !first.allDays;
  if (!daysFirst || last?.kind !== 'days' || before?.kind !== 'time' || items.indexOf(last) !== items.indexOf(before) + 1) return false;
  // (The hours before it end a clause written days first, "samedi 8h-12h dimanche", "9h-12h 14h-17h samedi"; after
  // "et de 9h à 19h le week-end" the days are their hours' own.)
  const at = items.indexOf(before);
  const ahead = items[at - 1];
  if (ahead?.kind === 'time' || ahead?.kind === 'days') return true;
  // ("9h-12h et 14h-17h samedi", "9h-12h / 14h-17h samedi": the day's second range, joined, not opened by "de".)
  // (With an article the days are the hours' own: "… / 8h-12h le samedi".)
  const article = tokens[last.from];
  const opened = tokens[before.from]?.kind === 'word' || (article?.kind === 'word' && (article.text === 'le' || article.text === 'les'));
  return !opened && ahead?.kind === 'sep' && [',', 'et', '/'].includes(ahead.char) && items[at - 2]?.kind === 'time';
}

/**
 * "Lundi au samedi 9h-19h sauf samedi 9h-12h et jours fériés": days excepted with hours of their own, then more days
 * joined: the same hours for those, or excepted too (found by probing: Saturday was lost, its hours given to the
 * holidays)? Not said.
 */
export function exceptedDaysWithHoursThenMore(items: readonly Item[]): boolean {
  return items.some((it, k) => {
    if (it.kind !== 'except' || !it.days || items[k + 1]?.kind !== 'time') return false;
    let j = k + 2;
    while (items[j]?.kind === 'time' || (sepChar(items[j]) === ',' && items[j + 1]?.kind === 'time')) j++;
    return (sepChar(items[j]) === 'et' || sepChar(items[j]) === ',') && items[j + 1]?.kind === 'days';
  });
}

/**
 * "Été (avril-septembre) : 9h-19h⏎Hiver (octobre-mars) : 9h-17h⏎Fermé le lundi et le 1er mai": a last line that closes
 * weekdays under lines of several parts of the year, not read as closing them in every part (the layout reads the plain
 * shape, and replaces the line break before it with a full stop), would close them in the last part only (found by
 * probing: summer open on the closed day, 43 offers). Not read.
 */
export function closingLineUnderPeriods(items: readonly Item[]): boolean {
  const cut = items.map((it) => sepChar(it)).lastIndexOf('\n');
  if (cut < 0) return false;
  const last = items.slice(cut + 1).filter((it) => it.kind !== 'sep');
  // (Holidays alone, "Fermé les jours fériés", are closed in every part as written: "PH off".)
  const closes = (last[0]?.kind === 'closed' || last[0]?.kind === 'except') && last.some((it) => (it.kind === 'days' || it.kind === 'except') && namesWeekdays(it.days));
  return closes && items.slice(0, cut).filter((it) => it.kind === 'scope').length >= 2;
}

/** The shapes where a careful reader would hesitate between two schedules, asked in one place before any reading. */
const TWO_THINGS: ReadonlyArray<(items: readonly Item[], tokens: readonly Token[]) => boolean> = [
  summaryContradictsWeekTable,
  openingCommentBeforeCommaList,
  modifierAfterCommaDay,
  bracketNoteOfDaySetApart,
  periodBesideClosing,
  commentOfAnother,
  commentOfBracketedHours,
  partialDayChangeInBrackets,
  periodClosedAfterLastOfRules,
  exceptAfterLaterRange,
  daysListedWithDates,
  dateSaidIncluded,
  rangeEndingOnAMorning,
  bareDayAtTheEnd,
  exceptedDaysWithHoursThenMore,
  closingLineUnderPeriods,
];

/** Whether the text has one of the shapes that say two things (refused as "incomplete"). */
export function saysTwoThings(items: readonly Item[], tokens: readonly Token[]): boolean {
  return TWO_THINGS.some((shape) => shape(items, tokens));
}
